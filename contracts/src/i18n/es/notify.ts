import type { notify as english } from '../en/notify.ts';
import type { Translation } from '../translation.ts';

export const notify: Translation<typeof english> = {};
