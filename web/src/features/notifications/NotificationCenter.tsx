import { useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
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

/**
 * The bell in the top bar with the unread notifications count; it opens the notification
 * centre, a panel of the newest notifications. Escape or a click outside closes it (Escape
 * gives the focus back to the bell).
 */
export function NotificationCenter({ count }: { count: number }) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };

  return (
    <div className="notification-center" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className={`icon-button bell-button ${open ? 'open' : ''}`}
        aria-label={count > 0 ? `Notifications, ${count} unread` : 'Notifications'}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <BellIcon />
        {count > 0 && (
          <span className="badge bell-badge" aria-hidden="true" data-testid="notification-badge">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && <NotificationPanel id={panelId} panelRef={panel} count={count} onClose={close} />}
    </div>
  );
}

function NotificationPanel({
  id,
  panelRef,
  count,
  onClose,
}: {
  id: string;
  panelRef: RefObject<HTMLDivElement | null>;
  count: number;
  onClose: (restoreFocus: boolean) => void;
}) {
  const me = useUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const list = useNotifications(true);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const headingId = useId();
  const now = new Date();
  const items = list.data ?? [];
  const hasUnread = count > 0 || items.some((n) => !n.is_read);

  const openNotification = async (notification: Notification) => {
    if (!notification.is_read) markRead.mutate(notification);
    onClose(false);
    void navigate(await notificationTarget(client, notification, me.id));
  };

  return (
    <div
      id={id}
      ref={panelRef}
      className="notification-panel"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div className="np-head">
        <h2 id={headingId}>Notifications</h2>
        <button
          type="button"
          className="link-button"
          disabled={!hasUnread || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          Mark all read
        </button>
      </div>
      {list.isPending && <p className="np-empty">Loading…</p>}
      {list.isError && (
        <div className="np-empty" role="alert">
          <p>Your notifications could not be loaded.</p>
          <button
            type="button"
            className="button secondary small"
            onClick={() => void list.refetch()}
          >
            Try again
          </button>
        </div>
      )}
      {list.isSuccess && items.length === 0 && (
        <div className="np-empty">
          <span className="empty-icon">
            <BellIcon />
          </span>
          <p>You are all caught up.</p>
        </div>
      )}
      {items.length > 0 && (
        <ul className="np-list" aria-label="Newest first">
          {items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={`np-item ${n.is_read ? '' : 'unread'}`}
                onClick={() => void openNotification(n)}
              >
                <span className="np-dot" aria-hidden="true" />
                <span className="np-body">
                  <span className="np-top">
                    <span className="np-title">
                      {!n.is_read && <span className="sr-only">Unread: </span>}
                      {n.title}
                    </span>
                    <time
                      className="np-time"
                      dateTime={n.created_at}
                      title={new Date(n.created_at).toLocaleString()}
                    >
                      {relativeTime(n.created_at, now)}
                    </time>
                  </span>
                  <span className="np-text">{n.message}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="np-foot">
        {items.length >= NOTIFICATION_PAGE && (
          <span className="muted small">The latest {NOTIFICATION_PAGE}</span>
        )}
        <Link to="/settings/notifications" onClick={() => onClose(false)}>
          Notification settings
        </Link>
      </div>
    </div>
  );
}
