import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {
  AdminWebhookDelivery,
  Notification,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
} from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildConversation,
  buildReservation,
  buildUser,
} from '../../../test/factories.ts';
import {
  api,
  createTestApp,
  drainJobs,
  type TestApp,
  type TestUser,
} from '../../../test/harness.ts';
import { buildApiKey, platformApi } from '../../../test/platform.ts';
import type { Actor } from '../../platform/context.ts';
import { queryRows, type Database } from '../../platform/db/connect.ts';
import { webhooksHandlers } from './webhooks.handlers.ts';
import { subscribedEventsOf } from './webhooks.subscriptions.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A platform's webhook receiver on loopback. Each path answers as `answers` says for its
 * n-th request (from 0); unknown paths answer 200.
 */
async function startReceiver(
  answers: Record<string, (n: number) => { status: number; body?: string }>,
) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const n = received.filter((r) => r.path === request.path).length;
      received.push(request);
      const { status, body = 'ok' } = answers[request.path]?.(n) ?? { status: 200 };
      res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (p: string) => `http://127.0.0.1:${port}${p}`,
    received,
    at: (p: string) => received.filter((r) => r.path === p),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const asActor = (user: TestUser): Actor => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: 'user',
});

const LONG_ANSWER = 'é'.repeat(1500);

