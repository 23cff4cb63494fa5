import { useEffect, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  Menu,
  MenuItem,
  MenuTrigger,
  Modal,
  ModalOverlay,
  Popover,
  Separator,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { NotificationBadge } from '../features/messaging/NotificationBadge.tsx';
import { NotificationCenter } from '../features/notifications/NotificationCenter.tsx';
import { forgetPushOnSignOut, useServiceWorkerNavigation } from '../features/notifications/push.ts';
import { useAuth, useUser } from '../lib/auth.tsx';
import { useProperties, useUnreadCount } from '../lib/queries.ts';
import { useRealtime } from '../lib/realtime.tsx';
import { setViewerLocale } from '../lib/time.ts';
import { Avatar } from './Avatar.tsx';
import { CloseIcon } from './icons.tsx';
import styles from './Layout.module.css';
import { accountLinks, navItems, type NavItem } from './navigation.ts';

const APP_TITLE = 'FlexBNB Messenger';

function MenuIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="22"
      height="22"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 7h16M4 12h16M4 17h16" />
    </svg>
  );
}

function useSignOut() {
  const { logout } = useAuth();
  // This browser stops getting the pushes of whoever signs out of it.
  return () => void forgetPushOnSignOut().finally(logout);
}

function NavLinks({
  items,
  unread,
  className,
  onNavigate,
}: {
  items: NavItem[];
  unread: number;
  className: string | undefined;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation('app');
  return (
    <>
      {items.map((item) => (
        <NavLink
          key={item.to}
          to={item.to}
          // "/host/properties" stays lit on its own pages, not on "List your place".
          end={item.to === '/host/properties'}
          className={({ isActive }) =>
            `${className ?? ''} ${isActive ? (styles.active ?? '') : ''}`
          }
          onClick={onNavigate}
        >
          {item.label}
          {item.badge && (
            <NotificationBadge count={unread} label={t('layout.unreadConversations')} />
          )}
        </NavLink>
      ))}
    </>
  );
}

/** Wide screens: the signed-in person, a menu of their account's pages and Sign out. */
function AccountMenu({ name, photoUrl }: { name: string; photoUrl: string | null }) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { t } = useTranslation(['app', 'common']);
  return (
    <MenuTrigger>
      {/* Named by its content: an aria-label would have to hold the avatar's initials too. */}
      <Button className={styles.accountButton}>
        <span className="sr-only">{t('layout.accountMenu', { name })}</span>
        <Avatar name={name} photoUrl={photoUrl} size={32} />
        <bdi className={styles.name} aria-hidden="true">
          {name}
        </bdi>
      </Button>
      <Popover placement="bottom end" className={styles.popover}>
        <Menu
          className={styles.menu}
          onAction={(key) => {
            if (key === 'sign-out') signOut();
            else void navigate(String(key));
          }}
        >
          {accountLinks().map((item) => (
            <MenuItem key={item.to} id={item.to} className={styles.menuItem}>
              {item.label}
            </MenuItem>
          ))}
          <Separator className={styles.separator} />
          <MenuItem id="sign-out" className={styles.menuItem}>
            {t('common:signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/** Narrow screens: one button opens a sheet with the navigation, the account and Sign out. */
function PhoneMenu({
  items,
  unread,
  name,
  photoUrl,
}: {
  items: NavItem[];
  unread: number;
  name: string;
  photoUrl: string | null;
}) {
  const [open, setOpen] = useState(false);
  const signOut = useSignOut();
  const { t } = useTranslation(['app', 'common']);
  const close = () => setOpen(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button
        className={styles.menuButton}
        aria-label={unread > 0 ? t('layout.menuUnread', { count: unread }) : t('layout.menu')}
      >
        <MenuIcon />
        <NotificationBadge count={unread} label={t('layout.unreadConversations')} />
      </Button>
      <ModalOverlay isDismissable className={styles.overlay}>
        <Modal className={styles.sheet}>
          <Dialog className={styles.dialog} aria-label={t('layout.menu')}>
            <div className={styles.sheetHead}>
              <Avatar name={name} photoUrl={photoUrl} size={36} />
              <Heading slot="title" className={styles.sheetName}>
                {name}
              </Heading>
              <Button className="icon-button" aria-label={t('layout.closeMenu')} onPress={close}>
                <CloseIcon />
              </Button>
            </div>
            <nav aria-label={t('layout.main')} className={styles.sheetNav}>
              <NavLinks
                items={items}
                unread={unread}
                className={styles.sheetLink}
                onNavigate={close}
              />
            </nav>
            <nav aria-label={t('layout.account')} className={styles.sheetNav}>
              <NavLinks
                items={accountLinks()}
                unread={0}
                className={styles.sheetLink}
                onNavigate={close}
              />
            </nav>
            <button
              type="button"
              className={`button secondary ${styles.signOut}`}
              onClick={() => {
                close();
                signOut();
              }}
            >
              {t('common:signOut')}
            </button>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** The top bar: navigation with the unread badge, the notification centre and the person. */
export function Layout() {
  const me = useUser();
  const { t } = useTranslation('app');
  const { connected } = useRealtime();
  const unread = useUnreadCount(!connected);
  const hosted = useProperties(true);
  const isHost = (hosted.data?.length ?? 0) > 0;
  const count = unread.data?.conversations ?? 0;
  const notifications = unread.data?.notifications ?? 0;
  useServiceWorkerNavigation();
  const items = navItems({ isHost, isAdmin: me.role === 'admin' });
  // Before the pages below render: they write the viewer's own clock in the profile's locale.
  setViewerLocale(me.locale);

  useEffect(() => {
    document.title = count > 0 ? `(${count}) ${APP_TITLE}` : APP_TITLE;
  }, [count]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header
        className={`${styles.topbar ?? ''} ${items.length > 5 ? (styles.crowded ?? '') : ''}`}
      >
        <NavLink
          to={isHost ? '/host/messages' : '/messages'}
          className={`brand ${styles.brand}`}
          aria-label={t('layout.home')}
        >
          <span className="brand-mark" aria-hidden="true" />
          <span className={`brand-text ${styles.brandText}`}>
            FlexBNB <span>Messenger</span>
          </span>
        </NavLink>
        <nav aria-label={t('layout.main')} className={styles.nav}>
          <NavLinks items={items} unread={count} className={styles.navLink} />
        </nav>
        <div className={styles.me}>
          <NotificationCenter count={notifications} />
          <div className={styles.wideOnly}>
            <AccountMenu name={me.name} photoUrl={me.avatar_url} />
          </div>
          <div className={styles.narrowOnly}>
            <PhoneMenu items={items} unread={count} name={me.name} photoUrl={me.avatar_url} />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
