import { ADMIN_AUTOMATION_SORTS, AUTOMATION_TRIGGERS } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { useAdminAutomations, type AdminAutomation } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import {
  FilterBar,
  RecordFilter,
  SearchFilter,
  SelectFilter,
} from '../../features/admin/FilterBar.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import { TRIGGER_OPTIONS, describeTiming, type AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, Person, StatusBadge } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { q: 'text', trigger: AUTOMATION_TRIGGERS, host_id: 'uuid' },
  sorts: ADMIN_AUTOMATION_SORTS,
  defaultSort: '-created_at',
});

const columns = (t: AdminT): Column<AdminAutomation, (typeof ADMIN_AUTOMATION_SORTS)[number]>[] => [
  { header: t('field.name'), sortKey: 'name', cell: (a) => <strong>{a.name}</strong> },
  { header: t('field.when'), cell: (a) => describeTiming(t, a.trigger, a.offset_minutes) },
  {
    header: t('field.sends'),
    kind: 'text',
    cell: (a) =>
      a.quick_reply ? (
        <>
          <span className="muted">{t('automations.quickReply')} </span>
          {a.quick_reply.title}
        </>
      ) : (
        a.message
      ),
  },
  { header: t('field.host'), cell: (a) => <Person person={a.host} /> },
  {
    header: t('field.property'),
    cell: (a) => a.property?.title ?? t('automations.allProperties'),
  },
  { header: t('field.stillToSend'), kind: 'num', cell: (a) => count(a.scheduled) },
  {
    header: t('field.state'),
    cell: (a) => {
      const state = a.is_active ? 'active' : 'off';
      return <StatusBadge status={state} label={t(`status.switch.${state}`)} />;
    },
  },
  {
    header: t('field.created'),
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (a) => dateTime(a.created_at),
  },
];

/** Every host's automations. */
export function AutomationsAdminPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const automations = useAdminAutomations(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('automations.title')} description={t('automations.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder={t('automations.search')}
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label={t('field.trigger')}
          value={list.filters.trigger}
          options={TRIGGER_OPTIONS(t)}
          onChange={(v) => list.setFilter('trigger', v)}
        />
        <RecordFilter
          kind="host"
          value={list.filters.host_id}
          onClear={() => list.setFilter('host_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('automations.title')}
        columns={columns(t)}
        list={list}
        result={automations}
        rowKey={(a) => a.id}
        rowTone={(a) => (a.is_active ? undefined : 'muted')}
      />
    </div>
  );
}
