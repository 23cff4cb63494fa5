import { ADMIN_AUTOMATION_SORTS, AUTOMATION_TRIGGERS } from '@flexbnb/contracts';
import { useAdminAutomations, type AdminAutomation } from '../../features/admin/api.ts';
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
import { TRIGGER_LABELS, describeTiming } from '../../features/automations/timing.ts';

const SPEC = listSpec({
  filters: { q: 'text', trigger: AUTOMATION_TRIGGERS, host_id: 'uuid' },
  sorts: ADMIN_AUTOMATION_SORTS,
  defaultSort: '-created_at',
});

const COLUMNS: Column<AdminAutomation, (typeof ADMIN_AUTOMATION_SORTS)[number]>[] = [
  { header: 'Name', sortKey: 'name', cell: (a) => <strong>{a.name}</strong> },
  { header: 'When', cell: (a) => describeTiming(a.trigger, a.offset_minutes) },
  {
    header: 'Sends',
    kind: 'text',
    cell: (a) =>
      a.quick_reply ? (
        <>
          <span className="muted">Quick reply: </span>
          {a.quick_reply.title}
        </>
      ) : (
        a.message
      ),
  },
  { header: 'Host', cell: (a) => <Person person={a.host} /> },
  { header: 'Property', cell: (a) => a.property?.title ?? 'All properties' },
  { header: 'Still to send', kind: 'num', cell: (a) => count(a.scheduled) },
  { header: 'State', cell: (a) => <StatusBadge status={a.is_active ? 'active' : 'off'} /> },
  {
    header: 'Created',
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (a) => dateTime(a.created_at),
  },
];

/** Every host's automations. */
export function AutomationsAdminPage() {
  const list = useListParams(SPEC);
  const automations = useAdminAutomations(list.query);
  return (
    <div className="page wide">
      <AdminHead
        title="Automations"
        description="Every host's messages sent on each stay's timeline."
      />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder="Name or text"
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label="Trigger"
          value={list.filters.trigger}
          options={AUTOMATION_TRIGGERS.map((t) => ({ value: t, label: TRIGGER_LABELS[t] }))}
          onChange={(v) => list.setFilter('trigger', v)}
        />
        <RecordFilter
          label="Host"
          value={list.filters.host_id}
          onClear={() => list.setFilter('host_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Automations"
        columns={COLUMNS}
        list={list}
        result={automations}
        rowKey={(a) => a.id}
        rowTone={(a) => (a.is_active ? undefined : 'muted')}
      />
    </div>
  );
}
