import { ADMIN_JOB_SORTS, JOB_STATES } from '@flexbnb/contracts';
import { useAdminJobs, type AdminJob } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime, humanize } from '../../features/admin/format.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, ErrorText, StatusBadge } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { state: JOB_STATES, kind: 'text' },
  sorts: ADMIN_JOB_SORTS,
  defaultSort: 'run_at',
});

const COLUMNS: Column<AdminJob, (typeof ADMIN_JOB_SORTS)[number]>[] = [
  { header: 'Kind', cell: (j) => <code>{j.kind}</code> },
  { header: 'State', cell: (j) => <StatusBadge status={j.state} /> },
  {
    header: 'Attempts',
    kind: 'num',
    cell: (j) => `${j.attempts} of ${j.max_attempts}`,
  },
  {
    header: 'Runs at',
    sortKey: 'run_at',
    sortLabels: ['soonest first', 'latest first'],
    cell: (j) => dateTime(j.run_at),
  },
  {
    header: 'Last error',
    kind: 'text',
    cell: (j) => (j.last_error ? <ErrorText>{j.last_error}</ErrorText> : '—'),
  },
  {
    header: 'Created',
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (j) => dateTime(j.created_at),
  },
  { header: 'Finished', cell: (j) => dateTime(j.finished_at) },
];

/** The background jobs: deliveries, reminders and scheduled messages waiting, running or failed. */
export function JobsPage() {
  const list = useListParams(SPEC);
  const jobs = useAdminJobs(list.query);
  return (
    <div className="page wide">
      <AdminHead
        title="Jobs"
        description="Work the workers do in the background; a failed job has used all its attempts."
      />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label="State"
          value={list.filters.state}
          options={JOB_STATES.map((s) => ({ value: s, label: humanize(s) }))}
          onChange={(v) => list.setFilter('state', v)}
        />
        <SearchFilter
          value={list.filters.kind}
          label="Kind"
          placeholder="Exact kind, e.g. reminders.send"
          onChange={(v, replace) => list.setFilter('kind', v, replace)}
        />
      </FilterBar>
      <ListView
        caption="Jobs"
        columns={COLUMNS}
        list={list}
        result={jobs}
        rowKey={(j) => j.id}
        rowTone={(j) => (j.state === 'failed' ? 'failed' : undefined)}
      />
    </div>
  );
}
