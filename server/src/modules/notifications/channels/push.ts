import { createECDH, createHash } from 'node:crypto';
import type https from 'node:https';
import webpush from 'web-push';
import type { Config } from '../../../config.ts';
import type { DbOrTx } from '../../../platform/db/connect.ts';
import { getOrCreateSetting } from '../../../platform/db/settings.ts';
import {
  ChannelError,
  type PushChannel,
  type PushPayload,
  type PushTarget,
  type SentReceipt,
} from './channel.ts';

/** The `app_settings` key of the generated VAPID key pair (JSON `{publicKey, privateKey}`). */
export const VAPID_SETTING_KEY = 'vapid_keys';
const TIMEOUT_MS = 10_000;
/**
 * The largest payload (UTF-8 JSON) sent: push services must take a 4096-byte body (RFC 8030
 * §7.2), and aes128gcm adds an 86-byte header, a delimiter and a 16-byte tag (RFC 8291 §4).
 */
export const MAX_PUSH_PAYLOAD_BYTES = 4096 - 86 - 1 - 16;
const TOPIC = /^[A-Za-z0-9_-]{1,32}$/;
/** How long a VAPID token is valid (at most 24 h, RFC 8292 §2), and how early it is renewed. */
const VAPID_TOKEN_SECONDS = 12 * 3600;
const VAPID_TOKEN_MARGIN_SECONDS = 3600;

interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The Web Push channel: payloads encrypted for the subscription (RFC 8291, aes128gcm) and
 * signed with VAPID (RFC 8292) by `web-push`.
 *
 * The VAPID key pair is `VAPID_PUBLIC_KEY`/`VAPID_PRIVATE_KEY` when set; otherwise one pair is
 * generated once and kept in `app_settings`, the first node to store it winning, so that every
 * node signs with the key the browsers subscribed with. `options.agent` sets the HTTPS agent
 * (tests trust a loopback push service's certificate through it).
 *
 * Throws an `Error` naming the variable when only one of the two keys is set, when a key is
 * malformed or the two are not a pair.
 *
 * `send` rejects with a `ChannelError`: `gone` (and permanent) for 404 and 410, the
 * subscription having expired or been withdrawn; permanent for 400, 401, 403, 413 and other
 * refusals, for a malformed subscription, and for a VAPID subject that is not a `mailto:` or
 * `https:` URL; retryable for 408, 429, 5xx, a network failure or a timeout (10 s of silence).
 */
export async function createPushChannel(
  db: DbOrTx,
  vapid: Config['notifications']['vapid'],
  options: { agent?: https.Agent } = {},
): Promise<PushChannel> {
  const keys = await vapidKeys(db, vapid);
  // Not thrown here: the subject defaults to PUBLIC_URL, which may well be http:, and that
  // must not stop a node (or its other channels) from starting; every push fails instead.
  const subjectProblem = subjectError(vapid.subject);
  // A VAPID token says who sends to which push service, nothing about the push: one signed per
  // push service and reused for hours costs nothing, where signing each push (web-push parses
  // the key again every time) cost more than the rest of the push.
  const tokens = new Map<string, { authorization: string; renewAt: number }>();
  function authorizationFor(endpoint: string): string {
    const audience = new URL(endpoint).origin;
    const now = Date.now();
    const cached = tokens.get(audience);
    if (cached && cached.renewAt > now) return cached.authorization;
    const expiresAt = Math.floor(now / 1000) + VAPID_TOKEN_SECONDS;
    const { Authorization } = webpush.getVapidHeaders(
      audience,
      vapid.subject,
      keys.publicKey,
      keys.privateKey,
      'aes128gcm',
      expiresAt,
    );
    tokens.set(audience, {
      authorization: Authorization,
      renewAt: now + (VAPID_TOKEN_SECONDS - VAPID_TOKEN_MARGIN_SECONDS) * 1000,
    });
    return Authorization;
  }

  return {
    publicKey: keys.publicKey,
    async send(
      target: PushTarget,
      payload: PushPayload,
      sendOptions: { ttlSeconds: number; urgency: 'normal' | 'high'; topic?: string },
    ): Promise<SentReceipt> {
      if (subjectProblem) throw new ChannelError(subjectProblem, { permanent: true });
      checkTarget(target);
      let result: webpush.SendResult;
      try {
        result = await webpush.sendNotification(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          encodePayload(payload),
          {
            // No `vapidDetails`: the library would sign again; the cached token goes instead.
            headers: { Authorization: authorizationFor(target.endpoint) },
            TTL: Math.max(0, Math.floor(sendOptions.ttlSeconds)),
            urgency: sendOptions.urgency,
            ...(sendOptions.topic ? { topic: pushTopic(sendOptions.topic) } : {}),
            contentEncoding: 'aes128gcm',
            timeout: TIMEOUT_MS,
            ...(options.agent ? { agent: options.agent } : {}),
          },
        );
      } catch (err) {
        throw toChannelError(err);
      }
      const location = result.headers.location;
      return {
        providerMessageId: typeof location === 'string' && location ? location : null,
        responseCode: String(result.statusCode),
      };
    },
  };
}

/**
 * A Topic header (RFC 8030 §5.4) for `topic`: itself when it is at most 32 URL-safe base64
 * characters, else 32 characters of its SHA-256, so that the same tag always coalesces.
 */
export function pushTopic(topic: string): string {
  if (TOPIC.test(topic)) return topic;
  return createHash('sha256').update(topic).digest('base64url').slice(0, 32);
}

/**
 * The payload as JSON within `MAX_PUSH_PAYLOAD_BYTES`: an overlong body is shortened with an
 * ellipsis rather than the push being refused (413) for good.
 */
export function encodePayload(payload: PushPayload): string {
  const json = JSON.stringify(payload);
  if (Buffer.byteLength(json) <= MAX_PUSH_PAYLOAD_BYTES) return json;
  const chars = Array.from(payload.body);
  // The longest prefix of the body (in code points) that fits, by bisection.
  let low = 0;
  let high = chars.length;
  const encode = (n: number) =>
    JSON.stringify({ ...payload, body: `${chars.slice(0, n).join('')}…` });
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(encode(mid)) <= MAX_PUSH_PAYLOAD_BYTES) low = mid;
    else high = mid - 1;
  }
  const fitted = encode(low);
  if (Buffer.byteLength(fitted) > MAX_PUSH_PAYLOAD_BYTES) {
    throw new ChannelError('push payload too large even without its body', { permanent: true });
  }
  return fitted;
}

