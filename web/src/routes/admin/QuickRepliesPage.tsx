import { ADMIN_QUICK_REPLY_SORTS, QUICK_REPLY_CATEGORIES } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { useAdminQuickReplies, type AdminQuickReply } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import {
  FilterBar,
  RecordFilter,
  SearchFilter,
  SelectFilter,
} from '../../features/admin/FilterBar.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, Person, StatusBadge } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { q: 'text', category: QUICK_REPLY_CATEGORIES, host_id: 'uuid' },
  sorts: ADMIN_QUICK_REPLY_SORTS,
  defaultSort: '-created_at',
});

const columns = (
  t: AdminT,
): Column<AdminQuickReply, (typeof ADMIN_QUICK_REPLY_SORTS)[number]>[] => [
  { header: t('field.title'), sortKey: 'title', cell: (r) => <strong>{r.title}</strong> },
  { header: t('field.text'), kind: 'text', cell: (r) => r.message },
  { header: t('field.category'), cell: (r) => t(`category.${r.category}`) },
  { header: t('field.host'), cell: (r) => <Person person={r.host} /> },
  {
    header: t('field.property'),
    cell: (r) => r.property?.title ?? t('quickReplies.allProperties'),
  },
  {
    header: t('field.used'),
    sortKey: 'usage_count',
    firstDirection: 'desc',
    sortLabels: [t('table.order.leastFirst'), t('table.order.mostFirst')],
    kind: 'num',
    cell: (r) => count(r.usage_count),
  },
  {
    header: t('field.state'),
    cell: (r) => {
      const state = r.is_active ? 'active' : 'off';
      return <StatusBadge status={state} label={t(`status.switch.${state}`)} />;
    },
  },
  {
    header: t('field.created'),
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (r) => dateTime(r.created_at),
  },
];

/** Every host's saved replies. */
export function QuickRepliesAdminPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const replies = useAdminQuickReplies(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('quickReplies.title')} description={t('quickReplies.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder={t('quickReplies.search')}
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label={t('field.category')}
          value={list.filters.category}
          options={QUICK_REPLY_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          onChange={(v) => list.setFilter('category', v)}
        />
        <RecordFilter
          kind="host"
          value={list.filters.host_id}
          onClear={() => list.setFilter('host_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('quickReplies.title')}
        columns={columns(t)}
        list={list}
        result={replies}
        rowKey={(t) => t.id}
        rowTone={(t) => (t.is_active ? undefined : 'muted')}
      />
    </div>
  );
}
