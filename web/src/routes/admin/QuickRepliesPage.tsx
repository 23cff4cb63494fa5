import { ADMIN_QUICK_REPLY_SORTS, QUICK_REPLY_CATEGORIES } from '@flexbnb/contracts';
import { useAdminQuickReplies, type AdminQuickReply } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import {
  FilterBar,
  RecordFilter,
  SearchFilter,
  SelectFilter,
} from '../../features/admin/FilterBar.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, Person, StatusBadge } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { CATEGORY_LABELS } from '../../features/quick-replies/api.ts';

const SPEC = listSpec({
  filters: { q: 'text', category: QUICK_REPLY_CATEGORIES, host_id: 'uuid' },
  sorts: ADMIN_QUICK_REPLY_SORTS,
  defaultSort: '-created_at',
});

const COLUMNS: Column<AdminQuickReply, (typeof ADMIN_QUICK_REPLY_SORTS)[number]>[] = [
  { header: 'Title', sortKey: 'title', cell: (t) => <strong>{t.title}</strong> },
  { header: 'Text', kind: 'text', cell: (t) => t.message },
  { header: 'Category', cell: (t) => CATEGORY_LABELS[t.category] },
  { header: 'Host', cell: (t) => <Person person={t.host} /> },
  { header: 'Property', cell: (t) => t.property?.title ?? 'All properties' },
  {
    header: 'Used',
    sortKey: 'usage_count',
    firstDirection: 'desc',
    sortLabels: ['least first', 'most first'],
    kind: 'num',
    cell: (t) => count(t.usage_count),
  },
  {
    header: 'State',
    cell: (t) => <StatusBadge status={t.is_active ? 'active' : 'off'} />,
  },
  {
    header: 'Created',
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (t) => dateTime(t.created_at),
  },
];

/** Every host's saved replies. */
export function QuickRepliesAdminPage() {
  const list = useListParams(SPEC);
  const replies = useAdminQuickReplies(list.query);
  return (
    <div className="page wide">
      <AdminHead title="Quick replies" description="Every host's saved messages." />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder="Title or text"
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label="Category"
          value={list.filters.category}
          options={QUICK_REPLY_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          onChange={(v) => list.setFilter('category', v)}
        />
        <RecordFilter
          label="Host"
          value={list.filters.host_id}
          onClear={() => list.setFilter('host_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Quick replies"
        columns={COLUMNS}
        list={list}
        result={replies}
        rowKey={(t) => t.id}
        rowTone={(t) => (t.is_active ? undefined : 'muted')}
      />
    </div>
  );
}
