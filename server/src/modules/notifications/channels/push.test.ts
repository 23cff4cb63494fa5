import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/harness.ts';
import { startPushService, type PushServiceStandIn } from '../../../../test/push-service.ts';
import type { Database } from '../../../platform/db/connect.ts';
import { appSettings } from '../../../platform/db/schema.ts';
import { type PushChannel, type PushPayload, type PushTarget } from './channel.ts';
import {
  createPushChannel,
  encodePayload,
  MAX_PUSH_PAYLOAD_BYTES,
  pushTopic,
  VAPID_SETTING_KEY,
} from './push.ts';
import { rejection } from '../../../../test/rejection.ts';

const SUBJECT = 'mailto:ops@example.com';
const generatedKeys = { publicKey: undefined, privateKey: undefined, subject: SUBJECT };

function payload(overrides: Partial<PushPayload> = {}): PushPayload {
  return {
    title: 'Gina Guest',
    body: 'Is early check-in possible? 🙂',
    url: '/host/conversations/5b0c6f1e-0d7e-4a55-9a43-2f1e8f6c9d10',
    tag: 'conversation-5b0c6f1e-0d7e-4a55-9a43-2f1e8f6c9d10',
    notification_id: randomUUID(),
    ...overrides,
  };
}

const normal = { ttlSeconds: 3600, urgency: 'normal' as const };

function target(subscription: { endpoint: string; keys: { p256dh: string; auth: string } }) {
  return { endpoint: subscription.endpoint, ...subscription.keys };
}

