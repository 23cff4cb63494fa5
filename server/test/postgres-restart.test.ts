import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Logger } from '../src/platform/context.ts';
import { openPostgres, queryRows, type Database } from '../src/platform/db/connect.ts';
import { createConfiguredJobRunner, defineJob, enqueue } from '../src/platform/jobs/index.ts';
import { createServices } from '../src/services.ts';
import { deliveryStates, DELIVER_JOB } from './deliveries.ts';
import { buildConversation, seedThreads } from './factories.ts';
import { api, testConfig } from './harness.ts';
import { startMailServer } from './mail-server.ts';
import { startPushService } from './push-service.ts';
import { freePort } from './realtime.ts';
import { waitFor } from './wait.ts';

/** Debian's PostgreSQL binaries, of the newest version installed (CI runs that one too). */
const BIN = (() => {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return path.join('/usr/lib/postgresql', versions[0]!, 'bin');
})();
const postgresUser = (flag: '-u' | '-g') =>
  Number(execFileSync('id', [flag, 'postgres']).toString());

/**
 * A PostgreSQL cluster of this test's own (the shared one serves every other test file), which
 * it stops and starts again. PostgreSQL will not run as root: as root, it runs as `postgres`.
 */
class PrivatePostgres {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-pg-'));
  constructor(readonly port: number) {}
  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }
  private run(command: string, args: string[]) {
    const asRoot = process.getuid?.() === 0;
    execFileSync(
      asRoot ? 'runuser' : path.join(BIN, command),
      asRoot ? ['-u', 'postgres', '--', path.join(BIN, command), ...args] : args,
      { stdio: 'pipe', cwd: this.dir },
    );
  }
  init() {
    if (process.getuid?.() === 0) chownSync(this.dir, postgresUser('-u'), postgresUser('-g'));
    this.run('initdb', [
      '-D',
      path.join(this.dir, 'data'),
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
    ]);
  }
  start() {
    this.run('pg_ctl', [
      '-D',
      path.join(this.dir, 'data'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      '-l',
      path.join(this.dir, 'log'),
      'start',
    ]);
  }
  stop() {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
  }
  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('PostgreSQL restarted mid-run', () => {
  let pg: PrivatePostgres;
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    pg = new PrivatePostgres(await freePort());
    pg.init();
    pg.start();
    database = await openPostgres({ url: pg.url, poolSize: 4 });
    app = await buildApp(testConfig(), { database });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    try {
      pg.stop();
    } catch {
      // Already stopped by a failed test.
    }
    pg.remove();
  });

  it('answers 503 with Retry-After while it is down, never 500, and recovers without a restart', async () => {
    const { host, guest, conversation } = await buildConversation(app, 'Before the restart');
    const send = (message: string) =>
      api(app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message },
        guest,
      );
    expect((await send('Still up')).statusCode).toBe(201);

    pg.stop();
    const calls = [
      await send('While it is down'),
      await api(app).get('/api/messaging/conversations/', host),
      await api(app).get('/api/messaging/unread-count/', host),
    ];
    for (const res of calls) {
      expect(res.statusCode).toBe(503);
      expect(res.data.error.code).toBe('unavailable');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);

    pg.start();
    // The pool opens new connections by itself: no restart of the node.
    await expect
      .poll(async () => (await app.inject({ method: 'GET', url: '/readyz' })).statusCode, {
        timeout: 10_000,
        interval: 200,
      })
      .toBe(200);
    expect((await send('After the restart')).statusCode).toBe(201);
    const thread = await api(app).get(`/api/messaging/conversations/${conversation.id}/`, host);
    expect(thread.data.messages.map((m: { message: string }) => m.message)).toEqual([
      'Before the restart',
      'Still up',
      'After the restart',
    ]);
  }, 60_000);

  it('loses no job or delivery and does none twice', async () => {
    const [mail, push] = await Promise.all([startMailServer({ parse: false }), startPushService()]);
    // The worker node, on a database of its own in the cluster (the first test's notifications
    // are not its business): a pool of its own, the services and the job runner as
    // `ROLES=worker` builds them, with the first push and email of a new message due at once.
    await database.db.execute(sql`create database restart_backlog`);
    const worker = await openPostgres({
      url: pg.url.replace(/\/postgres$/, '/restart_backlog'),
      poolSize: 8,
    });
    const logged: string[] = [];
    const keep = (details: { err?: unknown }, message: string) =>
      logged.push(`${message}: ${rootCause(details.err)}`);
    const log: Logger = { info: () => {}, warn: keep, error: keep };
    const config = testConfig({
      SMTP_URL: mail.url,
      EMAIL_FROM: 'FlexBNB <no-reply@flexbnb.test>',
      PUBLIC_URL: 'https://messenger.flexbnb.test',
      NOTIFY_PUSH_DELAY_SECONDS: '0',
      NOTIFY_EMAIL_DELAY_SECONDS: '0',
      JOBS_CONCURRENCY: '16',
      JOBS_POLL_MS: '100',
    });
    const services = createServices({
      db: worker.db,
      config,
      now: () => new Date(),
      log,
      httpsAgent: push.agent,
    });
    // A plain job of the test's own kind beside the deliveries: its side effect in this
    // database, keyed by its idempotency key, and its runs counted when its handler returns.
    // While `gate` is closed a handler waits before its side effect, as one busy elsewhere.
    await worker.db.execute(sql`create table restart_probe_effects (key text primary key)`);
    const probeRuns = new Map<string, number>();
    const gate = { closed: false, waiting: new Set<string>(), open: () => {} };
    let opened = Promise.resolve();
    const probe = defineJob<{ n: number }>({
      kind: PROBE_KIND,
      backoff: { baseMs: 100, maxMs: 1_000 },
      // As long as a delivery's: a job the outage caught must not wait for its lease to end.
      leaseMs: 60_000,
      run: async (job, { db }) => {
        if (gate.closed) {
          gate.waiting.add(job.id);
          await opened;
        }
        await db.execute(
          sql`insert into restart_probe_effects (key) values (${job.idempotencyKey})
              on conflict do nothing`,
        );
        probeRuns.set(job.id, (probeRuns.get(job.id) ?? 0) + 1);
      },
    });
    const runner = createConfiguredJobRunner(config, {
      database: worker,
      jobs: [...services.jobs, probe],
      log,
    });
    try {
      // The backlog, raised while no worker runs: each host has a browser subscribed, so a
      // message raises an email and a push, with their jobs, due now; probes in between.
      const threads = await seedThreads(worker.db, THREADS);
      const { public_key: vapidKey } = await services.notifications.vapidPublicKey();
      const perBatch = 10;
      for (let i = 0; i < THREADS; i += perBatch) {
        await Promise.all(
          threads.slice(i, i + perBatch).map(async (t, j) => {
            const browser = push.subscribe({ applicationServerKey: vapidKey });
            await services.notifications.subscribePush(t.host, {
              endpoint: browser.endpoint,
              keys: browser.keys,
            });
            const sent = await services.messages.send(t.guest, {
              conversation_id: t.conversationId,
              message: `Is the loft free next weekend? (${i + j})`,
            });
            expect(sent.created).toBe(true);
          }),
        );
        for (let n = 0; n < (perBatch * PROBES) / THREADS; n++) {
          await enqueue(worker.db, probe, { n: (i * PROBES) / THREADS + n });
        }
      }

      await runner.start();
      await mail.waitFor(THREADS / 4, 20_000);
      // Attempts caught mid-way when the database goes: emails handed to the SMTP server and
      // not yet answered, whose answer comes while it is down (their "sent" cannot be
      // recorded then), and probes whose side effect then fails.
      mail.hold();
      gate.closed = true;
      opened = new Promise((resolve) => (gate.open = resolve));
      await waitFor(
        () => (mail.holding >= 2 && gate.waiting.size >= 2 ? true : undefined),
        10_000,
        { failure: () => `${mail.holding} emails held, ${gate.waiting.size} probes waiting` },
      );
      pg.stop();
      const beforeRelease = mail.received.length;
      const caughtProbes = [...gate.waiting];
      mail.release();
      gate.closed = false;
      gate.open();
      // Down long enough for every part of the worker to meet it: claims, records, outcomes.
      const downSince = Date.now();
      const failed = (what: string) => logged.filter((line) => line.startsWith(what)).length;
      await waitFor(
        () =>
          Date.now() - downSince >= OUTAGE_MS &&
          failed('jobs: claiming failed') >= 2 &&
          failed('jobs: scheduling a retry failed') >= 1
            ? true
            : undefined,
        10_000,
        { everyMs: 50, failure: () => logged.join('\n') },
      );
      const sentWhileDown = mail.received.slice(beforeRelease).map((m) => m.messageId ?? '');
      pg.start();

      // The same worker, never restarted, finishes the backlog, well before the lease of an
      // attempt the outage caught could have run out.
      const unfinished = () =>
        queryRows<{ kind: string; state: string; n: number }>(
          worker.db,
          sql`select kind, state, count(*)::int as n from jobs
              where kind in (${DELIVER_JOB}, ${PROBE_KIND}) and finished_at is null
              group by kind, state order by kind, state`,
        );
      await waitFor(
        async () => {
          const left = await unfinished().catch(() => undefined);
          return left?.length === 0 &&
            mail.received.length >= THREADS &&
            push.received.length >= THREADS
            ? true
            : undefined;
        },
        RECOVERY_MS,
        { everyMs: 100 },
      ).catch(async (error: unknown) => {
        const left = await unfinished().catch(() => []);
        throw new Error(
          `${mail.received.length} emails and ${push.received.length} pushes of ${THREADS} ` +
            `arrived; jobs unfinished: ${JSON.stringify(left)}; the worker logged:\n` +
            logged.slice(-10).join('\n'),
          { cause: error },
        );
      });
      await runner.stop();

      const after = await deliveryStates(worker.db);
      expect(after).toHaveLength(2 * THREADS);
      // Each delivery sent at its one attempt, with one `sent` line in its timeline and
      // nothing else, its one job completed, and its channel's flag set on the notification.
      expect(
        after.filter(
          (d) =>
            d.status !== 'sent' ||
            d.attempts !== 1 ||
            d.sent_rows !== 1 ||
            d.other_rows !== 0 ||
            d.jobs !== 1 ||
            d.job_state !== 'completed' ||
            !d.flagged,
        ),
      ).toEqual([]);

      // Exactly one email per email delivery: those the SMTP server took while the database
      // was down too, whose "sent" was recorded once it was back rather than sent again.
      const emailIds = new Set(
        after.filter((d) => d.channel === 'email').map((d) => `<${d.id}${MESSAGE_ID_DOMAIN}`),
      );
      const messageIds = mail.received.map((m) => m.messageId ?? '');
      expect(messageIds).toHaveLength(THREADS);
      expect(new Set(messageIds)).toEqual(emailIds);
      expect(sentWhileDown.length).toBeGreaterThanOrEqual(2);
      expect(sentWhileDown.filter((id) => !emailIds.has(id))).toEqual([]);

      // Exactly one push per push delivery, each accepted by the push service.
      expect(push.rejected).toEqual([]);
      const pushed = push.received.map(
        (p) => (JSON.parse(p.payload ?? '{}') as { notification_id?: string }).notification_id,
      );
      expect(pushed).toHaveLength(THREADS);
      expect(new Set(pushed)).toEqual(
        new Set(after.filter((d) => d.channel === 'push').map((d) => d.notification_id)),
      );

      // Each probe completed, its handler returned once and its side effect was done once;
      // those the outage failed were tried again as soon as it ended, not a lease later.
      const probes = await queryRows<{ id: string; state: string; attempts: number }>(
        worker.db,
        sql`select id, state, attempts from jobs where kind = ${PROBE_KIND}`,
      );
      expect(probes).toHaveLength(PROBES);
      expect(probes.filter((j) => j.state !== 'completed' || probeRuns.get(j.id) !== 1)).toEqual(
        [],
      );
      expect(probeRuns.size).toBe(PROBES);
      expect(probes.filter((j) => caughtProbes.includes(j.id)).map((j) => j.attempts)).toEqual(
        caughtProbes.map(() => 2),
      );
      const [effects] = await queryRows<{ n: number }>(
        worker.db,
        sql`select count(*)::int as n from restart_probe_effects`,
      );
      expect(effects!.n).toBe(PROBES);
    } finally {
      mail.release();
      gate.open();
      await runner.stop();
      await services.notifications.close();
      await worker.close();
      await Promise.all([mail.close(), push.close()]);
    }
  }, 60_000);
});

const THREADS = 200;
const PROBES = 100;
const PROBE_KIND = 'test.restart-probe';
const MESSAGE_ID_DOMAIN = '@flexbnb-messenger>';
/** How long PostgreSQL stays down at least. */
const OUTAGE_MS = 1_500;
/** How long the backlog may take to finish once PostgreSQL is back: well within a lease. */
const RECOVERY_MS = 25_000;

/** What a logged error comes down to (a database error is wrapped with its whole query). */
function rootCause(err: unknown): string {
  let cause = err;
  while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : (JSON.stringify(cause) ?? '');
}
