import type { automations as english } from '../en/automations.ts';
import type { Translation } from '../translation.ts';

export const automations: Translation<typeof english> = {};
