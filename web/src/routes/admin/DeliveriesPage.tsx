import {
  ADMIN_DELIVERY_SORTS,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  NOTIFICATION_TYPES,
  type DeliveryChannel,
} from '@flexbnb/contracts';
import { useId, useState } from 'react';
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
import { ListView } from '../../features/admin/ListView.tsx';
import { CHANNEL_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from '../../features/admin/options.ts';
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
import { CHANNEL_LABELS, TYPE_LABELS } from '../../features/notifications/api.ts';
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

const COLUMNS: Column<AdminDelivery, (typeof ADMIN_DELIVERY_SORTS)[number]>[] = [
  {
    header: 'Updated',
    sortKey: 'updated_at',
    firstDirection: 'desc',
    cell: (d) => <Link to={`/admin/deliveries/${d.id}`}>{dateTime(d.updated_at)}</Link>,
  },
  {
    header: 'Status',
    cell: (d) => (
      <CellLines>
        <StatusBadge status={d.status} />
        <span className="muted small">{CHANNEL_LABELS[d.channel]}</span>
      </CellLines>
    ),
  },
  {
    header: 'Notification',
    kind: 'text',
    cell: (d) => (
      <CellLines>
        <span>{d.notification.title}</span>
        <span className="muted small">{TYPE_LABELS[d.notification.notification_type]}</span>
      </CellLines>
    ),
  },
  { header: 'User', cell: (d) => <Person person={d.user} /> },
  {
    header: 'Attempts',
    sortKey: 'attempts',
    firstDirection: 'desc',
    sortLabels: ['fewest first', 'most first'],
    kind: 'num',
    cell: (d) => d.attempts,
  },
  {
    header: 'Last error',
    kind: 'text',
    cell: (d) => (d.last_error ? <ErrorText>{d.last_error}</ErrorText> : '—'),
  },
  {
    header: 'Actions',
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
  return (
    <section aria-labelledby="queue" className={admin.section}>
      <h2 id="queue">Queue</h2>
      <ul className={styles.queueGrid}>
        {DELIVERY_CHANNELS.map((channel) => {
          const q = queue?.find((row) => row.channel === channel);
          return (
            <li
              key={channel}
              className={`card ${styles.queueCard}`}
              aria-label={`${CHANNEL_LABELS[channel]} queue`}
            >
              <h3>{CHANNEL_LABELS[channel]}</h3>
              <Facts
                compact
                items={[
                  ['Pending', q ? count(q.pending) : '—'],
                  ['Due now', q ? count(q.due) : '—'],
                  ['Held (quiet hours)', q ? count(q.deferred) : '—'],
                  [
                    'Oldest due waited',
                    // Five minutes behind is worth a look.
                    q && (q.oldest_due_age_seconds ?? 0) > 300 ? (
                      <span className={styles.warnText}>{age(q.oldest_due_age_seconds)}</span>
                    ) : (
                      age(q?.oldest_due_age_seconds)
                    ),
                  ],
                  [
                    'Failed',
                    q && q.failed > 0 ? (
                      <Link to={`/admin/deliveries?status=failed&channel=${channel}`}>
                        {count(q.failed)}
                      </Link>
                    ) : q ? (
                      '0'
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
      <AdminHead
        title="Deliveries"
        description="Each notification's email, SMS and push: their state, every attempt and its error."
      >
        <button type="button" className="button primary" onClick={openRetryAll}>
          Retry all failed
        </button>
      </AdminHead>
      <QueueSummary queue={queue.data} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label="Status"
          value={list.filters.status}
          options={STATUS_OPTIONS}
          onChange={(v) => list.setFilter('status', v)}
        />
        <SelectFilter
          label="Channel"
          value={list.filters.channel}
          options={CHANNEL_OPTIONS}
          onChange={(v) => list.setFilter('channel', v)}
        />
        <SelectFilter
          label="Type"
          value={list.filters.type}
          options={TYPE_OPTIONS}
          onChange={(v) => list.setFilter('type', v)}
        />
        <RecordFilter
          label="User"
          value={list.filters.user_id}
          onClear={() => list.setFilter('user_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Deliveries"
        columns={COLUMNS}
        list={list}
        result={deliveries}
        rowKey={(d) => d.id}
        rowTone={(d) => (d.status === 'failed' ? 'failed' : undefined)}
      />
      {askAll && (
        <ReasonDialog
          title="Retry failed deliveries?"
          confirmLabel="Retry deliveries"
          noReason
          busy={retryFailed.isPending}
          onCancel={() => setAskAll(false)}
          onConfirm={() =>
            retryFailed.mutate(channel ? { channel } : {}, {
              onSuccess: ({ retried }) => {
                setAskAll(false);
                toast.success(
                  retried === 0
                    ? 'No failed delivery to retry'
                    : `${count(retried)} ${retried === 1 ? 'delivery' : 'deliveries'} queued again`,
                );
              },
              onError: (err) => toast.error(err.message),
            })
          }
        >
          <p>Every failed delivery goes back in the queue and is tried again now.</p>
          <div className="field">
            <label htmlFor={channelId}>Channel</label>
            <select
              id={channelId}
              className="select"
              value={channel}
              onChange={(e) => setChannel(e.target.value as DeliveryChannel | '')}
            >
              <option value="">All channels</option>
              {CHANNEL_OPTIONS.map((o) => (
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
