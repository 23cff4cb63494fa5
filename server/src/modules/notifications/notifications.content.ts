import type { EmailContent, PushPayload } from './channels/channel.ts';
import type { DeliveryPlanRow, NotificationRow } from './notifications.repo.ts';

/** Where a notification takes its user in the web app. */
export interface Link {
  /** A path of the web app, for the service worker. */
  path: string;
  absolute: string;
}

/** The page a notification is about, as its user reaches it. */
export function linkOf(plan: DeliveryPlanRow, publicUrl: string): Link {
  const { notification, thread, stayHostId } = plan;
  let path = '/';
  if (notification.conversationId) {
    const asHost = thread?.hostId === notification.userId;
    path = `${asHost ? '/host/messages' : '/messages'}/${notification.conversationId}`;
  } else if (notification.reservationId) {
    path = stayHostId === notification.userId ? '/host/messages' : '/trips';
  }
  return { path, absolute: `${publicUrl}${path}` };
}

const REASONS: Record<NotificationRow['notificationType'], string> = {
  new_message: 'You get this email because a message to you on FlexBNB Messenger is unread.',
  booking_request: 'You get this email because a guest asked to book one of your places.',
  booking_confirmed: 'You get this email because your booking was confirmed.',
  check_in_reminder: 'You get this email as a reminder of your stay.',
  check_out_reminder: 'You get this email as a reminder of your stay.',
  payment_due_reminder: 'You get this email as a reminder of a payment for your stay.',
  booking_declined: 'You get this email because your booking request was declined.',
  booking_cancelled: 'You get this email because a booking of yours was cancelled.',
  scheduled_message_held:
    'You get this email because a message you scheduled is waiting for details only you can fill in.',
};

/** A new message's email is a digest of its thread's unread messages (see `unread`). */
export function composeEmail(
  plan: DeliveryPlanRow,
  link: Link,
  unsubscribe: { page: string; oneClick: string },
): EmailContent {
  const { notification, user, thread, unread } = plan;
  const base = {
    heading: notification.title,
    action: { label: 'Open in FlexBNB Messenger', url: link.absolute },
    unsubscribeUrl: unsubscribe.page,
    oneClickUnsubscribeUrl: unsubscribe.oneClick,
    reason: REASONS[notification.notificationType],
  };
  if (notification.notificationType !== 'new_message' || !notification.conversationId) {
    return {
      ...base,
      subject: notification.title,
      paragraphs: [`Hi ${user.name},`, notification.message],
    };
  }
  const lines =
    unread.length > 0
      ? unread
      : [
          {
            senderName: notification.title.replace(/^New message from /, ''),
            text: notification.message,
            createdAt: notification.createdAt.toISOString(),
          },
        ];
  const senders = [...new Set(lines.map((m) => m.senderName))];
  const subject =
    lines.length > 1
      ? `${lines.length} new messages from ${senders.join(', ')}`
      : notification.title;
  return {
    ...base,
    subject,
    heading: subject,
    paragraphs: [
      `Hi ${user.name},`,
      thread ? `Unread in your conversation about ${thread.propertyTitle}:` : 'Unread:',
    ],
    digest: lines.map((m) => ({
      senderName: m.senderName,
      text: m.text,
      sentAt: new Date(m.createdAt).toISOString(),
    })),
    action: { label: 'Reply', url: link.absolute },
  };
}

/** A push shows a new message's latest unread text; a thread's pushes replace each other. */
export function composePush(plan: DeliveryPlanRow, link: Link): PushPayload {
  const { notification, unread } = plan;
  const body = unread.at(-1)?.text ?? notification.message;
  return {
    title: notification.title,
    body: body.length > 200 ? `${body.slice(0, 199)}…` : body,
    url: link.path,
    tag: notification.conversationId ?? notification.id,
    notification_id: notification.id,
  };
}

/** The SMS's text before its link (the channel trims it to fit). */
export function composeSms(notification: NotificationRow): string {
  return `FlexBNB: ${notification.title}: ${notification.message}`;
}
