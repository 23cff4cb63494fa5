import { ADMIN_RESERVATION_SORTS, RESERVATION_STATUSES } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
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

const SPEC = listSpec({
  filters: { q: 'text', status: RESERVATION_STATUSES, property_id: 'uuid' },
  sorts: ADMIN_RESERVATION_SORTS,
  defaultSort: '-check_in',
});

/** Every booking of every property. */
export function ReservationsPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const reservations = useAdminReservations(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('reservations.title')} description={t('reservations.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder={t('reservations.search')}
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label={t('field.status')}
          value={list.filters.status}
          options={RESERVATION_STATUSES.map((s) => ({
            value: s,
            label: t(`status.reservation.${s}`),
          }))}
          onChange={(v) => list.setFilter('status', v)}
        />
        <RecordFilter
          kind="property"
          value={list.filters.property_id}
          onClear={() => list.setFilter('property_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('reservations.title')}
        columns={reservationColumns(t)}
        list={list}
        result={reservations}
        rowKey={(r) => r.id}
      />
    </div>
  );
}
