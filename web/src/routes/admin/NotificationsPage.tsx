import {
  ADMIN_NOTIFICATION_SORTS,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  NOTIFICATION_TYPES,
} from '@flexbnb/contracts';
import { Link } from 'react-router';
import { useAdminNotifications, type AdminNotification } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, RecordFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime, humanize } from '../../features/admin/format.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, Person, statusClass } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { CHANNEL_LABELS, TYPE_LABELS } from '../../features/notifications/api.ts';
import { CHANNEL_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from '../../features/admin/options.ts';
import styles from './NotificationsPage.module.css';

const SPEC = listSpec({
  filters: {
    type: NOTIFICATION_TYPES,
    channel: DELIVERY_CHANNELS,
    status: DELIVERY_STATUSES,
    user_id: 'uuid',
  },
  sorts: ADMIN_NOTIFICATION_SORTS,
  defaultSort: '-created_at',
});

const COLUMNS: Column<AdminNotification, (typeof ADMIN_NOTIFICATION_SORTS)[number]>[] = [
  {
    header: 'Created',
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (n) => dateTime(n.created_at),
  },
  { header: 'User', cell: (n) => <Person person={n.user} /> },
  { header: 'Type', cell: (n) => TYPE_LABELS[n.notification_type] },
  { header: 'Title', kind: 'text', cell: (n) => n.title },
  { header: 'In-app', cell: (n) => (n.is_read ? 'Read' : 'Unread') },
  {
    header: 'Deliveries',
    cell: (n) =>
      n.deliveries.length === 0 ? (
        <span className="muted">In-app only</span>
      ) : (
        <ul className={styles.deliveryChips}>
          {n.deliveries.map((d) => (
            <li key={d.id}>
              <Link to={`/admin/deliveries/${d.id}`} className={statusClass(d.status)}>
                {CHANNEL_LABELS[d.channel]}: {humanize(d.status)}
                {d.attempts > 1 ? ` (${d.attempts} tries)` : ''}
              </Link>
            </li>
          ))}
        </ul>
      ),
  },
];

/** Every notification raised, with how each of its deliveries went. */
export function NotificationsPage() {
  const list = useListParams(SPEC);
  const notifications = useAdminNotifications(list.query);
  return (
    <div className="page wide">
      <AdminHead
        title="Notifications"
        description="What each user was told, and how it reached them by email, SMS and push."
      />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label="Type"
          value={list.filters.type}
          options={TYPE_OPTIONS}
          onChange={(v) => list.setFilter('type', v)}
        />
        <SelectFilter
          label="Channel"
          value={list.filters.channel}
          options={CHANNEL_OPTIONS}
          onChange={(v) => list.setFilter('channel', v)}
        />
        <SelectFilter
          label="Status"
          value={list.filters.status}
          options={STATUS_OPTIONS}
          onChange={(v) => list.setFilter('status', v)}
        />
        <RecordFilter
          label="User"
          value={list.filters.user_id}
          onClear={() => list.setFilter('user_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption="Notifications"
        columns={COLUMNS}
        list={list}
        result={notifications}
        rowKey={(n) => n.id}
      />
    </div>
  );
}
