// A Web Push service on loopback, for tests: what a browser vendor's push service does with a
// push message (RFC 8030), checked as strictly as the RFCs allow — VAPID (RFC 8292) verified
// and the aes128gcm body (RFC 8291, RFC 8188) decrypted with node:crypto alone, so that it
// checks the web-push library independently rather than by reusing its code.
import { execFile } from 'node:child_process';
import {
  createECDH,
  createPublicKey,
  createDecipheriv,
  hkdfSync,
  randomBytes,
  randomUUID,
  verify,
} from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What push services must accept at least (RFC 8030 §7.2); a larger message is refused (413). */
export const MAX_PUSH_BODY_BYTES = 4096;

/** A browser's subscription to the stand-in, with the keys only the browser would hold. */
export interface StandInSubscription {
  id: string;
  /** `https://127.0.0.1:<port>/push/<id>` */
  endpoint: string;
  /** As `PushSubscription.toJSON()` gives them: base64url. */
  keys: { p256dh: string; auth: string };
  /** Decrypts an aes128gcm body sent to this subscription (throws when it cannot). */
  decrypt(body: Buffer): string;
}

export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
  [claim: string]: unknown;
}

/** A push message the stand-in accepted. */
export interface ReceivedPush {
  subscriptionId: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The decrypted payload; null for a push without a body. */
  payload: string | null;
  /** The verified JWT's claims and the `k` public key (base64url) it was verified with. */
  vapid: { claims: VapidClaims; publicKey: string };
  /** The answer it got: 201 unless `respondWith` said otherwise. */
  status: number;
}

/** A request the stand-in refused, and why. */
export interface RejectedPush {
  path: string;
  status: number;
  reason: string;
}

export interface PushServiceStandIn {
  /** `https://127.0.0.1:<port>` — the `aud` every VAPID JWT must carry. */
  origin: string;
  /** Trusts the stand-in's certificate; give it to the push channel. */
  agent: https.Agent;
  /** The PEM of the CA that signed the stand-in's certificate. */
  ca: string;
  /** The same PEM in a file, for `NODE_EXTRA_CA_CERTS` of a child process; removed by `close`. */
  caPath: string;
  /**
   * A new subscription, with its own P-256 key pair and 16-byte auth secret. With
   * `applicationServerKey` (base64url) it is restricted to that VAPID key, as a browser's is
   * (RFC 8292 §4): a push signed with any other key is refused with 403.
   */
  subscribe(options?: { applicationServerKey?: string }): StandInSubscription;
  /** Every push accepted (well-formed and authenticated), oldest first. */
  received: ReceivedPush[];
  /** Every request refused for breaking RFC 8030/8291/8292, oldest first. */
  rejected: RejectedPush[];
  /**
   * How the push service answers a valid push to `subscription` from now on (201 by default):
   * 410 for a subscription that expired, 404, 429, 500… `null` restores the default.
   */
  respondWith(
    subscription: StandInSubscription | string,
    answer: number | { status: number; headers?: Record<string, string> } | null,
  ): void;
  /**
   * Resolves with the accepted pushes (to `subscription`, if given) once there are `count` of
   * them; rejects after `timeoutMs` (10 s by default).
   */
  waitForPushes(
    count: number,
    options?: { subscription?: StandInSubscription | string; timeoutMs?: number },
  ): Promise<ReceivedPush[]>;
  close(): Promise<void>;
}

