import { ADMIN_JOB_SORTS, JOB_STATES } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { useAdminJobs, type AdminJob } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, ErrorText, StatusBadge } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { state: JOB_STATES, kind: 'text' },
  sorts: ADMIN_JOB_SORTS,
  defaultSort: 'run_at',
});

const columns = (t: AdminT): Column<AdminJob, (typeof ADMIN_JOB_SORTS)[number]>[] => [
  { header: t('field.kind'), cell: (j) => <code>{j.kind}</code> },
  {
    header: t('field.state'),
    cell: (j) => <StatusBadge status={j.state} label={t(`status.job.${j.state}`)} />,
  },
  {
    header: t('field.attempts'),
    kind: 'num',
    cell: (j) => t('jobs.attemptsOf', { attempts: count(j.attempts), max: count(j.max_attempts) }),
  },
  {
    header: t('field.runsAt'),
    sortKey: 'run_at',
    sortLabels: [t('table.order.soonestFirst'), t('table.order.latestFirst')],
    cell: (j) => dateTime(j.run_at),
  },
  {
    header: t('field.lastError'),
    kind: 'text',
    cell: (j) => (j.last_error ? <ErrorText>{j.last_error}</ErrorText> : '—'),
  },
  {
    header: t('field.created'),
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (j) => dateTime(j.created_at),
  },
  { header: t('field.finished'), cell: (j) => dateTime(j.finished_at) },
];

/** The background jobs: deliveries, reminders and scheduled messages waiting, running or failed. */
export function JobsPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const jobs = useAdminJobs(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('jobs.title')} description={t('jobs.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label={t('field.state')}
          value={list.filters.state}
          options={JOB_STATES.map((s) => ({ value: s, label: t(`status.job.${s}`) }))}
          onChange={(v) => list.setFilter('state', v)}
        />
        <SearchFilter
          value={list.filters.kind}
          label={t('field.kind')}
          placeholder={t('jobs.kindPlaceholder')}
          onChange={(v, replace) => list.setFilter('kind', v, replace)}
        />
      </FilterBar>
      <ListView
        caption={t('jobs.title')}
        columns={columns(t)}
        list={list}
        result={jobs}
        rowKey={(j) => j.id}
        rowTone={(j) => (j.state === 'failed' ? 'failed' : undefined)}
      />
    </div>
  );
}
