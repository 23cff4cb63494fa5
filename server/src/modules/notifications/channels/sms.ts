import type { Config } from '../../../config.ts';
import { ChannelError, type SentReceipt, type SmsChannel } from './channel.ts';

/** The longest SMS we send: two concatenated segments' worth, link included. */
export const SMS_MAX_LENGTH = 320;
const TIMEOUT_MS = 10_000;
// Three dots rather than "…": U+2026 is outside the GSM 03.38 alphabet, and one such character
// makes the whole message UCS-2, which more than doubles the segments it is billed as.
const ELLIPSIS = '...';

/**
 * Fits `body` and `link` into `max` characters: the text, shortened with an ellipsis when it
 * must be, then a space and the link, which is never cut (a cut link leads nowhere). A link
 * that alone is longer than `max` is sent alone.
 */
export function composeSms(body: string, link: string, max = SMS_MAX_LENGTH): string {
  const text = body.trim();
  const tail = link ? ` ${link}` : '';
  if (text.length + tail.length <= max) return `${text}${tail}`.trim();
  const room = max - tail.length - ELLIPSIS.length;
  if (room <= 0) return link || text.slice(0, max);
  return `${cut(text, room).trimEnd()}${ELLIPSIS}${tail}`;
}

/** The first `max` UTF-16 units of `text`, without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

interface TwilioError {
  code?: number;
  message?: string;
  more_info?: string;
  status?: number;
}

/**
 * The SMS channel over Twilio's Messages API (`POST /2010-04-01/Accounts/{sid}/Messages.json`,
 * HTTP Basic auth, form-encoded `To`, `From`, `Body`). Without Twilio credentials the channel
 * is not `configured`, and `send` rejects with a permanent `ChannelError`.
 *
 * `send` rejects with a `ChannelError`: retryable (`permanent: false`) on a network failure,
 * a timeout (10 s), HTTP 429 or 5xx; permanent on any other refusal (an invalid or
 * unsubscribed number, bad credentials…). Its `responseCode` is Twilio's error code (e.g.
 * `21211`) when the answer carries one, else the HTTP status.
 */
export function createSmsChannel(
  twilio: Config['notifications']['twilio'],
  options: { fetch?: typeof fetch } = {},
): SmsChannel {
  const doFetch = options.fetch ?? fetch;
  return {
    configured: twilio !== undefined,
    async send(to: string, body: string, link: string): Promise<SentReceipt> {
      if (!twilio) {
        throw new ChannelError('SMS is not configured (TWILIO_* are unset)', { permanent: true });
      }
      const url = `${twilio.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(twilio.accountSid)}/Messages.json`;
      const auth = Buffer.from(`${twilio.accountSid}:${twilio.authToken}`).toString('base64');
      let response: Response;
      let text: string;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            authorization: `Basic ${auth}`,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams({
            To: to,
            From: twilio.from,
            Body: composeSms(body, link),
          }).toString(),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        text = await response.text();
      } catch (err) {
        throw new ChannelError(`Twilio unreachable: ${reason(err)}`, {
          permanent: false,
          cause: err,
        });
      }
      const json = parseJson(text);
      if (response.ok) {
        const sid = typeof json?.sid === 'string' ? json.sid : null;
        return { providerMessageId: sid, responseCode: String(response.status) };
      }
      const error = json as TwilioError | undefined;
      const code = typeof error?.code === 'number' ? String(error.code) : null;
      const retryable = response.status === 429 || response.status >= 500;
      const detail = typeof error?.message === 'string' ? error.message : response.statusText;
      throw new ChannelError(
        `Twilio answered ${response.status}${code ? ` (error ${code})` : ''}: ${detail}`,
        { permanent: !retryable, responseCode: code ?? String(response.status) },
      );
    },
  };
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function reason(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
    return `${err.name}: ${err.message}${cause}`;
  }
  return String(err);
}