async function vapidKeys(db: DbOrTx, vapid: Config['notifications']['vapid']): Promise<VapidKeys> {
  const { publicKey, privateKey } = vapid;
  if (publicKey && privateKey) {
    checkKeyPair({ publicKey, privateKey }, 'VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY');
    return { publicKey, privateKey };
  }
  if (publicKey) throw new Error('VAPID_PRIVATE_KEY is unset while VAPID_PUBLIC_KEY is set');
  if (privateKey) throw new Error('VAPID_PUBLIC_KEY is unset while VAPID_PRIVATE_KEY is set');
  // Every node offers its own fresh pair; the first stored is the one all of them use.
  const generated = webpush.generateVAPIDKeys();
  const stored = await getOrCreateSetting(
    db,
    VAPID_SETTING_KEY,
    JSON.stringify({ publicKey: generated.publicKey, privateKey: generated.privateKey }),
  );
  const parsed = JSON.parse(stored) as Partial<VapidKeys>;
  const keys = { publicKey: String(parsed.publicKey), privateKey: String(parsed.privateKey) };
  checkKeyPair(keys, `app_settings '${VAPID_SETTING_KEY}'`);
  return keys;
}

/** The private key is a P-256 scalar whose public point is the public key. */
function checkKeyPair(keys: VapidKeys, source: string) {
  const publicKey = Buffer.from(keys.publicKey, 'base64url');
  const privateKey = Buffer.from(keys.privateKey, 'base64url');
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) {
    throw new Error(`${source}: the public key is not a base64url uncompressed P-256 point`);
  }
  if (privateKey.length !== 32) {
    throw new Error(`${source}: the private key is not 32 base64url-encoded bytes`);
  }
  const ecdh = createECDH('prime256v1');
  try {
    ecdh.setPrivateKey(privateKey);
  } catch {
    throw new Error(`${source}: the private key is not a valid P-256 key`);
  }
  if (!ecdh.getPublicKey().equals(publicKey)) {
    throw new Error(`${source}: the public key is not the private key's`);
  }
}

function subjectError(subject: string): string | undefined {
  let protocol: string | undefined;
  try {
    protocol = new URL(subject).protocol;
  } catch {
    protocol = undefined;
  }
  // Push services refuse a JWT whose `sub` is neither (RFC 8292 §2.1), and web-push throws.
  return protocol === 'mailto:' || protocol === 'https:'
    ? undefined
    : `VAPID_SUBJECT must be a mailto: or https: URL (it defaults to PUBLIC_URL): ${subject}`;
}

/** A subscription that cannot be encrypted for: retrying cannot help. */
function checkTarget(target: PushTarget) {
  let protocol: string | undefined;
  try {
    protocol = new URL(target.endpoint).protocol;
  } catch {
    protocol = undefined;
  }
  const problem =
    protocol !== 'https:'
      ? 'the endpoint is not an https URL'
      : !isP256Point(target.p256dh)
        ? 'p256dh is not an uncompressed P-256 public key'
        : Buffer.from(target.auth, 'base64url').length < 16
          ? 'auth is shorter than 16 bytes'
          : undefined;
  if (problem)
    throw new ChannelError(`Malformed push subscription: ${problem}`, { permanent: true });
}

// Checked here because web-push's own failure would be indistinguishable from a network one.
const probe = createECDH('prime256v1');
probe.generateKeys();

function isP256Point(base64url: string): boolean {
  const point = Buffer.from(base64url, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) return false;
  try {
    probe.computeSecret(point);
    return true;
  } catch {
    return false;
  }
}

function toChannelError(err: unknown): ChannelError {
  if (err instanceof webpush.WebPushError) {
    const status = err.statusCode;
    const detail = err.body ? `: ${err.body.slice(0, 200)}` : '';
    const message = `Push service answered ${status}${detail}`;
    const responseCode = String(status);
    if (status === 404 || status === 410) {
      return new ChannelError(message, { permanent: true, gone: true, responseCode, cause: err });
    }
    const retryable = status === 408 || status === 429 || status >= 500;
    return new ChannelError(message, { permanent: !retryable, responseCode, cause: err });
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new ChannelError(`Push service unreachable: ${reason}`, { permanent: false, cause: err });
}
