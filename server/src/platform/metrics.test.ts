import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkerApp } from '../app.ts';
import { buildConversation } from '../../test/factories.ts';
import { api, createTestApp, dbKind, testConfig, type TestApp } from '../../test/harness.ts';
import { connect, listen } from '../../test/realtime.ts';
import { waitFor } from '../../test/wait.ts';
import { queryRows } from './db/connect.ts';
import { enqueue } from './jobs/index.ts';

/** One sample of the exposition text: `name{labels} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
        labels[key!] = value!;
      }
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the sample with this name and (at least) these labels; undefined if none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}) {
  return samples.find(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  )?.value;
}

async function scrape(app: FastifyInstance, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url: '/metrics', headers });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(res.body);
}

let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  // Emails go to DATA_DIR/outbox without SMTP_URL: a place of this test's own.
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-metrics-'));
  t = await createTestApp({ DATA_DIR: dataDir });
});

afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('GET /metrics', () => {
  it('counts HTTP requests by method, route pattern and status, with their latency', async () => {
    const { host, conversation } = await buildConversation(t.app);
    const url = `/api/messaging/conversations/${conversation.id}/`;
    expect((await api(t.app).get(url, host)).statusCode).toBe(200);
    expect((await api(t.app).get('/no/such/page')).statusCode).toBe(404);

    const samples = await scrape(t.app);
    const route = '/api/messaging/conversations/:id';
    expect(
      valueOf(samples, 'flexbnb_http_request_duration_seconds_count', {
        method: 'GET',
        route,
        status_code: '200',
      }),
    ).toBe(1);
    // The raw URL is never a label: one series per route, whatever the ids.
    expect(
      samples.some((s) => Object.values(s.labels).some((v) => v.includes(conversation.id))),
    ).toBe(false);
    const sum = valueOf(samples, 'flexbnb_http_request_duration_seconds_sum', {
      method: 'GET',
      route,
    });
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);
    expect(
      valueOf(samples, 'flexbnb_http_request_duration_seconds_count', {
        route: 'unmatched',
        status_code: '404',
      }),
    ).toBe(1);
    // Node's own process metrics come along.
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts messages once committed, and not a refused send', async () => {
    const { guest, conversation } = await buildConversation(t.app);
    const before = valueOf(await scrape(t.app), 'flexbnb_messages_sent_total')!;
    const send = (conversationId: string) =>
      api(t.app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversationId, message: 'Counted?' },
        guest,
      );
    expect((await send(conversation.id)).statusCode).toBe(201);
    expect((await send('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect(valueOf(await scrape(t.app), 'flexbnb_messages_sent_total')).toBe(before + 1);
  });

  it('counts notification deliveries by channel and outcome', async () => {
    const { guest, conversation } = await buildConversation(t.app);
    // The guest's reply notifies the host: a push and an email wait for their turn.
    const res = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Are towels provided?' },
      guest,
    );
    expect(res.statusCode).toBe(201);
    const deliveries = await queryRows<{ id: string; channel: string }>(
      t.database.db,
      sql`select d.id, d.channel from notification_deliveries d
          join notifications n on n.id = d.notification_id
          where n.conversation_id = ${conversation.id}`,
    );
    expect(deliveries.map((d) => d.channel).sort()).toEqual(['email', 'push']);
    const count = (samples: Sample[], channel: string, outcome: string) =>
      valueOf(samples, 'flexbnb_notification_deliveries_total', { channel, outcome }) ?? 0;
    const before = await scrape(t.app);
    for (const d of deliveries) await t.app.services.notifications.deliver(d.id);

    const after = await scrape(t.app);
    // No browser subscribed: the push is skipped; the email goes to the outbox.
    expect(count(after, 'push', 'skipped') - count(before, 'push', 'skipped')).toBe(1);
    expect(count(after, 'email', 'sent') - count(before, 'email', 'sent')).toBe(1);
  });

  it('shows the job queue: what is due by kind and how late, read when scraped', async () => {
    const kind = 'metrics-test.due';
    const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);
    await enqueue(t.database.db, kind, {}, { runAt: ago(120) });
    await enqueue(t.database.db, kind, {}, { runAt: ago(5) });
    // Not due yet: neither backlog nor lag.
    await enqueue(t.database.db, kind, {}, { runAt: new Date(Date.now() + 3_600_000) });

    // Scrapes at once see the same reading, neither the other's half-reset gauges.
    const [samplesA, samplesB] = await Promise.all([scrape(t.app), scrape(t.app)]);
    expect(valueOf(samplesB, 'flexbnb_jobs_due', { kind })).toBe(2);
    let samples = samplesA;
    expect(valueOf(samples, 'flexbnb_jobs_due', { kind })).toBe(2);
    expect(valueOf(samples, 'flexbnb_jobs_running', { kind })).toBe(0);
    const lag = valueOf(samples, 'flexbnb_jobs_lag_seconds', { kind })!;
    expect(lag).toBeGreaterThanOrEqual(119);
    expect(lag).toBeLessThan(200);

    // Drained, the kind stays at 0 rather than vanishing.
    await t.database.db.execute(
      sql`update jobs set state = 'completed', finished_at = now() where kind = ${kind}`,
    );
    samples = await scrape(t.app);
    expect(valueOf(samples, 'flexbnb_jobs_due', { kind })).toBe(0);
    expect(valueOf(samples, 'flexbnb_jobs_lag_seconds', { kind })).toBe(0);
  });

  it('shows the connected sockets of this node', async () => {
    const { host } = await buildConversation(t.app);
    const url = await listen(t.app);
    const socket = await connect(url, host.token);
    try {
      expect(valueOf(await scrape(t.app), 'flexbnb_sockets_connected')).toBe(1);
    } finally {
      socket.close();
    }
    await waitFor(async () =>
      valueOf(await scrape(t.app), 'flexbnb_sockets_connected') === 0 ? true : undefined,
    );
  });

  it(`shows the database pool's use on PostgreSQL, and none on PGlite (${dbKind})`, async () => {
    const samples = await scrape(t.app);
    if (dbKind === 'postgres') {
      // The test harness opens its pools with 20 connections.
      expect(valueOf(samples, 'flexbnb_db_pool_max_connections')).toBe(20);
      expect(valueOf(samples, 'flexbnb_db_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(valueOf(samples, 'flexbnb_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
      expect(valueOf(samples, 'flexbnb_db_pool_waiting_queries')).toBe(0);
    } else {
      expect(samples.filter((s) => s.name.startsWith('flexbnb_db_pool_'))).toEqual([]);
    }
  });

  it('is served by a worker-only node too, on its health port', async () => {
    const worker = await buildWorkerApp(testConfig({ ROLES: 'worker' }), {
      database: t.database,
    });
    try {
      await worker.ready();
      expect((await worker.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      const samples = await scrape(worker);
      expect(valueOf(samples, 'flexbnb_sockets_connected')).toBe(0);
      expect(valueOf(samples, 'flexbnb_messages_sent_total')).toBe(0);
      expect(
        valueOf(samples, 'flexbnb_http_request_duration_seconds_count', { route: '/healthz' }),
      ).toBe(1);
    } finally {
      await worker.close();
    }
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const token = 'metrics-token-0123456789';
  let secured: TestApp;
  beforeAll(async () => {
    secured = await createTestApp({ METRICS_TOKEN: token });
  });
  afterAll(() => secured?.close());

  it('answers 401 without the token or with another, and the metrics with it', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer not-the-token-at-all' },
      { authorization: token },
    ]) {
      const res = await secured.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: { code: 'unauthorized', message: expect.any(String) },
      });
    }
    const samples = await scrape(secured.app, { authorization: `Bearer ${token}` });
    expect(valueOf(samples, 'flexbnb_messages_sent_total')).toBe(0);
  });

  it('refuses a token shorter than 16 characters at start-up', async () => {
    expect(() => testConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
