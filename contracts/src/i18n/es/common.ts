import type { common as english } from '../en/common.ts';
import type { Translation } from '../translation.ts';

export const common: Translation<typeof english> = {
  loading: 'Cargando…',
  items_one: '{{count}} elemento',
  items_other: '{{count}} elementos',
};
