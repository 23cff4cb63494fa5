import {
  ADMIN_WEBHOOK_DELIVERY_SORTS,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENTS,
} from '@flexbnb/contracts';
import { Link } from 'react-router';
import { useAdminWebhookDeliveries, type AdminWebhookDelivery } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime, humanize } from '../../features/admin/format.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, CellLines, StatusBadge } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { status: WEBHOOK_DELIVERY_STATUSES, event_type: WEBHOOK_EVENTS, endpoint_id: 'uuid' },
  sorts: ADMIN_WEBHOOK_DELIVERY_SORTS,
  defaultSort: '-created_at',
});

const COLUMNS: Column<AdminWebhookDelivery, (typeof ADMIN_WEBHOOK_DELIVERY_SORTS)[number]>[] = [
  {
    header: 'Event',
    cell: (d) => (
      <Link to={`/admin/webhooks/${d.id}`}>
        <code>{d.event_type}</code>
      </Link>
    ),
  },
  {
    header: 'Endpoint',
    kind: 'text',
    cell: (d) => (
      <CellLines>
        <span>{d.endpoint.url}</span>
        {!d.endpoint.active && <span className="muted small">Turned off</span>}
      </CellLines>
    ),
  },
  { header: 'Status', cell: (d) => <StatusBadge status={d.status} /> },
  {
    header: 'Attempts',
    kind: 'num',
    sortKey: 'attempts',
    firstDirection: 'desc',
    cell: (d) => d.attempts,
  },
  { header: 'Last answer', cell: (d) => d.last_status_code ?? '—' },
  { header: 'Next attempt', cell: (d) => dateTime(d.next_attempt_at) },
  {
    header: 'Created',
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (d) => dateTime(d.created_at),
  },
];

/** What the platforms' webhook endpoints were sent, and what they answered. */
export function WebhookDeliveriesPage() {
  const list = useListParams(SPEC);
  const deliveries = useAdminWebhookDeliveries(list.query);
  return (
    <div className="page wide">
      <AdminHead
        title="Webhooks"
        description="Events posted to the platforms' endpoints, signed, and retried over about a day until they answer 2xx."
      />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label="Status"
          value={list.filters.status}
          options={WEBHOOK_DELIVERY_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
          onChange={(v) => list.setFilter('status', v)}
        />
        <SelectFilter
          label="Event"
          value={list.filters.event_type}
          options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: e }))}
          onChange={(v) => list.setFilter('event_type', v)}
        />
      </FilterBar>
      <ListView
        caption="Webhook deliveries"
        columns={COLUMNS}
        list={list}
        result={deliveries}
        rowKey={(d) => d.id}
        rowTone={(d) => (d.status === 'failed' ? 'failed' : undefined)}
      />
    </div>
  );
}
