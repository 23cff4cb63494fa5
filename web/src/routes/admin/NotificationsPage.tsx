import {
  ADMIN_NOTIFICATION_SORTS,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  NOTIFICATION_TYPES,
} from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminNotifications, type AdminNotification } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, RecordFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, Person, statusClass } from '../../features/admin/parts.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { channelOptions, statusOptions, typeOptions } from '../../features/admin/options.ts';
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

const columns = (
  t: AdminT,
): Column<AdminNotification, (typeof ADMIN_NOTIFICATION_SORTS)[number]>[] => [
  {
    header: t('field.created'),
    sortKey: 'created_at',
    firstDirection: 'desc',
    cell: (n) => dateTime(n.created_at),
  },
  { header: t('field.user'), cell: (n) => <Person person={n.user} /> },
  { header: t('field.type'), cell: (n) => t(`notificationType.${n.notification_type}`) },
  { header: t('field.title'), kind: 'text', cell: (n) => n.title },
  {
    header: t('field.inApp'),
    cell: (n) => (n.is_read ? t('status.inApp.read') : t('status.inApp.unread')),
  },
  {
    header: t('field.deliveries'),
    cell: (n) =>
      n.deliveries.length === 0 ? (
        <span className="muted">{t('notifications.inAppOnly')}</span>
      ) : (
        <ul className={styles.deliveryChips}>
          {n.deliveries.map((d) => (
            <li key={d.id}>
              <Link to={`/admin/deliveries/${d.id}`} className={statusClass(d.status)}>
                {d.attempts > 1
                  ? t('notifications.chipTries', {
                      channel: t(`channel.${d.channel}`),
                      status: t(`status.delivery.${d.status}`),
                      n: d.attempts,
                    })
                  : t('notifications.chip', {
                      channel: t(`channel.${d.channel}`),
                      status: t(`status.delivery.${d.status}`),
                    })}
              </Link>
            </li>
          ))}
        </ul>
      ),
  },
];

/** Every notification raised, with how each of its deliveries went. */
export function NotificationsPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const notifications = useAdminNotifications(list.query);
  return (
    <div className="page wide">
      <AdminHead title={t('notifications.title')} description={t('notifications.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label={t('field.type')}
          value={list.filters.type}
          options={typeOptions(t)}
          onChange={(v) => list.setFilter('type', v)}
        />
        <SelectFilter
          label={t('field.channel')}
          value={list.filters.channel}
          options={channelOptions(t)}
          onChange={(v) => list.setFilter('channel', v)}
        />
        <SelectFilter
          label={t('field.status')}
          value={list.filters.status}
          options={statusOptions(t)}
          onChange={(v) => list.setFilter('status', v)}
        />
        <RecordFilter
          kind="user"
          value={list.filters.user_id}
          onClear={() => list.setFilter('user_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('notifications.title')}
        columns={columns(t)}
        list={list}
        result={notifications}
        rowKey={(n) => n.id}
      />
    </div>
  );
}
