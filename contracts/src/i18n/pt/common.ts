import type { common as english } from '../en/common.ts';
import type { Translation } from '../translation.ts';

export const common: Translation<typeof english> = {
  loading: 'A carregar…',
  items_one: '{{count}} item',
  items_other: '{{count}} itens',
};
