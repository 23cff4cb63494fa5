import {
  ADMIN_WEBHOOK_DELIVERY_SORTS,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENTS,
} from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminWebhookDeliveries, type AdminWebhookDelivery } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, CellLines, StatusBadge } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { status: WEBHOOK_DELIVERY_STATUSES, event_type: WEBHOOK_EVENTS, endpoint_id: 'uuid' },
  sorts: ADMIN_WEBHOOK_DELIVERY_SORTS,
  defaultSort: '-created_at',
});

const columns = (
  t: AdminT,
): Column<AdminWebhookDelivery, (typeof ADMIN_WEBHOOK_DELIVERY_SORTS)[number]>[] => [
  {
    header: t('field.event'),
    cell: (d) => (
      <Link to={`/admin/webhooks/${d.id}`}>
        <code>{d.event_type}</code>
      </Link>
    ),
  },
  {
    header: t('field.endpoint'),
    kind: 'text',
    cell: (d) => (
      <CellLines>
        <span>{d.endpoint.url}</span>
        {!d.endpoint.active && <span className="muted small">{t('webhooks.turnedOff')}</span>}
      </CellLines>
    ),
  },
  {
    header: t('field.status'),
    cell: (d) => <StatusBadge status={d.status} label={t(`status.webhook.${d.status}`)} />,
  },
  {
    header: t('field.attempts'),
    kind: 'num',
    sortKey: 'attempts',
    firstDirection: 'desc',
    cell: (d) => d.attempts,
  },
  { header: t('field.lastAnswer'), cell: (d) => d.last_status_code ?? '—' },
  { header: t('field.nextAttempt'), cell: (d) => dateTime(d.next_attempt_at) },
  {
    header: t('field.created'),
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (d) => dateTime(d.created_at),
  },
];

/** What the platforms' webhook endpoints were sent, and what they answered. */
export function WebhookDeliveriesPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const deliveries = useAdminWebhookDeliveries(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('webhooks.title')} description={t('webhooks.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label={t('field.status')}
          value={list.filters.status}
          options={WEBHOOK_DELIVERY_STATUSES.map((s) => ({
            value: s,
            label: t(`status.webhook.${s}`),
          }))}
          onChange={(v) => list.setFilter('status', v)}
        />
        <SelectFilter
          label={t('field.event')}
          value={list.filters.event_type}
          options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: e }))}
          onChange={(v) => list.setFilter('event_type', v)}
        />
      </FilterBar>
      <ListView
        caption={t('webhooks.caption')}
        columns={columns(t)}
        list={list}
        result={deliveries}
        rowKey={(d) => d.id}
        rowTone={(d) => (d.status === 'failed' ? 'failed' : undefined)}
      />
    </div>
  );
}
