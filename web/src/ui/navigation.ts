import { i18n } from '../lib/i18n.ts';

/** One link of the top bar's navigation; `badge` links show the unread conversations. */
export interface NavItem {
  to: string;
  label: string;
  badge?: boolean;
}

/**
 * The top bar's links for who is signed in: hosts run their places (inbox, reservations,
 * listings, quick replies, automations), everyone travels (trips, explore), someone without a
 * place yet has their messages and a way to list one, and admins reach the console. Labelled in
 * the app's language of the moment.
 */
export function navItems({ isHost, isAdmin }: { isHost: boolean; isAdmin: boolean }): NavItem[] {
  const t = i18n.getFixedT(null, 'app', 'nav');
  const items: NavItem[] = isHost
    ? [
        { to: '/host/messages', label: t('inbox'), badge: true },
        { to: '/host/reservations', label: t('reservations') },
        { to: '/host/properties', label: t('listings') },
        { to: '/host/quick-replies', label: t('quickReplies') },
        { to: '/host/automations', label: t('automations') },
      ]
    : [{ to: '/messages', label: t('messages'), badge: true }];
  items.push({ to: '/trips', label: t('trips') }, { to: '/properties', label: t('explore') });
  if (!isHost) items.push({ to: '/host/properties/new', label: t('listYourPlace') });
  if (isAdmin) items.push({ to: '/admin', label: t('admin') });
  return items;
}

/** The account's own pages, in the person's menu. */
export function accountLinks(): NavItem[] {
  const t = i18n.getFixedT(null, 'app', 'nav');
  return [
    { to: '/settings/account', label: t('accountSettings') },
    { to: '/settings/notifications', label: t('notificationSettings') },
  ];
}
