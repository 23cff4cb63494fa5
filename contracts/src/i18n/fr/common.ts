import type { common as english } from '../en/common.ts';
import type { Translation } from '../translation.ts';

export const common: Translation<typeof english> = {
  loading: 'Chargement…',
  items_one: '{{count}} élément',
  items_other: '{{count}} éléments',
};
