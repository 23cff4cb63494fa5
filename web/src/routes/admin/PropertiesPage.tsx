import { ADMIN_PROPERTY_SORTS } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminProperties, type AdminProperty } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, RecordFilter, SearchFilter } from '../../features/admin/FilterBar.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, CellLines, Person } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { q: 'text', host_id: 'uuid' },
  sorts: ADMIN_PROPERTY_SORTS,
  defaultSort: '-created_at',
});

const columns = (t: AdminT): Column<AdminProperty, (typeof ADMIN_PROPERTY_SORTS)[number]>[] => [
  {
    header: t('field.title'),
    kind: 'text',
    sortKey: 'title',
    cell: (p) => (
      <CellLines>
        <Link to={`/admin/properties/${p.id}`}>{p.title}</Link>
        <span className="muted small">{p.address}</span>
      </CellLines>
    ),
  },
  { header: t('field.host'), sortKey: 'host_name', cell: (p) => <Person person={p.host} /> },
  { header: t('field.timeZone'), cell: (p) => p.timezone },
  {
    header: t('field.reservations'),
    sortKey: 'reservations',
    firstDirection: 'desc',
    sortLabels: [t('table.order.fewestFirst'), t('table.order.mostFirst')],
    kind: 'num',
    cell: (p) => (
      <Link to={`/admin/reservations?property_id=${p.id}`}>{count(p.reservations)}</Link>
    ),
  },
  {
    header: t('field.conversations'),
    kind: 'num',
    cell: (p) => (
      <Link to={`/admin/conversations?property_id=${p.id}`}>{count(p.conversations)}</Link>
    ),
  },
  {
    header: t('field.created'),
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (p) => dateTime(p.created_at),
  },
];

/** Every property of every host. */
export function PropertiesPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const properties = useAdminProperties(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('properties.title')} description={t('properties.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder={t('properties.search')}
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <RecordFilter
          kind="host"
          value={list.filters.host_id}
          onClear={() => list.setFilter('host_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('properties.title')}
        columns={columns(t)}
        list={list}
        result={properties}
        rowKey={(p) => p.id}
      />
    </div>
  );
}