interface Subscription {
  ecdh: ReturnType<typeof createECDH>;
  publicKey: Buffer;
  auth: Buffer;
  applicationServerKey: string | undefined;
  answer: { status: number; headers?: Record<string, string> } | null;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Starts a push service on `https://127.0.0.1:<random port>`, with a certificate for
 * 127.0.0.1 and localhost signed by a throwaway CA made with the `openssl` CLI.
 */
export async function startPushService(): Promise<PushServiceStandIn> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'flexbnb-push-'));
  let tls: Awaited<ReturnType<typeof makeCertificate>>;
  try {
    tls = await makeCertificate(dir);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const subscriptions = new Map<string, Subscription>();
  const received: ReceivedPush[] = [];
  const rejected: RejectedPush[] = [];
  const waiters = new Set<() => void>();
  let origin = '';

  const accept = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = req.url ?? '/';
    const id = /^\/push\/([A-Za-z0-9-]+)$/.exec(url)?.[1];
    const subscription = id ? subscriptions.get(id) : undefined;
    try {
      if (req.method !== 'POST') throw new Refusal(405, `method ${req.method}`);
      if (!id || !subscription) throw new Refusal(404, 'no such subscription');
      const vapid = checkVapid(req.headers.authorization, origin, subscription, verified);
      checkHeaders(req.headers, body);
      const payload =
        body.length > 0 ? decryptAes128gcm(body, subscription.ecdh, subscription.auth) : null;
      const answer = subscription.answer ?? { status: 201 };
      const messageId = randomUUID();
      received.push({
        subscriptionId: id,
        path: url,
        headers: req.headers,
        body,
        payload,
        vapid,
        status: answer.status,
      });
      for (const wake of waiters) wake();
      res
        .writeHead(answer.status, {
          ...(answer.status === 201 ? { location: `${origin}/message/${messageId}` } : {}),
          ...answer.headers,
        })
        .end();
    } catch (err) {
      const status = err instanceof Refusal ? err.status : 400;
      const reason = err instanceof Error ? err.message : String(err);
      rejected.push({ path: url, status, reason });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(reason);
    }
  };

  const verified = new Set<string>();
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    accept(req, res).catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new https.Agent({ ca: tls.ca, keepAlive: false });

  const idOf = (s: StandInSubscription | string) => (typeof s === 'string' ? s : s.id);

  return {
    origin,
    agent,
    ca: tls.ca,
    caPath: tls.caPath,
    received,
    rejected,
    subscribe(options = {}) {
      const id = randomUUID();
      const ecdh = createECDH('prime256v1');
      const publicKey = ecdh.generateKeys();
      const auth = randomBytes(16);
      const subscription: Subscription = {
        ecdh,
        publicKey,
        auth,
        applicationServerKey: options.applicationServerKey,
        answer: null,
      };
      subscriptions.set(id, subscription);
      return {
        id,
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: publicKey.toString('base64url'), auth: auth.toString('base64url') },
        decrypt: (body) => decryptAes128gcm(body, ecdh, auth),
      };
    },
    respondWith(target, answer) {
      const subscription = subscriptions.get(idOf(target));
      if (!subscription) throw new Error(`unknown subscription ${idOf(target)}`);
      subscription.answer = typeof answer === 'number' ? { status: answer } : answer;
    },
    waitForPushes(count, { subscription, timeoutMs = 10_000 } = {}) {
      const id = subscription === undefined ? undefined : idOf(subscription);
      const matching = () =>
        id === undefined ? received : received.filter((r) => r.subscriptionId === id);
      return new Promise((resolve, reject) => {
        const check = () => {
          const pushes = matching();
          if (pushes.length < count) return;
          cleanup();
          resolve(pushes.slice(0, count));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`${matching().length} of ${count} pushes after ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** RFC 8030 §5: the headers a push message must carry, and its size. */
function checkHeaders(headers: IncomingHttpHeaders, body: Buffer) {
  // A header sent twice would arrive joined or as a list; either way it is not one valid value.
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const ttl = one('ttl');
  if (ttl === undefined) throw new Refusal(400, 'TTL header missing');
  if (!/^\d+$/.test(ttl)) throw new Refusal(400, `TTL not a number: ${ttl}`);
  const urgency = one('urgency');
  if (urgency !== undefined && !['very-low', 'low', 'normal', 'high'].includes(urgency)) {
    throw new Refusal(400, `Urgency invalid: ${urgency}`);
  }
  const topic = one('topic');
  if (topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(topic)) {
    throw new Refusal(400, `Topic must be 1 to 32 base64url characters: ${topic}`);
  }
  if (body.length > MAX_PUSH_BODY_BYTES) {
    throw new Refusal(413, `body of ${body.length} bytes exceeds ${MAX_PUSH_BODY_BYTES}`);
  }
  if (body.length > 0 && headers['content-encoding'] !== 'aes128gcm') {
    throw new Refusal(400, `Content-Encoding must be aes128gcm: ${headers['content-encoding']}`);
  }
}

/**
 * RFC 8292: `Authorization: vapid t=<JWT>, k=<public key>`; the JWT is ES256-signed by k, its
 * `aud` is the push service's origin, its `exp` at most 24 hours ahead, its `sub` a contact.
 * Absent authentication is answered 401, invalid 403 (§4.2).
 */
function checkVapid(
  authorization: string | undefined,
  origin: string,
  subscription: Subscription,
  verified: Set<string>,
): ReceivedPush['vapid'] {
  const scheme = /^vapid\s+(.*)$/i.exec(authorization ?? '');
  if (!scheme) throw new Refusal(401, `no vapid authorization: ${authorization}`);
  const params = new Map<string, string>();
  for (const part of scheme[1]!.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const jwt = params.get('t');
  const k = params.get('k');
  if (!jwt || !k) throw new Refusal(401, 'vapid authorization without t or k');
  if (subscription.applicationServerKey && subscription.applicationServerKey !== k) {
    throw new Refusal(403, 'k is not the key the subscription was made with');
  }
  const raw = Buffer.from(k, 'base64url');
  if (raw.length !== 65 || raw[0] !== 0x04) {
    throw new Refusal(403, 'k is not an uncompressed P-256 point');
  }
  const parts = jwt.split('.');
  if (parts.length !== 3) throw new Refusal(403, 'malformed JWT');
  const [headerB64, claimsB64, signatureB64] = parts as [string, string, string];
  const header = parseJsonPart(headerB64);
  if (header.alg !== 'ES256') throw new Refusal(403, `JWT alg ${String(header.alg)}`);
  // A sender reuses its token for hours, as push services expect: a signature checked once
  // holds for the same token and key; the claims' times are checked on every push.
  if (!verified.has(`${jwt} ${k}`)) {
    verifySignature(headerB64, claimsB64, signatureB64, raw);
    verified.add(`${jwt} ${k}`);
  }
  const claims = parseJsonPart(claimsB64);
  if (claims.aud !== origin)
    throw new Refusal(403, `JWT aud ${String(claims.aud)} is not ${origin}`);
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    throw new Refusal(403, `JWT expired or without exp: ${String(claims.exp)}`);
  }
  if (claims.exp > now + 24 * 3600 + 60) throw new Refusal(403, 'JWT exp more than 24 hours ahead');
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) {
    throw new Refusal(403, `JWT sub is not a mailto: or https: contact: ${String(claims.sub)}`);
  }
  return { claims: claims as VapidClaims, publicKey: k };
}

/** The JWT's ES256 signature against the uncompressed P-256 point `raw` (its k). */
function verifySignature(headerB64: string, claimsB64: string, signatureB64: string, raw: Buffer) {
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const signature = Buffer.from(signatureB64, 'base64url');
  const valid =
    signature.length === 64 &&
    verify(
      'sha256',
      Buffer.from(`${headerB64}.${claimsB64}`),
      { key, dsaEncoding: 'ieee-p1363' },
      signature,
    );
  if (!valid) throw new Refusal(403, 'JWT signature does not verify with k');
}

function parseJsonPart(part: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value && typeof value === 'object') return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new Refusal(403, 'JWT part is not a JSON object');
}

/**
 * RFC 8291 §3.4 key derivation, then RFC 8188 decryption: header salt(16) rs(4) idlen(1)
 * keyid (the sender's ephemeral public key), records of `rs` bytes each ending in a 16-byte
 * tag, the plaintext of each followed by a delimiter (2 for the last record, 1 before) and
 * zero padding.
 */
export function decryptAes128gcm(
  body: Buffer,
  ua: ReturnType<typeof createECDH>,
  authSecret: Buffer,
): string {
  if (body.length < 21) throw new Refusal(400, 'aes128gcm body shorter than its header');
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  if (idlen !== 65 || asPublic[0] !== 0x04) {
    throw new Refusal(400, 'keyid is not an uncompressed P-256 public key');
  }
  if (rs < 18) throw new Refusal(400, `record size ${rs} too small`);
  const uaPublic = ua.getPublicKey();
  let ecdhSecret: Buffer;
  try {
    ecdhSecret = ua.computeSecret(asPublic);
  } catch {
    throw new Refusal(400, 'keyid is not a point on P-256');
  }
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: aes128gcm\0', 16));
  const baseNonce = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: nonce\0', 12));

  const records = body.subarray(21 + idlen);
  if (records.length === 0) throw new Refusal(400, 'no records');
  const plaintext: Buffer[] = [];
  for (let offset = 0, seq = 0; offset < records.length; offset += rs, seq++) {
    const record = records.subarray(offset, offset + rs);
    const last = offset + rs >= records.length;
    if (record.length < 17) throw new Refusal(400, `record ${seq} too short`);
    const nonce = Buffer.from(baseNonce);
    // The record sequence number, big-endian, XORed into the nonce's last bytes (JS bitwise
    // operators are 32-bit, and no body has 2^32 records).
    nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ seq) >>> 0, 8);
    const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    let padded: Buffer;
    try {
      padded = Buffer.concat([
        decipher.update(record.subarray(0, record.length - 16)),
        decipher.final(),
      ]);
    } catch {
      throw new Refusal(400, `record ${seq} does not decrypt (wrong keys or tampered)`);
    }
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    const delimiter = padded[end];
    if (delimiter !== (last ? 2 : 1)) {
      throw new Refusal(400, `record ${seq} has delimiter ${delimiter}, expected ${last ? 2 : 1}`);
    }
    plaintext.push(padded.subarray(0, end));
  }
  return Buffer.concat(plaintext).toString('utf8');
}

/** A CA and a server certificate for 127.0.0.1 and localhost it signed, valid for a day. */
async function makeCertificate(dir: string) {
  const openssl = async (command: string) => {
    try {
      await run('openssl', command.split(/\s+/), { cwd: dir });
    } catch (err) {
      throw new Error(
        `the push service stand-in needs the openssl CLI to make its certificate: ${String(err)}`,
      );
    }
  };
  const ec = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes';
  await openssl(
    `req -x509 ${ec} -keyout ca.key -out ca.pem -days 1 -subj /CN=flexbnb-test-push-ca
     -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign`,
  );
  await openssl(`req ${ec} -keyout server.key -out server.csr -subj /CN=127.0.0.1`);
  await writeFile(
    path.join(dir, 'server.ext'),
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ].join('\n'),
  );
  await openssl(
    `x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1
     -extfile server.ext -out server.pem`,
  );
  const [ca, cert, key] = await Promise.all(
    ['ca.pem', 'server.pem', 'server.key'].map((name) => readFile(path.join(dir, name), 'utf8')),
  );
  return { ca: ca!, cert: cert!, key: key!, caPath: path.join(dir, 'ca.pem') };
}
