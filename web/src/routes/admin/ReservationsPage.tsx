import { ADMIN_RESERVATION_SORTS, RESERVATION_STATUSES } from '@flexbnb/contracts';
import { useAdminReservations } from '../../features/admin/api.ts';
import { reservationColumns } from '../../features/admin/columns.tsx';
import {
  FilterBar,
  RecordFilter,
  SearchFilter,
  SelectFilter,
} from '../../features/admin/FilterBar.tsx';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { STATUS_LABEL } from '../../features/reservations/api.ts';

const SPEC = listSpec({
  filters: { q: 'text', status: RESERVATION_STATUSES, property_id: 'uuid' },
  sorts: ADMIN_RESERVATION_SORTS,
  defaultSort: '-check_in',
});

const COLUMNS = reservationColumns();

/** Every booking of every property. */
export function ReservationsPage() {
  const list = useListParams(SPEC);
  const reservations = useAdminReservations(list.query);
  return (
    <div className="page wide">
      <AdminHead title="Reservations" description="Every stay booked, by check-in." />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder="Property, guest name or email"
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label="Status"
          value={list.filters.status}
          options={RESERVATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
          onChange={(v) => list.setFilter('status', v)}
        />
        <RecordFilter
          label="Property"
          value={list.filters.property_id}
          onClear={() => list.setFilter('property_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Reservations"
        columns={COLUMNS}
        list={list}
        result={reservations}
        rowKey={(r) => r.id}
      />
    </div>
  );
}
