import type { attachments as english } from '../en/attachments.ts';
import type { Translation } from '../translation.ts';

export const attachments: Translation<typeof english> = {};
