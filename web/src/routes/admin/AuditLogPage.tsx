import { ADMIN_AUDIT_SORTS, AUDIT_ACTIONS } from '@flexbnb/contracts';
import { Link } from 'react-router';
import { useAuditLog, type AuditEntry } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, RecordFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime, humanize } from '../../features/admin/format.ts';
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

const ACTION_LABELS: Record<AuditEntry['action'], string> = {
  'user.disabled': 'User disabled',
  'user.enabled': 'User enabled',
  'user.role_changed': 'Role changed',
  'conversation.viewed': 'Conversation viewed for support',
  'delivery.retried': 'Delivery retried',
  'deliveries.retried': 'Failed deliveries retried',
  'reminders.run': 'Due reminders run',
  'api_key.created': 'API key made',
  'api_key.revoked': 'API key revoked',
  'webhook.redelivered': 'Webhook redelivered',
};

/** Where an entry's target is shown in the console, when it has a page of its own. */
function targetLink(e: AuditEntry) {
  if (!e.target_id) return null;
  if (e.target_type === 'delivery') return `/admin/deliveries/${e.target_id}`;
  if (e.target_type === 'user') return `/admin/audit-log?target_id=${e.target_id}`;
  if (e.target_type === 'conversation') return `/admin/audit-log?target_id=${e.target_id}`;
  return null;
}

function details(value: Record<string, unknown>): string {
  return Object.entries(value)
    .map(([k, v]) => `${humanize(k)}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

const COLUMNS: Column<AuditEntry, (typeof ADMIN_AUDIT_SORTS)[number]>[] = [
  {
    header: 'When',
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (e) => dateTime(e.created_at),
  },
  {
    header: 'Who',
    cell: (e) =>
      e.actor.id ? (
        <Person person={e.actor} to={`/admin/audit-log?actor_id=${e.actor.id}`} />
      ) : (
        <Person person={e.actor} />
      ),
  },
  { header: 'Action', cell: (e) => ACTION_LABELS[e.action] ?? e.action },
  {
    header: 'Target',
    cell: (e) => {
      const to = targetLink(e);
      const id = e.target_id ? e.target_id.slice(0, 8) : '';
      return (
        <CellLines>
          <span>{humanize(e.target_type)}</span>
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
  { header: 'Reason', kind: 'text', cell: (e) => e.reason ?? '—' },
  {
    header: 'Details',
    kind: 'text',
    cell: (e) => (Object.keys(e.details).length ? details(e.details) : '—'),
  },
];

/** Every admin action and support view, newest first; nothing here can be changed. */
export function AuditLogPage() {
  const list = useListParams(SPEC);
  const entries = useAuditLog(list.query);
  return (
    <div className="page wide">
      <AdminHead
        title="Audit log"
        description="Every admin action and support view. Entries are never changed or deleted."
      />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label="Action"
          value={list.filters.action}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: ACTION_LABELS[a] }))}
          onChange={(v) => list.setFilter('action', v)}
        />
        <SelectFilter
          label="Target"
          value={list.filters.target_type}
          options={TARGET_TYPES.map((t) => ({ value: t, label: humanize(t) }))}
          onChange={(v) => list.setFilter('target_type', v)}
        />
        <RecordFilter
          label="Target"
          value={list.filters.target_id}
          onClear={() => list.setFilter('target_id', undefined)}
        />
        <RecordFilter
          label="Actor"
          value={list.filters.actor_id}
          onClear={() => list.setFilter('actor_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Audit log"
        columns={COLUMNS}
        list={list}
        result={entries}
        rowKey={(e) => e.id}
      />
    </div>
  );
}
