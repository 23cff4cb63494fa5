import { ADMIN_REMINDER_SORTS, REMINDER_STATUSES, REMINDER_TYPES } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useAdminReminders, useRunDueReminders } from '../../features/admin/api.ts';
import { reminderColumns } from '../../features/admin/columns.tsx';
import { FilterBar, RecordFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { ListView } from '../../features/admin/ListView.tsx';
import { count } from '../../features/admin/format.ts';
import { AdminHead } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

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

/** Stay reminders of every property, their times on the property's clock; due ones sent now. */
export function RemindersPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const reminders = useAdminReminders(list.query);
  const run = useRunDueReminders();
  return (
    <div className="page wide">
      <AdminHead title={t('reminders.title')} description={t('reminders.description')}>
        <button
          type="button"
          className="button primary"
          disabled={run.isPending}
          onClick={() =>
            run.mutate(undefined, {
              onSuccess: ({ sent, skipped }) =>
                toast.success(
                  sent + skipped === 0
                    ? t('reminders.noneDue')
                    : t('reminders.ran', { sent: count(sent), skipped: count(skipped) }),
                ),
              onError: (err) => toast.error(err.message),
            })
          }
        >
          {t('reminders.runDue')}
        </button>
      </AdminHead>
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label={t('field.status')}
          value={list.filters.status}
          options={REMINDER_STATUSES.map((s) => ({ value: s, label: t(`status.reminder.${s}`) }))}
          onChange={(v) => list.setFilter('status', v)}
        />
        <SelectFilter
          label={t('field.type')}
          value={list.filters.reminder_type}
          options={REMINDER_TYPES.map((r) => ({ value: r, label: t(`reminderType.${r}`) }))}
          onChange={(v) => list.setFilter('reminder_type', v)}
        />
        <RecordFilter
          kind="property"
          value={list.filters.property_id}
          onClear={() => list.setFilter('property_id', undefined)}
        />
        <RecordFilter
          kind="reservation"
          value={list.filters.reservation_id}
          onClear={() => list.setFilter('reservation_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('reminders.title')}
        columns={reminderColumns(t)}
        list={list}
        result={reminders}
        rowKey={(r) => r.id}
        rowTone={(r) => (r.status === 'failed' ? 'failed' : undefined)}
      />
    </div>
  );
}
