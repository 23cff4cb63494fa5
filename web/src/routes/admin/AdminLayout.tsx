import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../../lib/auth.tsx';
import styles from './AdminLayout.module.css';

const SECTIONS = [
  { to: '/admin', label: 'Dashboard', end: true },
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/properties', label: 'Properties' },
  { to: '/admin/reservations', label: 'Reservations' },
  { to: '/admin/conversations', label: 'Conversations' },
  { to: '/admin/screened-messages', label: 'Screened messages' },
  { to: '/admin/quick-replies', label: 'Quick replies' },
  { to: '/admin/automations', label: 'Automations' },
  { to: '/admin/notifications', label: 'Notifications' },
  { to: '/admin/deliveries', label: 'Deliveries' },
  { to: '/admin/reminders', label: 'Reminders' },
  { to: '/admin/jobs', label: 'Jobs' },
  { to: '/admin/api-keys', label: 'API keys' },
  { to: '/admin/webhooks', label: 'Webhooks' },
  { to: '/admin/audit-log', label: 'Audit log' },
] as const;

/** What anyone but an admin sees at an admin address: nothing that tells the console exists. */
export function NotFound() {
  return (
    <div className="page narrow">
      <div className="list-empty">
        <h1>Page not found</h1>
        <p>There is nothing at this address.</p>
        <Link to="/" className="button secondary">
          Go home
        </Link>
      </div>
    </div>
  );
}

/**
 * The admin console's frame: admins only (the API refuses everyone else too). Its sections in a
 * side column, which becomes a row of tabs that scrolls sideways on a phone.
 */
export function AdminLayout() {
  const { user } = useAuth();
  const nav = useRef<HTMLElement>(null);
  const { pathname } = useLocation();

  // On a phone the tabs scroll sideways: keep the current one in sight.
  useEffect(() => {
    nav.current
      ?.querySelector<HTMLElement>('[aria-current="page"]')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);

  if (user?.role !== 'admin') return <NotFound />;
  return (
    <div className={styles.admin}>
      <nav className={styles.nav} aria-label="Admin" ref={nav}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink
                to={s.to}
                end={'end' in s}
                className={({ isActive }) =>
                  isActive ? `${styles.tab} ${styles.active}` : styles.tab
                }
              >
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.content}>
        <Suspense fallback={<p className="page muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
