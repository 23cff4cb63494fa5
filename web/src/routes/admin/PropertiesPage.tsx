import { ADMIN_PROPERTY_SORTS } from '@flexbnb/contracts';
import { Link } from 'react-router';
import { useAdminProperties, type AdminProperty } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, RecordFilter, SearchFilter } from '../../features/admin/FilterBar.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, CellLines, Person } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { q: 'text', host_id: 'uuid' },
  sorts: ADMIN_PROPERTY_SORTS,
  defaultSort: '-created_at',
});

const COLUMNS: Column<AdminProperty, (typeof ADMIN_PROPERTY_SORTS)[number]>[] = [
  {
    header: 'Title',
    kind: 'text',
    sortKey: 'title',
    cell: (p) => (
      <CellLines>
        <Link to={`/admin/properties/${p.id}`}>{p.title}</Link>
        <span className="muted small">{p.address}</span>
      </CellLines>
    ),
  },
  { header: 'Host', sortKey: 'host_name', cell: (p) => <Person person={p.host} /> },
  { header: 'Time zone', cell: (p) => p.timezone },
  {
    header: 'Reservations',
    sortKey: 'reservations',
    firstDirection: 'desc',
    sortLabels: ['fewest first', 'most first'],
    kind: 'num',
    cell: (p) => (
      <Link to={`/admin/reservations?property_id=${p.id}`}>{count(p.reservations)}</Link>
    ),
  },
  {
    header: 'Conversations',
    kind: 'num',
    cell: (p) => (
      <Link to={`/admin/conversations?property_id=${p.id}`}>{count(p.conversations)}</Link>
    ),
  },
  {
    header: 'Created',
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (p) => dateTime(p.created_at),
  },
];

/** Every property of every host. */
export function PropertiesPage() {
  const list = useListParams(SPEC);
  const properties = useAdminProperties(list.query);
  return (
    <div className="page wide">
      <AdminHead title="Properties" description="Every host's places to stay." />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder="Title, address or host"
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <RecordFilter
          label="Host"
          value={list.filters.host_id}
          onClear={() => list.setFilter('host_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Properties"
        columns={COLUMNS}
        list={list}
        result={properties}
        rowKey={(p) => p.id}
      />
    </div>
  );
}
