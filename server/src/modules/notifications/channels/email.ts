/**
 * The email channel: Nodemailer over SMTP (`SMTP_URL`), or `.eml` files in `DATA_DIR/outbox`
 * when no SMTP server is configured, so that a laptop install shows what it would have sent.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { NodemailerError, SendMailOptions } from 'nodemailer';
import { ChannelError } from './channel.ts';
import type { EmailChannel, EmailContent, EmailRecipient, SentReceipt } from './channel.ts';
import { renderEmail, safeHttpUrl } from './email.templates.ts';

export interface EmailChannelOptions {
  /** `smtp://` or `smtps://` URL, credentials and query options included; unset: the outbox. */
  smtpUrl: string | undefined;
  /** The From header, e.g. `FlexBNB Messenger <no-reply@example.com>`. */
  from: string;
  /** The outbox is `<dataDir>/outbox`. */
  dataDir: string;
  log: { info(obj: object, msg: string): void };
}

const MESSAGE_ID_DOMAIN = 'flexbnb-messenger';

/**
 * The Message-ID for a delivery: the same `messageId` always gives the same header, so that a
 * retried delivery the server had in fact accepted can be recognised as a duplicate.
 */
export function messageIdHeader(messageId: string): string {
  // An id that is already a valid dot-atom (a UUID, "uuid.3") is used as is, so it can be read
  // back; anything else is base64url-encoded into a valid, still stable, one.
  const local =
    /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/.test(messageId) && messageId.length <= 200
      ? messageId
      : Buffer.from(messageId, 'utf8').toString('base64url');
  return `<${local}@${MESSAGE_ID_DOMAIN}>`;
}

// Deliberately simple: the address was validated when it was stored. This only refuses what
// would change the envelope (several recipients, a display name in the address field).
const PLAIN_ADDRESS = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+$/;

