import { ADMIN_REMINDER_SORTS, REMINDER_STATUSES, REMINDER_TYPES } from '@flexbnb/contracts';
import { toast } from 'sonner';
import { useAdminReminders, useRunDueReminders } from '../../features/admin/api.ts';
import { reminderColumns } from '../../features/admin/columns.tsx';
import { FilterBar, RecordFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { humanize } from '../../features/admin/format.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { REMINDER_LABEL } from '../../features/reservations/api.ts';

const SPEC = listSpec({
  filters: {
    status: REMINDER_STATUSES,
    reminder_type: REMINDER_TYPES,
    property_id: 'uuid',
    reservation_id: 'uuid',
  },
  sorts: ADMIN_REMINDER_SORTS,
  defaultSort: 'scheduled_for',
});

const COLUMNS = reminderColumns();

/** Stay reminders of every property, their times on the property's clock; due ones sent now. */
export function RemindersPage() {
  const list = useListParams(SPEC);
  const reminders = useAdminReminders(list.query);
  const run = useRunDueReminders();
  return (
    <div className="page wide">
      <AdminHead
        title="Reminders"
        description="Check-in, check-out and payment reminders, at the property's local time."
      >
        <button
          type="button"
          className="button primary"
          disabled={run.isPending}
          onClick={() =>
            run.mutate(undefined, {
              onSuccess: ({ sent, skipped }) =>
                toast.success(
                  sent + skipped === 0
                    ? 'No reminder was due'
                    : `Sent ${sent}, skipped ${skipped} (stays not confirmed)`,
                ),
              onError: (err) => toast.error(err.message),
            })
          }
        >
          Run due now
        </button>
      </AdminHead>
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label="Status"
          value={list.filters.status}
          options={REMINDER_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
          onChange={(v) => list.setFilter('status', v)}
        />
        <SelectFilter
          label="Type"
          value={list.filters.reminder_type}
          options={REMINDER_TYPES.map((t) => ({ value: t, label: REMINDER_LABEL[t] }))}
          onChange={(v) => list.setFilter('reminder_type', v)}
        />
        <RecordFilter
          label="Property"
          value={list.filters.property_id}
          onClear={() => list.setFilter('property_id', undefined)}
        />
        <RecordFilter
          label="Reservation"
          value={list.filters.reservation_id}
          onClear={() => list.setFilter('reservation_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Reminders"
        columns={COLUMNS}
        list={list}
        result={reminders}
        rowKey={(r) => r.id}
        rowTone={(r) => (r.status === 'failed' ? 'failed' : undefined)}
      />
    </div>
  );
}