describe('webhooks', () => {
  let t: TestApp;
  let dataDir: string;
  let receiver: Receiver;
  let platform: ReturnType<typeof platformApi>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-webhooks-'));
    t = await createTestApp({
      WEBHOOK_ALLOW_PRIVATE: 'true',
      // Three attempts, each retry due at once, so that a drain runs them all.
      WEBHOOK_RETRY_SCHEDULE_SECONDS: '0,0',
      WEBHOOK_DISABLE_AFTER_FAILURES: '2',
      DATA_DIR: dataDir,
    });
    receiver = await startReceiver({
      '/flaky': (n) => (n < 2 ? { status: 500, body: 'nope' } : { status: 200, body: 'thanks' }),
      '/down': () => ({ status: 500, body: LONG_ANSWER }),
      '/recovers': (n) => (n < 3 ? { status: 503, body: 'later' } : { status: 204, body: '' }),
      '/moved': () => ({ status: 302, body: 'see elsewhere' }),
    });
    platform = platformApi(t.app, (await buildApiKey(t.app, ['webhooks:manage'])).key);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Subscribes an endpoint of the receiver; answers it with its secret. */
  async function subscribe(p: string, events: string[]) {
    const res = await platform.post('/api/platform/webhooks/', { url: receiver.url(p), events });
    expect(res.statusCode, res.body).toBe(201);
    return res.data as { id: string; secret: string; url: string };
  }

  /** Deletes every endpoint, so that a test's events reach only its own. */
  async function unsubscribeAll() {
    for (const endpoint of (await platform.get('/api/platform/webhooks/')).data) {
      expect((await platform.delete(`/api/platform/webhooks/${endpoint.id}/`)).statusCode).toBe(
        204,
      );
    }
  }

  const deliveriesOf = async (endpointId: string) => {
    const res = await platform.get(`/api/platform/webhooks/${endpointId}/deliveries/`);
    expect(res.statusCode, res.body).toBe(200);
    return res.data as WebhookDelivery[];
  };

  it('answers only a platform key holding webhooks:manage', async () => {
    const other = platformApi(t.app, (await buildApiKey(t.app, ['users:write'])).key);
    const user = await buildUser(t.app);
    const id = '00000000-0000-4000-8000-000000000000';
    const calls: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
      ['POST', '/api/platform/webhooks/', { url: receiver.url('/x'), events: ['message.created'] }],
      ['GET', '/api/platform/webhooks/'],
      ['GET', `/api/platform/webhooks/${id}/`],
      ['PATCH', `/api/platform/webhooks/${id}/`, { active: false }],
      ['DELETE', `/api/platform/webhooks/${id}/`],
      ['GET', `/api/platform/webhooks/${id}/deliveries/`],
    ];
    for (const [method, url, body] of calls) {
      const scoped = await other.call(method, url, body);
      expect({ url, status: scoped.statusCode, error: scoped.data.error }).toEqual({
        url,
        status: 403,
        error: { code: 'forbidden', message: 'This API key lacks the scope webhooks:manage' },
      });
      const asUser = await api(t.app).call(method, url, { as: user, body });
      expect({ url, status: asUser.statusCode, code: asUser.data.error.code }).toEqual({
        url,
        status: 401,
        code: 'unauthorized',
      });
      const anonymous = await api(t.app).call(method, url, { body });
      expect({ url, status: anonymous.statusCode }).toEqual({ url, status: 401 });
    }
    expect((await platform.get('/api/platform/webhooks/')).data).toEqual([]);
  });

  it('creates, lists, shows, changes and deletes endpoints', async () => {
    const created = await platform.post('/api/platform/webhooks/', {
      url: receiver.url('/ok'),
      events: ['message.created', 'reservation.*'],
      description: '  Booking site  ',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toEqual({
      id: expect.any(String),
      url: receiver.url('/ok'),
      events: ['message.created', 'reservation.*'],
      description: 'Booking site',
      active: true,
      consecutive_failures: 0,
      disabled_reason: null,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const given = await platform.post('/api/platform/webhooks/', {
      url: receiver.url('/ok2'),
      events: ['message.read'],
      secret,
      active: false,
    });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.data).toMatchObject({ secret, active: false, description: null });

    for (const [field, body] of [
      ['body.secret', { secret: 'whsec_tooshort' }],
      ['body.secret', { secret: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
      ['body.url', { url: 'ftp://example.com/hook' }],
      ['body.events', { events: ['message.created', 'message.created'] }],
      ['body.events.0', { events: ['message.deleted'] }],
    ] as const) {
      const res = await platform.post('/api/platform/webhooks/', {
        url: receiver.url('/ok'),
        events: ['message.created'],
        ...body,
      });
      expect({ field, status: res.statusCode, first: res.data.error.details?.[0]?.field }).toEqual({
        field,
        status: 400,
        first: field,
      });
    }

    const list = await platform.get('/api/platform/webhooks/');
    expect((list.data as WebhookEndpoint[]).map((e) => [e.id, 'secret' in e])).toEqual([
      [created.data.id, false],
      [given.data.id, false],
    ]);
    const one = await platform.get(`/api/platform/webhooks/${created.data.id}/`);
    expect(one.data).toEqual(created.data);

    const changed = await platform.patch(`/api/platform/webhooks/${created.data.id}/`, {
      events: ['conversation.created'],
      description: null,
      secret,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.data).toEqual({
      ...created.data,
      secret: undefined,
      events: ['conversation.created'],
      description: null,
      updated_at: expect.any(String),
    });
    expect((await platform.get(`/api/platform/webhooks/${created.data.id}/`)).data.secret).toBe(
      secret,
    );

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await platform.patch(`/api/platform/webhooks/${unknown}/`, {})).statusCode).toBe(404);
    expect((await platform.get(`/api/platform/webhooks/${unknown}/deliveries/`)).statusCode).toBe(
      404,
    );
    await unsubscribeAll();
    expect((await platform.get(`/api/platform/webhooks/${created.data.id}/`)).statusCode).toBe(404);
    expect((await platform.delete(`/api/platform/webhooks/${created.data.id}/`)).statusCode).toBe(
      404,
    );
  });

  it('delivers a signed message.created, the same webhook-id on each try, until the receiver takes it', async () => {
    const { guest, conversation } = await buildConversation(t.app, 'Before the subscription');
    const endpoint = await subscribe('/flaky', ['message.created']);
    const sent = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Is early check-in possible?' },
      guest,
    );
    expect(sent.statusCode).toBe(201);

    // Written with the message, due now.
    const pending = (await deliveriesOf(endpoint.id))[0]!;
    expect(pending).toMatchObject({ status: 'pending', attempts: 0, history: [] });

    await drainJobs(t);
    const requests = receiver.at('/flaky');
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(request.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': 'FlexBNB-Webhooks',
        'webhook-id': pending.id,
        'webhook-timestamp': expect.stringMatching(/^\d{10}$/),
        'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
      });
      // The receiving side's check, with the secret the create answered.
      const verified = new Webhook(endpoint.secret).verify(
        request.body,
        request.headers as Record<string, string>,
      );
      expect(verified).toEqual({
        type: 'message.created',
        timestamp: pending.created_at,
        data: sent.data,
      });
    }
    // A forged body does not pass.
    expect(() =>
      new Webhook(endpoint.secret).verify(
        requests[0]!.body.replace('early', 'late'),
        requests[0]!.headers as Record<string, string>,
      ),
    ).toThrow('No matching signature found');

    const delivery = (await deliveriesOf(endpoint.id))[0]!;
    expect(delivery).toMatchObject({
      id: pending.id,
      endpoint_id: endpoint.id,
      event_type: 'message.created',
      status: 'succeeded',
      attempts: 3,
      next_attempt_at: null,
      last_status_code: 200,
      body: { type: 'message.created', timestamp: pending.created_at, data: sent.data },
    });
    expect(
      delivery.history.map((a: WebhookAttempt) => [a.status_code, a.response_excerpt, a.error]),
    ).toEqual([
      [500, 'nope', null],
      [500, 'nope', null],
      [200, 'thanks', null],
    ]);
    for (const attempt of delivery.history) {
      expect(Number.isInteger(attempt.latency_ms) && attempt.latency_ms >= 0).toBe(true);
    }
    expect((await platform.get(`/api/platform/webhooks/${endpoint.id}/`)).data).toMatchObject({
      active: true,
      consecutive_failures: 0,
    });
    await unsubscribeAll();
  });

  it('delivers reservation.* events and message.read with their ids and times', async () => {
    const { host, guest, property, conversation } = await buildConversation(t.app);
    const endpoint = await subscribe('/stays', ['reservation.*', 'message.read']);
    const reservation = await buildReservation(t.app, guest, property.id, {
      check_in: '2027-03-12',
      check_out: '2027-03-15',
    });
    const confirmed = await api(t.app).call(
      'POST',
      `/api/reservations/${reservation.id}/confirm/`,
      {
        as: host,
      },
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const read = await api(t.app).call(
      'POST',
      `/api/messaging/conversations/${conversation.id}/mark-all-read/`,
      { as: host },
    );
    expect(read.statusCode, read.body).toBe(200);
    await drainJobs(t);

    const bodies = receiver.at('/stays').map((r) => JSON.parse(r.body));
    const stay = {
      reservation_id: reservation.id,
      property_id: property.id,
      guest_id: guest.id,
      host_id: host.id,
      check_in: '2027-03-12',
      check_out: '2027-03-15',
    };
    expect(bodies.map((b) => b.type).sort()).toEqual([
      'message.read',
      'reservation.confirmed',
      'reservation.created',
    ]);
    expect(bodies.find((b) => b.type === 'reservation.created').data).toEqual(stay);
    expect(bodies.find((b) => b.type === 'reservation.confirmed').data).toEqual(stay);
    const readData = bodies.find((b) => b.type === 'message.read').data;
    expect(readData).toEqual({
      conversation_id: conversation.id,
      guest_id: guest.id,
      host_id: host.id,
      reader_id: host.id,
      message_ids: [conversation.messages[0]!.id],
      seqs: [1],
      read_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect((await deliveriesOf(endpoint.id)).map((d) => d.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
    await unsubscribeAll();
  });

  it('turns off an endpoint whose deliveries keep failing, and tells every active admin', async () => {
    const admin = await buildAdmin(t.app, 'Olga Operator');
    const { guest, host, conversation } = await buildConversation(t.app);
    const endpoint = await subscribe('/down', ['message.created']);
    const send = async (message: string) => {
      const res = await api(t.app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message },
        guest,
      );
      expect(res.statusCode).toBe(201);
      await drainJobs(t);
    };

    await send('One');
    const afterOne = (await platform.get(`/api/platform/webhooks/${endpoint.id}/`)).data;
    expect(afterOne).toMatchObject({
      active: true,
      consecutive_failures: 1,
      disabled_reason: null,
    });
    const first = (await deliveriesOf(endpoint.id))[0]!;
    expect(first).toMatchObject({ status: 'failed', attempts: 3, last_status_code: 500 });
    // The first 1 KB of the answer (1,500 two-byte characters): 512 of them.
    expect(first.history.map((a) => a.response_excerpt)).toEqual([
      'é'.repeat(512),
      'é'.repeat(512),
      'é'.repeat(512),
    ]);

    await send('Two');
    const reason = '2 deliveries in a row failed (the last attempt: HTTP 500)';
    expect((await platform.get(`/api/platform/webhooks/${endpoint.id}/`)).data).toMatchObject({
      active: false,
      consecutive_failures: 2,
      disabled_reason: reason,
    });
    const told = (await api(t.app).get('/api/messaging/notifications/', admin)).data.filter(
      (n: Notification) => n.notification_type === 'webhook_disabled',
    );
    expect(told).toEqual([
      expect.objectContaining({
        title: 'A webhook endpoint was turned off',
        message: `${endpoint.url}: ${reason}. The platform turns it back on with PATCH /api/platform/webhooks/${endpoint.id} {"active": true}.`,
        is_read: false,
      }),
    ]);
    const notTold = (await api(t.app).get('/api/messaging/notifications/', host)).data;
    expect(notTold.some((n: Notification) => n.notification_type === 'webhook_disabled')).toBe(
      false,
    );
    // The admin's badge counts it (the change feed has it).
    expect((await api(t.app).get('/api/messaging/unread-count/', admin)).data).toMatchObject({
      notifications: 1,
    });

    // Turned off, it gets no more deliveries; a page at a time, the newest first.
    await send('Three');
    expect(receiver.at('/down')).toHaveLength(6);
    const page = await platform.get(`/api/platform/webhooks/${endpoint.id}/deliveries/?limit=1`);
    expect(page.data.map((d: WebhookDelivery) => d.body.data.message)).toEqual(['Two']);
    const next = String(page.headers.link).match(/^<([^>]+)>; rel="next"$/)![1]!;
    const rest = await platform.get(next);
    expect(rest.data.map((d: WebhookDelivery) => d.body.data.message)).toEqual(['One']);
    expect(rest.headers.link).toBeUndefined();

    // Turned back on, it forgets its failures and gets the next events.
    const on = await platform.patch(`/api/platform/webhooks/${endpoint.id}/`, { active: true });
    expect(on.data).toMatchObject({ active: true, consecutive_failures: 0, disabled_reason: null });
    await send('Four');
    expect(receiver.at('/down')).toHaveLength(9);
    await unsubscribeAll();
  });

  it('counts a redirect as a failure, without following it', async () => {
    const { guest, conversation } = await buildConversation(t.app);
    const endpoint = await subscribe('/moved', ['message.created']);
    await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Hi' },
      guest,
    );
    await drainJobs(t);
    const delivery = (await deliveriesOf(endpoint.id))[0]!;
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3, last_status_code: 302 });
    expect(receiver.at('/moved')).toHaveLength(3);
    await unsubscribeAll();
  });

  it('lets an admin find, read and redeliver deliveries, audited', async () => {
    const admin = await buildAdmin(t.app);
    const { guest, host, conversation } = await buildConversation(t.app);
    const endpoint = await subscribe('/recovers', ['message.created']);
    const other = await subscribe('/fine', ['message.created']);
    await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Please get this' },
      guest,
    );
    await drainJobs(t);
    const failed = (await deliveriesOf(endpoint.id))[0]!;
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });

    const list = await api(t.app).get(
      `/api/admin/webhook-deliveries/?endpoint_id=${endpoint.id}&status=failed&event_type=message.created`,
      admin,
    );
    expect(list.statusCode, list.body).toBe(200);
    expect(list.headers['x-total-count']).toBe('1');
    expect(list.data).toEqual([
      {
        id: failed.id,
        endpoint_id: endpoint.id,
        event_type: 'message.created',
        status: 'failed',
        attempts: 3,
        next_attempt_at: null,
        last_status_code: 503,
        created_at: failed.created_at,
        updated_at: failed.updated_at,
        endpoint: { id: endpoint.id, url: endpoint.url, active: true },
      },
    ]);
    const none = await api(t.app).get(
      `/api/admin/webhook-deliveries/?endpoint_id=${endpoint.id}&status=succeeded`,
      admin,
    );
    expect([none.data, none.headers['x-total-count']]).toEqual([[], '0']);
    // Every endpoint's, sorted and paged.
    const first = await api(t.app).get(
      '/api/admin/webhook-deliveries/?sort=-attempts&limit=1',
      admin,
    );
    expect(first.data.map((d: AdminWebhookDelivery) => [d.endpoint.id, d.attempts])).toEqual([
      [endpoint.id, 3],
    ]);
    expect(first.headers['x-total-count']).toBe('2');
    const second = await api(t.app).get(
      String(first.headers.link).match(/^<([^>]+)>; rel="next"$/)![1]!,
      admin,
    );
    expect(
      second.data.map((d: AdminWebhookDelivery) => [d.endpoint.id, d.status, d.attempts]),
    ).toEqual([[other.id, 'succeeded', 1]]);
    expect(second.headers.link).toBeUndefined();

    const detail = await api(t.app).get(`/api/admin/webhook-deliveries/${failed.id}/`, admin);
    expect(detail.data).toEqual({
      ...list.data[0],
      body: failed.body,
      history: failed.history,
    });

    // Only an admin, only a delivery that exists.
    const unknown = '00000000-0000-4000-8000-000000000000';
    const url = (id: string) => `/api/admin/webhook-deliveries/${id}/redeliver/`;
    expect((await api(t.app).call('POST', url(failed.id), { as: host, body: {} })).statusCode).toBe(
      403,
    );
    expect((await api(t.app).call('POST', url(unknown), { as: admin, body: {} })).statusCode).toBe(
      404,
    );

    const again = await api(t.app).call('POST', url(failed.id), {
      as: admin,
      body: { reason: 'The receiver is fixed' },
    });
    expect(again.statusCode, again.body).toBe(202);
    expect(again.data).toMatchObject({ id: failed.id, status: 'pending', attempts: 3 });
    const twice = await api(t.app).call('POST', url(failed.id), { as: admin, body: {} });
    expect([twice.statusCode, twice.data.error.code]).toEqual([409, 'conflict']);
    const audit = await api(t.app).get(
      `/api/admin/audit-log/?action=webhook.redelivered&target_id=${failed.id}`,
      admin,
    );
    expect(audit.data).toEqual([
      expect.objectContaining({
        actor: { id: admin.id, name: admin.name, email: admin.email },
        action: 'webhook.redelivered',
        target_type: 'webhook_delivery',
        target_id: failed.id,
        reason: 'The receiver is fixed',
        details: { endpoint_id: endpoint.id, attempt: 4 },
      }),
    ]);

    await drainJobs(t);
    const requests = receiver.at('/recovers');
    expect(requests.map((r) => r.headers['webhook-id'])).toEqual(Array(4).fill(failed.id));
    const after = await api(t.app).get(`/api/admin/webhook-deliveries/${failed.id}/`, admin);
    expect(after.data).toMatchObject({ status: 'succeeded', attempts: 4, last_status_code: 204 });
    expect(after.data.history.map((a: WebhookAttempt) => a.status_code)).toEqual([
      503, 503, 503, 204,
    ]);
    await unsubscribeAll();
  });
});

