import type { Language, NotificationType } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { english } from '../../platform/i18n.ts';
import type { EmailContent, PushPayload } from './channels/channel.ts';
import type { DeliveryPlanRow, UnreadLine } from './notifications.repo.ts';
import { sentAttachmentsText, type Worded } from './notifications.texts.ts';

export { sentAttachmentsText } from './notifications.texts.ts';

/** "📎 2 attachments: parking.jpg, manual.pdf": what an email says of a message's files. */
export function attachmentsNote(
  attachments: readonly { name: string }[],
  t: TFunction<'notify'> = english,
): string {
  return t('email.attachments', {
    count: attachments.length,
    names: attachments.map((a) => a.name).join(', '),
  });
}

/** A notification's texts in its reader's language, and the translator of that language. */
export interface ReaderTexts {
  language: Language;
  t: TFunction<'notify'>;
  /** The notification's title and message, worded for the reader. */
  words: Worded;
}

/** A digest line's text: the message's own, else what it sent. */
const lineText = (line: Pick<UnreadLine, 'text' | 'attachments'>, t: TFunction<'notify'>) =>
  line.text || sentAttachmentsText(line.attachments ?? [], t);

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

const REASONS = {
  new_message: 'email.reasons.newMessage',
  booking_request: 'email.reasons.bookingRequest',
  booking_confirmed: 'email.reasons.bookingConfirmed',
  check_in_reminder: 'email.reasons.checkInReminder',
  check_out_reminder: 'email.reasons.checkOutReminder',
  payment_due_reminder: 'email.reasons.paymentDueReminder',
  booking_declined: 'email.reasons.bookingDeclined',
  booking_cancelled: 'email.reasons.bookingCancelled',
  scheduled_message_held: 'email.reasons.scheduledMessageHeld',
  webhook_disabled: 'email.reasons.webhookDisabled',
} as const satisfies Record<NotificationType, string>;

/**
 * A new message's email is a digest of its thread's unread messages (see `unread`). Every
 * word is in the reader's language (`reader`), and so are the digest's times, on their clock.
 */
export function composeEmail(
  plan: DeliveryPlanRow,
  link: Link,
  unsubscribe: { page: string; oneClick: string },
  reader: ReaderTexts,
): EmailContent {
  const { notification, user, thread, unread } = plan;
  const { t, words, language } = reader;
  const base = {
    heading: words.title,
    action: { label: t('email.openButton'), url: link.absolute },
    unsubscribeUrl: unsubscribe.page,
    oneClickUnsubscribeUrl: unsubscribe.oneClick,
    reason: t(REASONS[notification.notificationType]),
    // English is the layout's own: its emails are as they always were.
    ...(language !== 'en' && { language, unsubscribeLabel: t('email.unsubscribe') }),
  };
  const greeting = t('email.greeting', { name: user.name });
  if (notification.notificationType !== 'new_message' || !notification.conversationId) {
    return {
      ...base,
      subject: words.title,
      paragraphs: [greeting, words.message],
    };
  }
  const sender = notification.params?.sender;
  const lines: UnreadLine[] =
    unread.length > 0
      ? unread
      : [
          {
            senderName:
              typeof sender === 'string'
                ? sender
                : notification.title.replace(/^New message from /, ''),
            text: words.message,
            createdAt: notification.createdAt.toISOString(),
            attachments: null,
          },
        ];
  const senders = [...new Set(lines.map((m) => m.senderName))];
  const subject =
    lines.length > 1
      ? t('email.newMessages', { count: lines.length, senders: senders.join(', ') })
      : words.title;
  return {
    ...base,
    subject,
    heading: subject,
    paragraphs: [
      greeting,
      thread ? t('email.unreadAbout', { property: thread.propertyTitle }) : t('email.unread'),
    ],
    // Files are never attached to an email: it names them and links to the conversation.
    digest: lines.map((m) => ({
      senderName: m.senderName,
      text: m.text,
      sentAt: new Date(m.createdAt).toISOString(),
      ...(m.attachments?.length && {
        attachments: { note: attachmentsNote(m.attachments, t), url: link.absolute },
      }),
    })),
    // A reader who chose no locale reads the digest's times as their language writes them.
    clock: {
      locale: user.locale ?? (language === 'en' ? null : language),
      timeZone: user.timeZone,
    },
    action: { label: t('email.replyButton'), url: link.absolute },
  };
}

/** A push shows a new message's latest unread text; a thread's pushes replace each other. */
export function composePush(plan: DeliveryPlanRow, link: Link, reader: ReaderTexts): PushPayload {
  const { notification, unread } = plan;
  const latest = unread.at(-1);
  const body = latest ? lineText(latest, reader.t) : reader.words.message;
  return {
    title: reader.words.title,
    body: body.length > 200 ? `${body.slice(0, 199)}…` : body,
    url: link.path,
    tag: notification.conversationId ?? notification.id,
    notification_id: notification.id,
  };
}

/** The SMS's text before its link (the channel trims it to fit). */
export function composeSms(reader: ReaderTexts): string {
  return reader.t('sms.text', { title: reader.words.title, message: reader.words.message });
}