describe('push channel (Web Push, VAPID)', () => {
  let database: Database;
  let push: PushServiceStandIn;
  let channel: PushChannel;

  beforeAll(async () => {
    [database, push] = await Promise.all([openTestDatabase(), startPushService()]);
  });
  afterAll(async () => {
    await push?.close();
    await database?.close();
  });

  it('generates one key pair, stored once, which every node then uses', async () => {
    // Nodes starting together each offer a pair; all must end up with the same one.
    const channels = await Promise.all(
      Array.from({ length: 4 }, () =>
        createPushChannel(database.db, generatedKeys, { agent: push.agent }),
      ),
    );
    channel = channels[0]!;
    expect(new Set(channels.map((c) => c.publicKey)).size).toBe(1);
    expect(Buffer.from(channel.publicKey, 'base64url')).toHaveLength(65);

    const later = await createPushChannel(database.db, generatedKeys);
    expect(later.publicKey).toBe(channel.publicKey);
    const rows = await database.db
      .select()
      .from(appSettings)
      .where(eq(appSettings.key, VAPID_SETTING_KEY));
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.value)).toMatchObject({ publicKey: channel.publicKey });
  });

  it('delivers a push the push service can authenticate and decrypt', async () => {
    const subscription = push.subscribe({ applicationServerKey: channel.publicKey });
    const sent = payload();
    const receipt = await channel.send(target(subscription), sent, {
      ttlSeconds: 600,
      urgency: 'high',
      topic: sent.tag,
    });

    expect(push.rejected).toEqual([]);
    const [received] = push.received.filter((r) => r.subscriptionId === subscription.id);
    expect(received).toBeDefined();
    expect(receipt).toEqual({
      providerMessageId: expect.stringMatching(new RegExp(`^${push.origin}/message/`)),
      responseCode: '201',
    });
    expect(JSON.parse(received!.payload!)).toEqual(sent);
    expect(received!.headers).toMatchObject({
      'content-encoding': 'aes128gcm',
      ttl: '600',
      urgency: 'high',
      topic: pushTopic(sent.tag),
    });
    expect(received!.headers.topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(received!.vapid.publicKey).toBe(channel.publicKey);
    const now = Date.now() / 1000;
    expect(received!.vapid.claims).toMatchObject({ aud: push.origin, sub: SUBJECT });
    expect(received!.vapid.claims.exp).toBeGreaterThan(now);
    expect(received!.vapid.claims.exp).toBeLessThanOrEqual(now + 24 * 3600);
    // The stand-in's decryption is its own; it reads what web-push encrypts directly too.
    const direct = webpush.encrypt(
      subscription.keys.p256dh,
      subscription.keys.auth,
      'x',
      'aes128gcm',
    );
    expect(subscription.decrypt(direct.cipherText)).toBe('x');
  });

  it('sends without a Topic when none is given', async () => {
    const subscription = push.subscribe();
    await channel.send(target(subscription), payload(), normal);
    const [received] = await push.waitForPushes(1, { subscription });
    expect(received!.headers).toMatchObject({ ttl: '3600', urgency: 'normal' });
    expect(received!.headers).not.toHaveProperty('topic');
  });

  it('signs with the keys from the environment when they are set', async () => {
    const keys = webpush.generateVAPIDKeys();
    const fromEnv = await createPushChannel(
      database.db,
      { ...keys, subject: SUBJECT },
      {
        agent: push.agent,
      },
    );
    expect(fromEnv.publicKey).toBe(keys.publicKey);
    const subscription = push.subscribe({ applicationServerKey: keys.publicKey });
    await fromEnv.send(target(subscription), payload(), normal);
    expect(push.rejected).toEqual([]);
    const received = push.received.find((r) => r.subscriptionId === subscription.id)!;
    expect(received.vapid.publicKey).toBe(keys.publicKey);

    // A subscription made with the stored key refuses pushes signed with another (RFC 8292).
    const other = push.subscribe({ applicationServerKey: channel.publicKey });
    const err = await rejection(fromEnv.send(target(other), payload(), normal));
    expect(err).toMatchObject({ permanent: true, gone: false, responseCode: '403' });
    push.rejected.length = 0;
  });

  it('refuses half a key pair and a mismatched pair', async () => {
    const keys = webpush.generateVAPIDKeys();
    const other = webpush.generateVAPIDKeys();
    await expect(
      createPushChannel(database.db, {
        publicKey: keys.publicKey,
        privateKey: undefined,
        subject: SUBJECT,
      }),
    ).rejects.toThrow(/VAPID_PRIVATE_KEY/);
    await expect(
      createPushChannel(database.db, {
        publicKey: undefined,
        privateKey: keys.privateKey,
        subject: SUBJECT,
      }),
    ).rejects.toThrow(/VAPID_PUBLIC_KEY/);
    await expect(
      createPushChannel(database.db, {
        publicKey: keys.publicKey,
        privateKey: other.privateKey,
        subject: SUBJECT,
      }),
    ).rejects.toThrow(/not the private key's/);
  });

  it('fails every push for good with a subject push services refuse, without sending', async () => {
    // An http: PUBLIC_URL is the subject by default; the node must still start.
    const httpSubject = await createPushChannel(
      database.db,
      { ...generatedKeys, subject: 'http://messenger.example.com' },
      { agent: push.agent },
    );
    const subscription = push.subscribe();
    const err = await rejection(httpSubject.send(target(subscription), payload(), normal));
    expect(err).toMatchObject({ permanent: true, gone: false, responseCode: null });
    expect(err.message).toMatch(/VAPID_SUBJECT/);
    expect(push.received.filter((r) => r.subscriptionId === subscription.id)).toEqual([]);
  });

  it('reports a subscription the push service no longer knows as gone', async () => {
    for (const status of [410, 404]) {
      const subscription = push.subscribe();
      push.respondWith(subscription, status);
      const err = await rejection(channel.send(target(subscription), payload(), normal));
      expect(err).toMatchObject({ permanent: true, gone: true, responseCode: String(status) });
    }
  });

  it('retries on 429, 5xx and a push service it cannot reach', async () => {
    for (const status of [429, 500, 503]) {
      const subscription = push.subscribe();
      push.respondWith(subscription, status);
      const err = await rejection(channel.send(target(subscription), payload(), normal));
      expect(err).toMatchObject({ permanent: false, gone: false, responseCode: String(status) });
    }

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const subscription = push.subscribe();
    const unreachable = { ...target(subscription), endpoint: `https://127.0.0.1:${port}/push/x` };
    const err = await rejection(channel.send(unreachable, payload(), normal));
    expect(err).toMatchObject({ permanent: false, gone: false, responseCode: null });
  });

  it('does not trust the push service without its CA (the agent carries it)', async () => {
    const untrusting = await createPushChannel(database.db, generatedKeys);
    const err = await rejection(untrusting.send(target(push.subscribe()), payload(), normal));
    expect(err.permanent).toBe(false);
    expect(err.message).toMatch(/certificate/i);
  });

  it('fails for good on a refusal or a malformed subscription', async () => {
    const subscription = push.subscribe();
    push.respondWith(subscription, 400);
    const refused = await rejection(channel.send(target(subscription), payload(), normal));
    expect(refused).toMatchObject({ permanent: true, gone: false, responseCode: '400' });

    // Encrypted for another auth secret: the push service cannot decrypt it.
    const wrongAuth: PushTarget = {
      ...target(push.subscribe()),
      auth: Buffer.alloc(16, 7).toString('base64url'),
    };
    const undecryptable = await rejection(channel.send(wrongAuth, payload(), normal));
    expect(undecryptable).toMatchObject({ permanent: true, responseCode: '400' });
    expect(push.rejected.at(-1)?.reason).toMatch(/does not decrypt/);
    push.rejected.length = 0;

    const good = target(push.subscribe());
    for (const malformed of [
      { ...good, endpoint: good.endpoint.replace('https:', 'http:') },
      { ...good, p256dh: Buffer.alloc(65, 4).toString('base64url') },
      { ...good, auth: 'c2hvcnQ' },
    ]) {
      const err = await rejection(channel.send(malformed, payload(), normal));
      expect(err).toMatchObject({ permanent: true, gone: false });
    }
  });

  it('shortens an overlong body rather than have the push refused as too large', async () => {
    const subscription = push.subscribe();
    const long = payload({ body: 'Ünïcödé '.repeat(2000) });
    await channel.send(target(subscription), long, normal);
    expect(push.rejected).toEqual([]);
    const received = push.received.find((r) => r.subscriptionId === subscription.id)!;
    const delivered = JSON.parse(received.payload!) as PushPayload;
    expect(Buffer.byteLength(received.payload!)).toBeLessThanOrEqual(MAX_PUSH_PAYLOAD_BYTES);
    expect(Buffer.byteLength(received.payload!)).toBeGreaterThan(MAX_PUSH_PAYLOAD_BYTES - 8);
    expect(delivered.body.endsWith('…')).toBe(true);
    expect(long.body.startsWith(delivered.body.slice(0, -1))).toBe(true);
    expect({ ...delivered, body: long.body }).toEqual(long);
  });
});

describe('push helpers', () => {
  it('keeps a short URL-safe topic and hashes any other to 32 characters, stably', () => {
    expect(pushTopic('conv-123')).toBe('conv-123');
    const hashed = pushTopic('conversation-5b0c6f1e-0d7e-4a55-9a43-2f1e8f6c9d10');
    expect(hashed).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(pushTopic('conversation-5b0c6f1e-0d7e-4a55-9a43-2f1e8f6c9d10')).toBe(hashed);
    expect(pushTopic('a b')).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('leaves a payload that fits as it is', () => {
    const small = payload();
    expect(encodePayload(small)).toBe(JSON.stringify(small));
  });
});
