import type { common as english } from '../en/common.ts';
import type { Translation } from '../translation.ts';

export const common: Translation<typeof english> = {
  loading: 'Wird geladen …',
  items_one: '{{count}} Eintrag',
  items_other: '{{count}} Einträge',
};
