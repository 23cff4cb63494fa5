export const common = {
  loading: 'Loading…',
  items_one: '{{count}} item',
  items_other: '{{count}} items',
};
