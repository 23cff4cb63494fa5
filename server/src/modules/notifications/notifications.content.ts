import type { AttachmentKind } from '@flexbnb/contracts';
import type { EmailContent, PushPayload } from './channels/channel.ts';
import type { DeliveryPlanRow, NotificationRow, UnreadLine } from './notifications.repo.ts';

/** How a message of attachments only reads where its text would: one of a kind, many. */
export const SENT_ATTACHMENT_WORDS: Record<AttachmentKind, readonly [string, string]> = {
  image: ['a photo', 'photos'],
  audio: ['a voice message', 'voice messages'],
  file: ['a file', 'files'],
};

/**
 * "Sent a photo", "Sent 3 photos", "Sent a voice message", "Sent 2 attachments" (of several
 * kinds): the text of a message that has none of its own, for a push or an SMS.
 */
export function sentAttachmentsText(attachments: readonly { kind: AttachmentKind }[]): string {
  const kinds = new Set(attachments.map((a) => a.kind));
  const [kind] = kinds;
  if (!kind) return '';
  if (kinds.size > 1) return `Sent ${attachments.length} attachments`;
  const [one, many] = SENT_ATTACHMENT_WORDS[kind];
  return attachments.length === 1 ? `Sent ${one}` : `Sent ${attachments.length} ${many}`;
}

/** "📎 2 attachments: parking.jpg, manual.pdf": what an email says of a message's files. */
export function attachmentsNote(attachments: readonly { name: string }[]): string {
  const count = attachments.length;
  return `📎 ${count} attachment${count === 1 ? '' : 's'}: ${attachments.map((a) => a.name).join(', ')}`;
}

/** A digest line's text: the message's own, else what it sent. */
const lineText = (line: Pick<UnreadLine, 'text' | 'attachments'>) =>
  line.text || sentAttachmentsText(line.attachments ?? []);

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
  webhook_disabled:
    "You get this email because you administer this FlexBNB Messenger and a platform's webhook endpoint stopped working.",
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
  const lines: UnreadLine[] =
    unread.length > 0
      ? unread
      : [
          {
            senderName: notification.title.replace(/^New message from /, ''),
            text: notification.message,
            createdAt: notification.createdAt.toISOString(),
            attachments: null,
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
    // Files are never attached to an email: it names them and links to the conversation.
    digest: lines.map((m) => ({
      senderName: m.senderName,
      text: m.text,
      sentAt: new Date(m.createdAt).toISOString(),
      ...(m.attachments?.length && {
        attachments: { note: attachmentsNote(m.attachments), url: link.absolute },
      }),
    })),
    clock: { locale: user.locale, timeZone: user.timeZone },
    action: { label: 'Reply', url: link.absolute },
  };
}

/** A push shows a new message's latest unread text; a thread's pushes replace each other. */
export function composePush(plan: DeliveryPlanRow, link: Link): PushPayload {
  const { notification, unread } = plan;
  const latest = unread.at(-1);
  const body = latest ? lineText(latest) : notification.message;
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
