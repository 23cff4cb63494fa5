import type { quickReplies as english } from '../en/quick-replies.ts';
import type { Translation } from '../translation.ts';

export const quickReplies: Translation<typeof english> = {};
