import { ADMIN_AUDIT_SORTS, AUDIT_ACTIONS } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuditLog, type AuditEntry } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, RecordFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime } from '../../features/admin/format.ts';
import {
  auditActionLabel,
  auditDetails,
  auditTargetLabel,
  type AdminT,
} from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, CellLines, Person } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const TARGET_TYPES = ['user', 'conversation', 'delivery', 'reminder'] as const;

const SPEC = listSpec({
  filters: {
    action: AUDIT_ACTIONS,
    target_type: 'text',
    target_id: 'uuid',
    actor_id: 'uuid',
  },
  sorts: ADMIN_AUDIT_SORTS,
  defaultSort: '-created_at',
});

/** Where an entry's target is shown in the console, when it has a page of its own. */
function targetLink(e: AuditEntry) {
  if (!e.target_id) return null;
  if (e.target_type === 'delivery') return `/admin/deliveries/${e.target_id}`;
  if (e.target_type === 'user') return `/admin/audit-log?target_id=${e.target_id}`;
  if (e.target_type === 'conversation') return `/admin/audit-log?target_id=${e.target_id}`;
  return null;
}

const columns = (t: AdminT): Column<AuditEntry, (typeof ADMIN_AUDIT_SORTS)[number]>[] => [
  {
    header: t('field.when'),
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (e) => dateTime(e.created_at),
  },
  {
    header: t('field.who'),
    cell: (e) =>
      e.actor.id ? (
        <Person person={e.actor} to={`/admin/audit-log?actor_id=${e.actor.id}`} />
      ) : (
        <Person person={e.actor} />
      ),
  },
  { header: t('field.action'), cell: (e) => auditActionLabel(t, e.action) },
  {
    header: t('field.target'),
    cell: (e) => {
      const to = targetLink(e);
      const id = e.target_id ? e.target_id.slice(0, 8) : '';
      return (
        <CellLines>
          <span>{auditTargetLabel(t, e.target_type)}</span>
          {id &&
            (to ? (
              <Link to={to} className="small">
                <code title={e.target_id ?? undefined}>{id}</code>
              </Link>
            ) : (
              <code className="small" title={e.target_id ?? undefined}>
                {id}
              </code>
            ))}
        </CellLines>
      );
    },
  },
  { header: t('field.reason'), kind: 'text', cell: (e) => e.reason ?? '—' },
  {
    header: t('field.details'),
    kind: 'text',
    cell: (e) => (Object.keys(e.details).length ? auditDetails(t, e.details) : '—'),
  },
];

/** Every admin action and support view, newest first; nothing here can be changed. */
export function AuditLogPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const entries = useAuditLog(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('audit.title')} description={t('audit.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label={t('field.action')}
          value={list.filters.action}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(t, a) }))}
          onChange={(v) => list.setFilter('action', v)}
        />
        <SelectFilter
          label={t('field.target')}
          value={list.filters.target_type}
          options={TARGET_TYPES.map((type) => ({ value: type, label: auditTargetLabel(t, type) }))}
          onChange={(v) => list.setFilter('target_type', v)}
        />
        <RecordFilter
          kind="target"
          value={list.filters.target_id}
          onClear={() => list.setFilter('target_id', undefined)}
        />
        <RecordFilter
          kind="actor"
          value={list.filters.actor_id}
          onClear={() => list.setFilter('actor_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('audit.title')}
        columns={columns(t)}
        list={list}
        result={entries}
        rowKey={(e) => e.id}
      />
    </div>
  );
}
