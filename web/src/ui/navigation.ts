/** One link of the top bar's navigation; `badge` links show the unread conversations. */
export interface NavItem {
  to: string;
  label: string;
  badge?: boolean;
}

/**
 * The top bar's links for who is signed in: hosts run their places (inbox, reservations,
 * listings, quick replies, automations), everyone travels (trips, explore), someone without a
 * place yet has their messages and a way to list one, and admins reach the console.
 */
export function navItems({ isHost, isAdmin }: { isHost: boolean; isAdmin: boolean }): NavItem[] {
  const items: NavItem[] = isHost
    ? [
        { to: '/host/messages', label: 'Inbox', badge: true },
        { to: '/host/reservations', label: 'Reservations' },
        { to: '/host/properties', label: 'Listings' },
        { to: '/host/quick-replies', label: 'Quick replies' },
        { to: '/host/automations', label: 'Automations' },
      ]
    : [{ to: '/messages', label: 'Messages', badge: true }];
  items.push({ to: '/trips', label: 'Trips' }, { to: '/properties', label: 'Explore' });
  if (!isHost) items.push({ to: '/host/properties/new', label: 'List your place' });
  if (isAdmin) items.push({ to: '/admin', label: 'Admin' });
  return items;
}

/** The account's own pages, in the person's menu. */
export const ACCOUNT_LINKS: NavItem[] = [
  { to: '/settings/account', label: 'Account settings' },
  { to: '/settings/notifications', label: 'Notification settings' },
];
