import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { useUser } from '../../lib/auth.tsx';
import { notificationTarget } from '../../lib/notification-target.ts';
import { relativeTime } from '../../lib/time.ts';
import { BellIcon } from '../../ui/icons.tsx';
import {
  NOTIFICATION_PAGE,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
  type Notification,
} from './api.ts';
import styles from './NotificationCenter.module.css';

/**
 * The bell in the top bar with the unread notifications count; it opens the notification
 * centre, a panel of the newest notifications. Escape or a click outside closes it, the focus
 * going back to the bell.
 */
export function NotificationCenter({ count }: { count: number }) {
  const { t } = useTranslation('notifications');
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button
        className={`icon-button ${styles.bell}`}
        aria-label={count > 0 ? t('center.bellUnread', { count }) : t('center.bell')}
      >
        <BellIcon />
        {count > 0 && (
          <span
            className={`badge ${styles.count}`}
            aria-hidden="true"
            data-testid="notification-badge"
          >
            {count > 99 ? '99+' : count}
          </span>
        )}
      </Button>
      {/* 10 px under the bell, its right edge 8 px past the bell's. react-aria floors the top
          where the browser would round it: the extra half pixel makes the two agree. */}
      <Popover placement="bottom end" offset={10.5} crossOffset={8} className={styles.popover}>
        <Dialog className={styles.panel}>
          <NotificationPanel count={count} onClose={() => setOpen(false)} />
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

/** What the open notification centre shows; `onClose` shuts it as a notification is opened. */
function NotificationPanel({ count, onClose }: { count: number; onClose: () => void }) {
  const { t, i18n } = useTranslation('notifications');
  const me = useUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const list = useNotifications(true);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const now = new Date();
  const items = list.data ?? [];
  const hasUnread = count > 0 || items.some((n) => !n.is_read);

  const openNotification = async (notification: Notification) => {
    if (!notification.is_read) markRead.mutate(notification);
    onClose();
    void navigate(await notificationTarget(client, notification, me.id));
  };

  return (
    <>
      <div className={styles.head}>
        <Heading slot="title">{t('center.title')}</Heading>
        <button
          type="button"
          className={`link-button ${styles.markAll}`}
          disabled={!hasUnread || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('center.markAllRead')}
        </button>
      </div>
      {list.isPending && <p className={styles.empty}>{t('center.loading')}</p>}
      {list.isError && (
        <div className={styles.empty} role="alert">
          <p>{t('center.loadFailed')}</p>
          <button
            type="button"
            className="button secondary small"
            onClick={() => void list.refetch()}
          >
            {t('center.tryAgain')}
          </button>
        </div>
      )}
      {list.isSuccess && items.length === 0 && (
        <div className={styles.empty}>
          <span className="empty-icon">
            <BellIcon />
          </span>
          <p>{t('center.empty')}</p>
        </div>
      )}
      {items.length > 0 && (
        <ul className={styles.list} aria-label={t('center.list')}>
          {items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={n.is_read ? styles.item : `${styles.item} ${styles.unread}`}
                onClick={() => void openNotification(n)}
              >
                <span className={styles.dot} aria-hidden="true" />
                <span className={styles.body}>
                  <span className={styles.top}>
                    <span className={styles.title}>
                      {!n.is_read && <span className="sr-only">{t('center.unread')}</span>}
                      {n.title}
                    </span>
                    <time
                      className={styles.time}
                      dateTime={n.created_at}
                      title={new Date(n.created_at).toLocaleString(i18n.language)}
                    >
                      {relativeTime(n.created_at, now)}
                    </time>
                  </span>
                  <span className={styles.text}>{n.message}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.foot}>
        {items.length >= NOTIFICATION_PAGE && (
          <span className="muted small">{t('center.latest', { count: NOTIFICATION_PAGE })}</span>
        )}
        <Link to="/settings/notifications" onClick={onClose}>
          {t('center.settings')}
        </Link>
      </div>
    </>
  );
}