function mailOptions(
  from: string,
  to: EmailRecipient,
  content: EmailContent,
  rendered: { html: string; text: string; unsubscribeUrl: string },
  messageId: string,
): SendMailOptions {
  if (!PLAIN_ADDRESS.test(to.email)) {
    throw new ChannelError('the recipient is not a single plain email address', {
      permanent: true,
    });
  }
  return {
    from,
    to: { name: to.name, address: to.email },
    subject: content.subject,
    messageId,
    text: rendered.text,
    html: rendered.html,
    // Chosen rather than detected: detection scans both bodies on every email, and
    // quoted-printable keeps the source of an outbox file readable.
    textEncoding: 'quoted-printable',
    headers: {
      // RFC 8058 one-click unsubscribe: mail clients POST to the URL without a page in between.
      'List-Unsubscribe': `<${
        content.oneClickUnsubscribeUrl
          ? safeHttpUrl(content.oneClickUnsubscribeUrl, 'one-click unsubscribe URL')
          : rendered.unsubscribeUrl
      }>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // RFC 3834: out-of-office replies are not sent back to a notification.
      'Auto-Submitted': 'auto-generated',
    },
  };
}

/** Words that must never reach a log or an error message: the SMTP URL's password. */
function secretsOf(smtpUrl: string | undefined): string[] {
  if (!smtpUrl) return [];
  try {
    const { password } = new URL(smtpUrl);
    if (!password) return [];
    const secrets = [password, decodeURIComponent(password)];
    return [...new Set(secrets)].filter((s) => s.length > 0);
  } catch {
    return [smtpUrl];
  }
}

function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('***');
  return result;
}

function isNodemailerError(err: unknown): err is NodemailerError {
  return err instanceof Error;
}

// Errors raised before anything reached a server, which a retry would raise again: a sender
// the library refuses, credentials missing or of an unknown kind, a broken configuration.
const LOCAL_PERMANENT_CODES = new Set(['EENVELOPE', 'ENOAUTH', 'EAUTH', 'ECONFIG']);

/**
 * Maps what Nodemailer threw to a ChannelError. An SMTP reply decides by its class: 5xx is
 * permanent except 503 (a bad command sequence is the session's state, not a verdict on the
 * message, as RFC 5321 and Nodemailer read it), 4xx is transient. Without a reply, a
 * connection or timeout problem is transient and a local refusal permanent.
 */
function toChannelError(err: unknown, secrets: readonly string[]): ChannelError {
  if (err instanceof ChannelError) return err;
  if (!isNodemailerError(err)) {
    return new ChannelError('sending the email failed', { permanent: false });
  }
  const reply = err.responseCode;
  const hasReply = typeof reply === 'number' && reply >= 200 && reply < 600;
  const permanent = hasReply
    ? reply >= 500 && reply !== 503
    : LOCAL_PERMANENT_CODES.has(err.code ?? '');
  const code = [err.code, err.originalCode].filter(Boolean).join('/');
  // Built from the parts rather than passed through, and without the original error as its
  // cause: whatever a server or a proxy echoes is cut short and stripped of the password.
  const detail = redact(err.message, secrets).slice(0, 300);
  const message = `SMTP ${err.command ? `${err.command} ` : ''}failed${code ? ` (${code})` : ''}: ${detail}`;
  return new ChannelError(message, {
    permanent,
    responseCode: hasReply ? String(reply) : null,
  });
}

function smtpReplyCode(response: unknown): string | null {
  const match = typeof response === 'string' ? /^(\d{3})\b/.exec(response) : null;
  return match?.[1] ?? null;
}

/** Hands a composed email to its destination. */
export interface MailSender {
  send(mail: SendMailOptions, messageId: string): Promise<SentReceipt>;
  close(): void;
}

function smtpSender(smtpUrl: string): MailSender {
  const secrets = secretsOf(smtpUrl);
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    // Connections are reused across deliveries (a handshake costs more than a message); the
    // URL's query string can override every one of these.
    maxConnections: 32,
    maxMessages: 1000,
    // A job holds a lease while it sends: fail within seconds rather than Nodemailer's minutes,
    // and let the retry with back-off do the waiting.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
  });
  return {
    async send(mail: SendMailOptions): Promise<SentReceipt> {
      try {
        const info = await transport.sendMail(mail);
        return { providerMessageId: info.messageId, responseCode: smtpReplyCode(info.response) };
      } catch (err) {
        throw toChannelError(err, secrets);
      }
    },
    close(): void {
      transport.close();
    },
  };
}

function outboxWriter(options: EmailChannelOptions): MailSender {
  const outbox = path.join(options.dataDir, 'outbox');
  // Made once, on the first email; a failure is retried by the next email.
  let ready: Promise<unknown> | undefined;
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    // RFC 5322 line endings, so the file opens as a message in any mail client.
    newline: 'windows',
  });
  return {
    async send(mail: SendMailOptions, messageId: string): Promise<SentReceipt> {
      try {
        const info = await transport.sendMail(mail);
        const bytes = info.message;
        if (!Buffer.isBuffer(bytes)) throw new Error('the stream transport returned no buffer');
        ready ??= mkdir(outbox, { recursive: true }).catch((err: unknown) => {
          ready = undefined;
          throw err;
        });
        await ready;
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const name = `${stamp}-${messageId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80)}.eml`;
        const file = path.join(outbox, name);
        // Written aside and renamed, so a reader watching the folder never sees half a message.
        const partial = `${file}.${randomBytes(4).toString('hex')}.tmp`;
        await writeFile(partial, bytes);
        await rename(partial, file);
        options.log.info({ path: file }, 'email written to the outbox (no SMTP_URL)');
        return { providerMessageId: info.messageId, responseCode: null };
      } catch (err) {
        if (err instanceof ChannelError) throw err;
        // A full or read-only disk can be fixed by an operator: retry rather than give up.
        const code = (err as NodeJS.ErrnoException).code;
        throw new ChannelError(
          `writing the email to the outbox failed${code ? ` (${code})` : ''}`,
          {
            permanent: false,
            cause: err,
          },
        );
      }
    },
    close(): void {
      transport.close();
    },
  };
}

/**
 * Where the email channel hands its messages, for other emails that go the same way (an
 * account's single-use links): SMTP when `smtpUrl` is set, the outbox (logged) otherwise.
 * `send` throws ChannelError, as the channel's does.
 */
export function createMailSender(options: EmailChannelOptions): MailSender {
  return options.smtpUrl ? smtpSender(options.smtpUrl) : outboxWriter(options);
}

/**
 * Creates the email channel. With `smtpUrl`, emails go out over a pooled SMTP connection;
 * without it, each is written to `<dataDir>/outbox/<time>-<messageId>.eml` and its path logged.
 * The HTML and text bodies come from the MJML layout in `email.templates.ts`, compiled on the
 * first email (so that one takes longer) and reused after.
 *
 * `send` resolves with the Message-ID (`<messageId@flexbnb-messenger>`, the same for every
 * retry of one delivery) and the SMTP reply code (null for the outbox). It throws ChannelError:
 * permanent for a 5xx reply (except 503), a non-http(s) URL in the content or a malformed
 * recipient; transient for a 4xx reply, a refused or timed-out connection, or an outbox write
 * that failed, or a layout that failed to load. Its messages never contain the SMTP password.
 *
 * `close()` ends the pooled SMTP connections.
 */
export function createEmailChannel(options: EmailChannelOptions): EmailChannel & { close(): void } {
  const sender = createMailSender(options);

  return {
    async send(to, content, { messageId }) {
      let mail: SendMailOptions;
      try {
        const rendered = await renderEmail(content);
        mail = mailOptions(options.from, to, content, rendered, messageIdHeader(messageId));
      } catch (err) {
        if (err instanceof ChannelError) throw err;
        // The layout failed to load or compile. Retried: loading can fail for a passing reason
        // (no file descriptors left), and a broken layout runs out of attempts anyway.
        throw new ChannelError(`laying out the email failed: ${String(err)}`, {
          permanent: false,
          cause: err,
        });
      }
      return sender.send(mail, messageId);
    },
    close() {
      sender.close();
    },
  };
}
