import type { DbOrTx } from '../../platform/db/connect.ts';
import type { EmailContent, PushPayload } from './channels/channel.ts';
import * as repo from './notifications.repo.ts';

/** Where a notification takes its user in the web app. */
export interface Link {
  /** A path of the web app, for the service worker. */
  path: string;
  absolute: string;
}

/** The page a notification is about, as its user reaches it. */
export async function linkOf(
  db: DbOrTx,
  notification: repo.NotificationRow,
  publicUrl: string,
): Promise<Link> {
  let path = '/';
  if (notification.conversationId) {
    const thread = await repo.conversationContext(db, notification.conversationId);
    const asHost = thread?.hostId === notification.userId;
    path = `${asHost ? '/host/messages' : '/messages'}/${notification.conversationId}`;
  } else if (notification.reservationId) {
    const stay = await repo.reservationContext(db, notification.reservationId);
    path = stay?.hostId === notification.userId ? '/host/messages' : '/trips';
  }
  return { path, absolute: `${publicUrl}${path}` };
}

/** A new message's email lists every message still unread in its thread, up to this many. */
const DIGEST_LIMIT = 20;

const REASONS: Record<repo.NotificationRow['notificationType'], string> = {
  new_message: 'You get this email because a message to you on FlexBNB Messenger is unread.',
  booking_request: 'You get this email because a guest asked to book one of your places.',
  booking_confirmed: 'You get this email because your booking was confirmed.',
  check_in_reminder: 'You get this email as a reminder of your stay.',
  check_out_reminder: 'You get this email as a reminder of your stay.',
  payment_due_reminder: 'You get this email as a reminder of a payment for your stay.',
};

export async function composeEmail(
  db: DbOrTx,
  notification: repo.NotificationRow,
  user: { id: string; name: string },
  link: Link,
  options: { unsubscribeUrl: string; oneClickUnsubscribeUrl: string },
): Promise<EmailContent> {
  const base = {
    heading: notification.title,
    action: { label: 'Open in FlexBNB Messenger', url: link.absolute },
    unsubscribeUrl: options.unsubscribeUrl,
    oneClickUnsubscribeUrl: options.oneClickUnsubscribeUrl,
    reason: REASONS[notification.notificationType],
  };
  if (notification.notificationType !== 'new_message' || !notification.conversationId) {
    return {
      ...base,
      subject: notification.title,
      paragraphs: [`Hi ${user.name},`, notification.message],
    };
  }
  const [thread, unread] = await Promise.all([
    repo.conversationContext(db, notification.conversationId),
    repo.unreadInThread(db, notification.conversationId, user.id, DIGEST_LIMIT),
  ]);
  const senders = [...new Set(unread.map((m) => m.senderName))];
  const subject =
    unread.length > 1
      ? `${unread.length} new messages from ${senders.join(', ')}`
      : notification.title;
  return {
    ...base,
    subject,
    heading: subject,
    paragraphs: [
      `Hi ${user.name},`,
      thread ? `Unread in your conversation about ${thread.propertyTitle}:` : 'Unread:',
    ],
    digest: (unread.length > 0
      ? unread
      : [
          {
            senderName: notification.title.replace(/^New message from /, ''),
            text: notification.message,
            createdAt: notification.createdAt,
          },
        ]
    ).map((m) => ({ senderName: m.senderName, text: m.text, sentAt: m.createdAt.toISOString() })),
    action: { label: 'Reply', url: link.absolute },
  };
}

export async function composePush(
  db: DbOrTx,
  notification: repo.NotificationRow,
  user: { id: string },
  link: Link,
): Promise<PushPayload> {
  let body = notification.message;
  if (notification.notificationType === 'new_message' && notification.conversationId) {
    // The latest unread message: a push replaces the last one of its thread (same tag).
    const [latest] = (
      await repo.unreadInThread(db, notification.conversationId, user.id, 1)
    ).reverse();
    if (latest) body = latest.text;
  }
  return {
    title: notification.title,
    body: body.length > 200 ? `${body.slice(0, 199)}…` : body,
    url: link.path,
    tag: notification.conversationId ?? notification.id,
    notification_id: notification.id,
  };
}

/** The SMS's text before its link (the channel trims it to fit). */
export function composeSms(notification: repo.NotificationRow): string {
  return `FlexBNB: ${notification.title}: ${notification.message}`;
}