describe('webhooks without WEBHOOK_ALLOW_PRIVATE', () => {
  let t: TestApp;
  let receiver: Receiver;
  let platform: ReturnType<typeof platformApi>;

  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_RETRY_SCHEDULE_SECONDS: '0' });
    receiver = await startReceiver({});
    platform = platformApi(t.app, (await buildApiKey(t.app, ['webhooks:manage'])).key);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('adds no statement to a send, nor anything to other events, while no endpoint subscribes', async () => {
    const { guest, conversation } = await buildConversation(t.app);
    // What this process knows of the subscriptions is fresh, and no read of them is under way.
    await subscribedEventsOf({ db: t.database.db, log: silent }).refresh();
    const statements = captureStatements(t.database);
    try {
      await t.app.services.messages.send(asActor(guest), {
        conversation_id: conversation.id,
        message: 'Counting statements',
      });
    } finally {
      statements.stop();
    }
    // The send is its one statement: the fan-out adds none.
    expect(statements.texts).toHaveLength(1);
    expect(statements.texts[0]).toMatch(/insert into "messages"/);

    // The events recorded from TypeScript get nothing at all from the fan-out.
    const handler = webhooksHandlers({ db: t.database.db, log: silent }).find(
      (s) => s.event === 'reservation.confirmed',
    )!.handler;
    const source = sql`event_reservation_confirmed`;
    expect(handler.sql!(source, new QueryBuilder(), {})).toEqual({ ctes: [] });
    const [counted] = await queryRows<{ deliveries: number }>(
      t.database.db,
      sql`select count(*)::int as deliveries from webhook_deliveries`,
    );
    expect(counted!.deliveries).toBe(0);

    // Once an endpoint subscribes (this process's own change is seen at once), they do.
    const created = await platform.post('/api/platform/webhooks/', {
      url: 'https://93.184.215.14/hooks',
      events: ['reservation.*'],
      active: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(handler.sql!(source, new QueryBuilder(), {}).ctes).toEqual([]);
    await platform.patch(`/api/platform/webhooks/${created.data.id}/`, { active: true });
    expect(handler.sql!(source, new QueryBuilder(), {}).ctes).toHaveLength(2);
    await platform.delete(`/api/platform/webhooks/${created.data.id}/`);
    expect(handler.sql!(source, new QueryBuilder(), {})).toEqual({ ctes: [] });
  });

  it('refuses URLs whose host is a loopback, private or otherwise internal address', async () => {
    for (const url of [
      receiver.url('/hook'),
      `http://localhost:${receiver.port}/hook`,
      'http://10.0.0.5/hook',
      'https://192.168.1.20/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://2130706433/hook',
      'https://100.64.0.1/hook',
      'http://[fd00::1]/hook',
    ]) {
      const res = await platform.post('/api/platform/webhooks/', {
        url,
        events: ['message.created'],
      });
      expect({ url, status: res.statusCode, field: res.data.error?.details?.[0]?.field }).toEqual({
        url,
        status: 400,
        field: 'body.url',
      });
      expect(res.data.error.message).toMatch(
        /^body\.url: .*not a public address.*WEBHOOK_ALLOW_PRIVATE=true/,
      );
    }
    const changed = await platform.post('/api/platform/webhooks/', {
      url: 'https://93.184.215.14/hooks',
      events: ['message.created'],
      active: false,
    });
    expect(changed.statusCode).toBe(201);
    const patch = await platform.patch(`/api/platform/webhooks/${changed.data.id}/`, {
      url: receiver.url('/hook'),
    });
    expect([patch.statusCode, patch.data.error.details]).toEqual([
      400,
      [
        {
          field: 'body.url',
          message: expect.stringContaining('127.0.0.1 is not a public address'),
        },
      ],
    ]);
    await platform.delete(`/api/platform/webhooks/${changed.data.id}/`);
    expect(receiver.received).toEqual([]);
  });

  it('checks the address again at delivery: a name that now resolves inside is a failed attempt', async () => {
    const { guest, conversation } = await buildConversation(t.app);
    // As if their names resolved to public addresses when they subscribed, and no longer do.
    const endpoints = await queryRows<{ id: string; url: string }>(
      t.database.db,
      sql`insert into webhook_endpoints (url, events, secret)
          values (${receiver.url('/by-address')}, '{message.created}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
                 (${`http://localhost:${receiver.port}/by-name`}, '{message.created}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')
          returning id, url`,
    );
    await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'To nowhere' },
      guest,
    );
    await drainJobs(t);
    expect(receiver.received).toEqual([]);
    for (const endpoint of endpoints) {
      const [delivery] = (await platform.get(`/api/platform/webhooks/${endpoint.id}/deliveries/`))
        .data;
      expect({ url: endpoint.url, delivery }).toMatchObject({
        url: endpoint.url,
        delivery: { status: 'failed', attempts: 2, last_status_code: null },
      });
      expect(delivery.history.map((a: WebhookAttempt) => [a.status_code, a.error])).toEqual([
        [null, 'address not allowed'],
        [null, 'address not allowed'],
      ]);
    }
  });
});

describe('the notification.failed webhook', () => {
  let t: TestApp;
  let dataDir: string;
  let receiver: Receiver;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-webhooks-'));
    t = await createTestApp({
      WEBHOOK_ALLOW_PRIVATE: 'true',
      // No SMTP server listens there: a new message's email fails, at its only attempt.
      SMTP_URL: 'smtp://127.0.0.1:1',
      NOTIFY_MAX_ATTEMPTS: '1',
      NOTIFY_EMAIL_DELAY_SECONDS: '0',
      DATA_DIR: dataDir,
    });
    receiver = await startReceiver({});
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is sent when a notification delivery fails for good', async () => {
    const platform = platformApi(t.app, (await buildApiKey(t.app, ['webhooks:manage'])).key);
    const created = await platform.post('/api/platform/webhooks/', {
      url: receiver.url('/failures'),
      events: ['notification.failed'],
    });
    expect(created.statusCode, created.body).toBe(201);
    // The guest's first message notifies the host, whose email then fails.
    const { host } = await buildConversation(t.app, 'Hello, host');
    await drainJobs(t);

    const [delivery] = (await api(t.app).get('/api/messaging/notifications/', host)).data;
    const failed = await queryRows<{ id: string; notification_id: string; attempts: number }>(
      t.database.db,
      sql`select d.id, d.notification_id, d.attempts from notification_deliveries d
          where d.status = 'failed' and d.channel = 'email' and d.notification_id = ${delivery.id}`,
    );
    expect(failed).toHaveLength(1);
    const requests = receiver.at('/failures');
    expect(requests).toHaveLength(1);
    const body = new Webhook(created.data.secret).verify(
      requests[0]!.body,
      requests[0]!.headers as Record<string, string>,
    );
    expect(body).toEqual({
      type: 'notification.failed',
      timestamp: expect.any(String),
      data: {
        notification_id: delivery.id,
        delivery_id: failed[0]!.id,
        user_id: host.id,
        notification_type: 'new_message',
        channel: 'email',
        attempts: 1,
        error: expect.stringContaining('ECONNREFUSED'),
        failed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    });
  });
});

/**
 * Records the SQL of every statement `database` runs outside a transaction until `stop()`
 * (a send that commits on its own is one such statement).
 */
function captureStatements(database: Database) {
  const client = (database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
    .$client;
  const original = client.query;
  const texts: string[] = [];
  client.query = function (this: unknown, query: unknown, ...rest: unknown[]) {
    texts.push(typeof query === 'string' ? query : String((query as { text?: string }).text));
    return original.call(this, query, ...rest);
  };
  return {
    texts,
    stop: () => {
      client.query = original;
    },
  };
}
