import {
  ADMIN_DELIVERY_SORTS,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  NOTIFICATION_TYPES,
  type DeliveryChannel,
} from '@flexbnb/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import admin from '../../features/admin/admin.module.css';
import {
  useAdminDeliveries,
  useDeliveryQueue,
  useRetryFailed,
  type AdminDelivery,
  type DeliveryQueue,
} from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, RecordFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { age, count, dateTime } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { channelOptions, statusOptions, typeOptions } from '../../features/admin/options.ts';
import {
  AdminHead,
  CellLines,
  ErrorText,
  Facts,
  Person,
  RowActions,
  StatusBadge,
} from '../../features/admin/parts.tsx';
import { ReasonDialog } from '../../features/admin/ReasonDialog.tsx';
import { RetryButton } from '../../features/admin/RetryButton.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import styles from './DeliveriesPage.module.css';

const SPEC = listSpec({
  filters: {
    status: DELIVERY_STATUSES,
    channel: DELIVERY_CHANNELS,
    type: NOTIFICATION_TYPES,
    user_id: 'uuid',
  },
  sorts: ADMIN_DELIVERY_SORTS,
  defaultSort: '-updated_at',
});

const columns = (t: AdminT): Column<AdminDelivery, (typeof ADMIN_DELIVERY_SORTS)[number]>[] => [
  {
    header: t('field.updated'),
    sortKey: 'updated_at',
    firstDirection: 'desc',
    cell: (d) => <Link to={`/admin/deliveries/${d.id}`}>{dateTime(d.updated_at)}</Link>,
  },
  {
    header: t('field.status'),
    cell: (d) => (
      <CellLines>
        <StatusBadge status={d.status} label={t(`status.delivery.${d.status}`)} />
        <span className="muted small">{t(`channel.${d.channel}`)}</span>
      </CellLines>
    ),
  },
  {
    header: t('field.notification'),
    kind: 'text',
    cell: (d) => (
      <CellLines>
        <span>{d.notification.title}</span>
        <span className="muted small">
          {t(`notificationType.${d.notification.notification_type}`)}
        </span>
      </CellLines>
    ),
  },
  { header: t('field.user'), cell: (d) => <Person person={d.user} /> },
  {
    header: t('field.attempts'),
    sortKey: 'attempts',
    firstDirection: 'desc',
    sortLabels: [t('table.order.fewestFirst'), t('table.order.mostFirst')],
    kind: 'num',
    cell: (d) => d.attempts,
  },
  {
    header: t('field.lastError'),
    kind: 'text',
    cell: (d) => (d.last_error ? <ErrorText>{d.last_error}</ErrorText> : '—'),
  },
  {
    header: t('field.actions'),
    actions: true,
    cell: (d) => (
      <RowActions>
        <RetryButton delivery={d} />
      </RowActions>
    ),
  },
];

/** Per channel: how many wait, how many are due, and how long the oldest due one has waited. */
function QueueSummary({ queue }: { queue: DeliveryQueue | undefined }) {
  const { t } = useTranslation('admin');
  return (
    <section aria-labelledby="queue" className={admin.section}>
      <h2 id="queue">{t('deliveries.queue')}</h2>
      <ul className={styles.queueGrid}>
        {DELIVERY_CHANNELS.map((channel) => {
          const q = queue?.find((row) => row.channel === channel);
          return (
            <li
              key={channel}
              className={`card ${styles.queueCard}`}
              aria-label={t('deliveries.channelQueue', { channel: t(`channel.${channel}`) })}
            >
              <h3>{t(`channel.${channel}`)}</h3>
              <Facts
                compact
                items={[
                  [t('deliveries.pending'), q ? count(q.pending) : '—'],
                  [t('deliveries.due'), q ? count(q.due) : '—'],
                  [t('deliveries.held'), q ? count(q.deferred) : '—'],
                  [
                    t('deliveries.oldestDue'),
                    // Five minutes behind is worth a look.
                    q && (q.oldest_due_age_seconds ?? 0) > 300 ? (
                      <span className={styles.warnText}>{age(q.oldest_due_age_seconds)}</span>
                    ) : (
                      age(q?.oldest_due_age_seconds)
                    ),
                  ],
                  [
                    t('deliveries.failed'),
                    q && q.failed > 0 ? (
                      <Link to={`/admin/deliveries?status=failed&channel=${channel}`}>
                        {count(q.failed)}
                      </Link>
                    ) : q ? (
                      count(0)
                    ) : (
                      '—'
                    ),
                  ],
                ]}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Every email, SMS and push: their state, errors and attempts; failed ones retried. */
export function DeliveriesPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const deliveries = useAdminDeliveries(list.query);
  const queue = useDeliveryQueue();
  const retryFailed = useRetryFailed();
  const [askAll, setAskAll] = useState(false);
  const [channel, setChannel] = useState<DeliveryChannel | ''>('');
  const channelId = useId();

  const openRetryAll = () => {
    setChannel(list.filters.channel ?? '');
    setAskAll(true);
  };

  return (
    <div className="page wide">
      <AdminHead title={t('deliveries.title')} description={t('deliveries.description')}>
        <button type="button" className="button primary" onClick={openRetryAll}>
          {t('deliveries.retryAll')}
        </button>
      </AdminHead>
      <QueueSummary queue={queue.data} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label={t('field.status')}
          value={list.filters.status}
          options={statusOptions(t)}
          onChange={(v) => list.setFilter('status', v)}
        />
        <SelectFilter
          label={t('field.channel')}
          value={list.filters.channel}
          options={channelOptions(t)}
          onChange={(v) => list.setFilter('channel', v)}
        />
        <SelectFilter
          label={t('field.type')}
          value={list.filters.type}
          options={typeOptions(t)}
          onChange={(v) => list.setFilter('type', v)}
        />
        <RecordFilter
          kind="user"
          value={list.filters.user_id}
          onClear={() => list.setFilter('user_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('deliveries.title')}
        columns={columns(t)}
        list={list}
        result={deliveries}
        rowKey={(d) => d.id}
        rowTone={(d) => (d.status === 'failed' ? 'failed' : undefined)}
      />
      {askAll && (
        <ReasonDialog
          title={t('deliveries.retryTitle')}
          confirmLabel={t('deliveries.retryConfirm')}
          noReason
          busy={retryFailed.isPending}
          onCancel={() => setAskAll(false)}
          onConfirm={() =>
            retryFailed.mutate(channel ? { channel } : {}, {
              onSuccess: ({ retried }) => {
                setAskAll(false);
                toast.success(
                  retried === 0
                    ? t('deliveries.noneToRetry')
                    : t('deliveries.retried', { count: retried, n: count(retried) }),
                );
              },
              onError: (err) => toast.error(err.message),
            })
          }
        >
          <p>{t('deliveries.retryText')}</p>
          <div className="field">
            <label htmlFor={channelId}>{t('field.channel')}</label>
            <select
              id={channelId}
              className="select"
              value={channel}
              onChange={(e) => setChannel(e.target.value as DeliveryChannel | '')}
            >
              <option value="">{t('deliveries.allChannels')}</option>
              {channelOptions(t).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </ReasonDialog>
      )}
    </div>
  );
}
