/**
 * What every delivery channel (email, SMS, push) answers, and how it fails. A channel speaks
 * its provider's protocol and nothing else: whether to send, when, and what to record is the
 * notifications service's business.
 */

/** A send the provider accepted. */
export interface SentReceipt {
  /** The provider's id of what it accepted (an SMTP message id, a Twilio SID…), if it gives one. */
  providerMessageId: string | null;
  /** The provider's answer code: an SMTP reply code, an HTTP status. */
  responseCode: string | null;
}

/**
 * A send the provider refused or could not take. `permanent`: trying again cannot succeed
 * (a malformed address, an unknown number, bad credentials); otherwise it is retried with
 * back-off. `gone`: the address no longer exists (a push subscription the push service
 * answers 404 or 410 for) and should be forgotten.
 */
export class ChannelError extends Error {
  override name = 'ChannelError';
  readonly permanent: boolean;
  readonly gone: boolean;
  readonly responseCode: string | null;

  constructor(
    message: string,
    options: { permanent: boolean; gone?: boolean; responseCode?: string | null; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.permanent = options.permanent;
    this.gone = options.gone ?? false;
    this.responseCode = options.responseCode ?? null;
  }
}

/** One message of a conversation, as an email digest lists it. */
/** The reader's own clock: their language and time zone, where they have set them. */
export interface ReaderClock {
  locale: string | null;
  timeZone: string | null;
}

export interface DigestLine {
  senderName: string;
  /** Empty for a message of attachments only. */
  text: string;
  /** ISO-8601. */
  sentAt: string;
  /** The message's files, named (never attached): `note`, linking to `url`. */
  attachments?: { note: string; url: string };
}

/**
 * What an email says, before it is laid out: every field is plain text (the template escapes
 * it); URLs are absolute.
 */
export interface EmailContent {
  /** Subject line. */
  subject: string;
  /** Shown above everything, e.g. "New message from Gina Guest". */
  heading: string;
  /** The body's paragraphs. */
  paragraphs: string[];
  /** For a new message: every message still unread in the thread, oldest first. */
  digest?: DigestLine[];
  /** The reader's language and zone, in which the digest's times are written; UTC without. */
  clock?: ReaderClock;
  /** The button: back to the conversation or the reservation. */
  action: { label: string; url: string };
  /** The page that turns this kind of email off without signing in (the footer's link). */
  unsubscribeUrl: string;
  /**
   * Where a mail client POSTs to do the same without a page (RFC 8058), sent as
   * `List-Unsubscribe`; the footer's page when absent.
   */
  oneClickUnsubscribeUrl?: string;
  /** Why the user gets this email, in the footer. */
  reason: string;
  /** The language the email is written in (ISO 639-1), for `<html lang>`; English when absent. */
  language?: string;
  /** The footer's unsubscribe link's words; "Unsubscribe" when absent. */
  unsubscribeLabel?: string;
}

export interface EmailRecipient {
  email: string;
  name: string;
}

export interface EmailChannel {
  /**
   * Sends one email. `messageId` makes the Message-ID header (stable across retries of the
   * same delivery). Without `SMTP_URL` the email is written to `DATA_DIR/outbox/*.eml`.
   * @throws ChannelError
   */
  send(
    to: EmailRecipient,
    content: EmailContent,
    options: { messageId: string },
  ): Promise<SentReceipt>;
}

export interface SmsChannel {
  /** Whether Twilio is configured: without it an SMS delivery is skipped. */
  readonly configured: boolean;
  /**
   * Sends `body` (trimmed to 320 characters, keeping `link` whole at its end) to `to` (E.164).
   * @throws ChannelError
   */
  send(to: string, body: string, link: string): Promise<SentReceipt>;
}

/** A browser's Web Push subscription, as stored. */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What the service worker receives (JSON) and shows. */
export interface PushPayload {
  title: string;
  body: string;
  /** Where a click on the notification goes (a path of the web app). */
  url: string;
  /** Notifications with the same tag replace each other (one per conversation). */
  tag: string;
  notification_id: string;
}

export interface PushChannel {
  /** The VAPID public key, base64url, for `pushManager.subscribe({ applicationServerKey })`. */
  readonly publicKey: string;
  /**
   * Sends one encrypted push (RFC 8291, aes128gcm) with a VAPID JWT.
   * @throws ChannelError (`gone` for 404 and 410)
   */
  send(
    target: PushTarget,
    payload: PushPayload,
    options: { ttlSeconds: number; urgency: 'normal' | 'high'; topic?: string },
  ): Promise<SentReceipt>;
}
