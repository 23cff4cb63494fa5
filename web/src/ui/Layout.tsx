import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { NotificationBadge } from '../features/messaging/NotificationBadge.tsx';
import { NotificationCenter } from '../features/notifications/NotificationCenter.tsx';
import { forgetPushOnSignOut, useServiceWorkerNavigation } from '../features/notifications/push.ts';
import { useAuth, useUser } from '../lib/auth.tsx';
import { useProperties, useUnreadCount } from '../lib/queries.ts';
import { useRealtime } from '../lib/realtime.tsx';
import { Avatar } from './Avatar.tsx';
import { SettingsIcon } from './icons.tsx';

const APP_TITLE = 'FlexBNB Messenger';

/** The top bar: navigation with the unread badge, and the signed-in person. */
export function Layout() {
  const me = useUser();
  const { logout } = useAuth();
  const { connected } = useRealtime();
  const unread = useUnreadCount(!connected);
  const hosted = useProperties(true);
  const isHost = (hosted.data?.length ?? 0) > 0;
  const count = unread.data?.conversations ?? 0;
  const notifications = unread.data?.notifications ?? 0;
  useServiceWorkerNavigation();
  const nav = useRef<HTMLElement>(null);
  const { pathname } = useLocation();

  // On a phone the links scroll sideways: keep the current one in sight.
  useEffect(() => {
    nav.current
      ?.querySelector<HTMLElement>('.nav-link.active')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);

  useEffect(() => {
    document.title = count > 0 ? `(${count}) ${APP_TITLE}` : APP_TITLE;
  }, [count]);

  const link = ({ isActive }: { isActive: boolean }) => `nav-link ${isActive ? 'active' : ''}`;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink
          to={isHost ? '/host/messages' : '/messages'}
          className="brand"
          aria-label="FlexBNB Messenger, home"
        >
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-text">
            FlexBNB <span>Messenger</span>
          </span>
        </NavLink>
        <nav aria-label="Main" className="nav" ref={nav}>
          {isHost && (
            <>
              <NavLink to="/host/messages" className={link}>
                Inbox
                <NotificationBadge count={count} label="unread conversations" />
              </NavLink>
              <NavLink to="/host/quick-replies" className={link}>
                Quick replies
              </NavLink>
              <NavLink to="/host/automations" className={link}>
                Automations
              </NavLink>
            </>
          )}
          {!isHost && (
            <NavLink to="/messages" className={link}>
              Messages
              <NotificationBadge count={count} label="unread conversations" />
            </NavLink>
          )}
          <NavLink to="/trips" className={link}>
            Trips
          </NavLink>
          <NavLink to="/properties" className={link}>
            Explore
          </NavLink>
          {me.role === 'admin' && (
            <NavLink to="/admin" className={link}>
              Admin
            </NavLink>
          )}
        </nav>
        <div className="me">
          <NotificationCenter count={notifications} />
          <NavLink
            to="/settings/notifications"
            className={({ isActive }) => `icon-button ${isActive ? 'active' : ''}`}
            aria-label="Notification settings"
            title="Notification settings"
          >
            <SettingsIcon />
          </NavLink>
          <Avatar name={me.name} size={32} />
          <span className="me-name">{me.name}</span>
          <button
            type="button"
            className="button secondary small"
            // This browser stops getting the pushes of whoever signs out of it.
            onClick={() => void forgetPushOnSignOut().finally(logout)}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
