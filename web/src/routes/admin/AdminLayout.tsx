import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../../lib/auth.tsx';
import styles from './AdminLayout.module.css';

const SECTIONS = [
  { to: '/admin', label: 'dashboard', end: true },
  { to: '/admin/users', label: 'users' },
  { to: '/admin/properties', label: 'properties' },
  { to: '/admin/reservations', label: 'reservations' },
  { to: '/admin/conversations', label: 'conversations' },
  { to: '/admin/screened-messages', label: 'screenedMessages' },
  { to: '/admin/quick-replies', label: 'quickReplies' },
  { to: '/admin/automations', label: 'automations' },
  { to: '/admin/notifications', label: 'notifications' },
  { to: '/admin/deliveries', label: 'deliveries' },
  { to: '/admin/reminders', label: 'reminders' },
  { to: '/admin/jobs', label: 'jobs' },
  { to: '/admin/api-keys', label: 'apiKeys' },
  { to: '/admin/webhooks', label: 'webhooks' },
  { to: '/admin/audit-log', label: 'auditLog' },
] as const;

/** What anyone but an admin sees at an admin address: nothing that tells the console exists. */
export function NotFound() {
  const { t } = useTranslation('admin');
  return (
    <div className="page narrow">
      <div className="list-empty">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.text')}</p>
        <Link to="/" className="button secondary">
          {t('notFound.home')}
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
  const { t } = useTranslation('admin');
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
      <nav className={styles.nav} aria-label={t('nav.label')} ref={nav}>
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
                {t(`nav.${s.label}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.content}>
        <Suspense fallback={<p className="page muted">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
