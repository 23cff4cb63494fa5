/**
 * Notification delivery benchmark: `npm run bench -- notifications` (PostgreSQL must answer).
 *
 * On a throw-away PostgreSQL database: the bare `INSERT … RETURNING` baseline (as the jobs
 * bench measures it), then, for each runner setting, a backlog of BENCH_NOTIFICATIONS unread
 * threads (default 2,000) each raising one notification with an email and a push delivery due
 * at once, drained by worker nodes through the real channels: email over SMTP to a loopback
 * smtp-server + mailparser sink (server/test/mail-server.ts) and Web Push over HTTPS to a
 * loopback push service that verifies the VAPID JWT and decrypts every push
 * (server/test/push-service.ts). Both stand-ins run in this process; the worker nodes each in
 * a process of their own (lib/notification-node.ts), as `ROLES=worker` nodes are.
 *
 * Users, properties and conversations are inserted set-based; the notifications are raised by
 * the real send path (`services.messages.send`), so the notifications, deliveries and jobs are
 * exactly what production writes. Each receiving host has one push subscription of the
 * stand-in, registered through `services.notifications.subscribePush` with the app's VAPID
 * key. Nothing runs while the backlog is raised; then the worker nodes start (each its own
 * process, connection pool, services — so its own SMTP pool — and configured job runner) and
 * the clock runs until every delivery is `sent`.
 *
 * Checked, exactly once: the sink got one email per email delivery with its own Message-ID,
 * the stand-in one push per push delivery; every delivery `sent` with attempts = 1 and one
 * `sent` attempt row; every job completed at its first attempt.
 *
 * Environment: BENCH_NOTIFICATIONS (threads per setting, 2000), BENCH_NOTIFICATION_SETTINGS
 * (`<nodes>x<concurrency>` each, comma-separated, the first the target's; default
 * `1x32,2x32,2x8`: one node, as a small host runs it; more nodes on this machine's two cores
 * only compete for them), BENCH_NOTIFICATION_POOL (connections per node, 10 as the server's
 * DATABASE_POOL_SIZE default), BENCH_NOTIFICATION_WARM_UP (threads of the unmeasured warm-up
 * round, 200).
 *
 * CPU per delivery: the worker nodes' (`process.cpuUsage` in each), this process's (the two
 * stand-ins) and PostgreSQL's — the backends connected to the bench's database and the server's own
 * writers (from /proc, so Linux only); other databases' backends on a shared server are left
 * out.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../server/src/config.ts';
import type { Actor, Logger } from '../server/src/platform/context.ts';
import { createServices, type Services } from '../server/src/services.ts';
import { startMailServer, type CountedMail, type MailServer } from '../server/test/mail-server.ts';
import { startPushService, type PushServiceStandIn } from '../server/test/push-service.ts';
import { startScriptNodeOptions } from '../server/test/server-process.ts';
import { printTargets, type BenchContext } from './lib/bench.ts';
import type { NodeMessage, NodeSetup } from './lib/notification-node.ts';
import { cpuTimes, postgresOf } from './lib/cpu.ts';
import { withFreshDatabase } from './lib/fresh-database.ts';
import { describeMachine, loadAverage, measureBaseline } from './lib/machine.ts';
import { formatTable, ms, ratio } from './lib/stats.ts';

const THREADS = Number(process.env.BENCH_NOTIFICATIONS ?? 2_000);
const WARM_UP_THREADS = Number(process.env.BENCH_NOTIFICATION_WARM_UP ?? 200);
const POOL_SIZE = Number(process.env.BENCH_NOTIFICATION_POOL ?? 10);
const NODE_SCRIPT = path.join(import.meta.dirname, 'lib', 'notification-node.ts');
const SETTINGS = (process.env.BENCH_NOTIFICATION_SETTINGS ?? '1x32,2x32,2x8')
  .split(',')
  .map((setting) => {
    const match = /^\s*(\d+)\s*x\s*(\d+)\s*$/.exec(setting);
    if (!match) throw new Error(`BENCH_NOTIFICATION_SETTINGS: "${setting}" is not <nodes>x<n>`);
    return { nodes: Number(match[1]), concurrency: Number(match[2]) };
  });
// A folder: the first measured drain's CPU profile (this process) is written there.
const BASELINE_ITERATIONS = 2_000;
const TARGET_PER_SECOND = 500;
// Sends and subscriptions go out this many at a time while the backlog is raised.
const SEED_PARALLELISM = 64;
const MESSAGE_ID_DOMAIN = '@flexbnb-messenger>';
const POSTGRES = 'PostgreSQL';

type Setting = (typeof SETTINGS)[number];
type MailSink = MailServer<CountedMail>;

/** One seeded thread: the guest who wrote, the host who is told. */
interface Thread {
  conversationId: string;
  guest: Actor;
  host: Actor;
}

/** One drain of one backlog: how fast, at what CPU cost, and whether exactly once. */
interface Drained {
  setting: Setting;
  threads: number;
  seconds: number;
  emailSeconds: number;
  pushSeconds: number;
  /** This process: the SMTP sink and the push stand-in. */
  benchCpuMs: number;
  /** The worker nodes' processes. */
  nodesCpuMs: number;
  postgresCpuMs: number;
  problems: string[];
}

/** Runs the notification delivery bench on a throw-away database of `context.serverUrl`. */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(serverUrl, async ({ name: databaseName, url, database }) => {
    const { db } = database;
    await describeMachine(db, `; load average ${loadAverage()}`);

    const { summary: base, insertsPerSecond } = await measureBaseline(db, BASELINE_ITERATIONS);

    const [mail, push] = await Promise.all([startMailServer({ parse: false }), startPushService()]);
    const config = benchConfig(url, mail.url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // The services that raise the backlog: what the API nodes would be. No runner among them.
    const api = createServices({ db, config, now: () => new Date(), log: quiet });
    try {
      const { public_key: vapidKey } = await api.notifications.vapidPublicKey();
      const bench = { url, databaseName, client, api, mail, push, vapidKey };
      console.log(
        `\nfor each setting: new worker nodes warm up on ${WARM_UP_THREADS} threads (not ` +
          `counted: JIT, MJML's first compile, connections), then drain ` +
          `${THREADS.toLocaleString('en')} threads`,
      );
      const results: Drained[] = [];
      for (const [i, setting] of SETTINGS.entries()) {
        // The worker nodes, each a process of its own as real nodes are.
        const config = benchConfig(url, mail.url, setting.concurrency);
        const nodes = await Promise.all(
          Array.from({ length: setting.nodes }, () => startNode({ config, ca: push.ca })),
        );
        try {
          report(await drainBacklog(bench, nodes, setting, WARM_UP_THREADS, `warm${i}`), 'warm-up');
          const drained = await drainBacklog(bench, nodes, setting, THREADS, `run${i}`);
          report(drained, 'run');
          results.push(drained);
        } finally {
          await Promise.all(nodes.map((n) => n.stop()));
        }
      }

      console.log(
        `\n${THREADS.toLocaleString('en')} notifications (one email and one push delivery each, ` +
          `due at once) drained by worker nodes, each its own process, pool of ${POOL_SIZE} ` +
          `connections, services and job runner; push over kept-alive HTTPS connections; load ` +
          `average after ${loadAverage()}\n`,
      );
      console.log(
        formatTable(
          [
            'measure',
            'deliveries/s',
            'emails/s',
            'pushes/s',
            '/ insert rate',
            'nodes CPU ms/delivery',
            'stand-ins CPU ms/delivery',
            'PostgreSQL CPU ms/delivery',
          ],
          [
            [
              `${base.name} (p50 ${ms(base.p50)} ms, p99 ${ms(base.p99)} ms)`,
              rate(insertsPerSecond),
              '',
              '',
              ratio(1),
              '',
              '',
              '',
            ],
            ...results.map((d) => {
              const deliveries = 2 * d.threads;
              return [
                describe(d.setting),
                rate(deliveries / d.seconds),
                rate(d.threads / d.emailSeconds),
                rate(d.threads / d.pushSeconds),
                ratio(deliveries / d.seconds / insertsPerSecond),
                (d.nodesCpuMs / deliveries).toFixed(2),
                (d.benchCpuMs / deliveries).toFixed(2),
                (d.postgresCpuMs / deliveries).toFixed(2),
              ];
            }),
          ],
        ),
      );

      const [target] = results;
      const perSecond = (2 * target!.threads) / target!.seconds;
      const problems = results.flatMap((d) => d.problems);
      printTargets([
        {
          target:
            `notification deliveries sent ≥ ${TARGET_PER_SECOND}/s to the loopback SMTP ` +
            `server and push stand-in (${describe(target!.setting)})`,
          met: perSecond >= TARGET_PER_SECOND && target!.problems.length === 0,
          figure:
            `${rate(perSecond)}/s (email ${rate(target!.threads / target!.emailSeconds)}/s, ` +
            `push ${rate(target!.threads / target!.pushSeconds)}/s), ` +
            `${ratio(perSecond / insertsPerSecond)} the bare-insert rate of ` +
            `${rate(insertsPerSecond)}/s`,
        },
        {
          target: 'every delivery of every run sent exactly once (sink, stand-in, rows, jobs)',
          met: problems.length === 0,
          figure: problems.length === 0 ? 'yes' : problems.join('; '),
        },
      ]);
    } finally {
      await api.notifications.close();
      await client.end();
      await Promise.all([mail.close(), push.close()]);
    }
  });
}

const describe = ({ nodes, concurrency }: Setting) =>
  `${nodes} node${nodes === 1 ? '' : 's'} × concurrency ${concurrency}`;

function report(d: Drained, label: string) {
  const deliveries = 2 * d.threads;
  console.log(
    `  ${label}, ${describe(d.setting)}: ${deliveries} deliveries ` +
      `in ${d.seconds.toFixed(2)} s = ${rate(deliveries / d.seconds)}/s (emails ` +
      `${rate(d.threads / d.emailSeconds)}/s, pushes ${rate(d.threads / d.pushSeconds)}/s); CPU per ` +
      `delivery: worker nodes ${(d.nodesCpuMs / deliveries).toFixed(2)} ms, stand-ins ` +
      `${(d.benchCpuMs / deliveries).toFixed(2)} ms, ${POSTGRES} ` +
      `${(d.postgresCpuMs / deliveries).toFixed(2)} ms; exactly once: ` +
      (d.problems.length === 0 ? 'yes' : `NO (${d.problems.join('; ')})`),
  );
}

/** What a node of the bench is configured with; `concurrency` is JOBS_CONCURRENCY. */
function benchConfig(url: string, smtpUrl: string, concurrency?: number): Config {
  return loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    PUBLIC_URL: 'https://messenger.flexbnb.test',
    EMAIL_FROM: 'FlexBNB Messenger <no-reply@flexbnb.test>',
    SMTP_URL: smtpUrl,
    NOTIFY_PUSH_DELAY_SECONDS: '0',
    NOTIFY_EMAIL_DELAY_SECONDS: '0',
    // The backlog is raised as fast as the send path takes it.
    SEND_RATE_LIMIT_PER_MINUTE: '1000000',
    SEND_MAX_WAIT_MS: '60000',
    ...(concurrency === undefined ? {} : { JOBS_CONCURRENCY: String(concurrency) }),
  });
}

interface Bench {
  url: string;
  databaseName: string;
  client: pg.Client;
  api: Services;
  mail: MailSink;
  push: PushServiceStandIn;
  vapidKey: string;
}

/** Raises `threads` notifications with no runner running, then drains them with `setting`. */
async function drainBacklog(
  bench: Bench,
  nodes: WorkerNode[],
  setting: Setting,
  threads: number,
  tag: string,
): Promise<Drained> {
  const { client, mail, push } = bench;
  const seeded = await seedThreads(client, threads, tag);
  await subscribeHosts(bench, seeded);
  await raise(bench.api, seeded);
  const hostIds = seeded.map((t) => t.host.id);
  const deliveries = await deliveriesOf(client, hostIds);
  const due = deliveries.filter((d) => d.due_now).length;
  if (deliveries.length !== 2 * threads || due !== 2 * threads) {
    throw new Error(
      `Expected ${2 * threads} deliveries due now, found ${deliveries.length} (${due} due)`,
    );
  }
  const mailBefore = mail.received.length;
  const pushBefore = push.received.length;
  const rejectedBefore = push.rejected.length;

  const groups = { [POSTGRES]: postgresOf(bench.databaseName) };
  const pgBefore = cpuTimes(groups);
  const cpuBefore = process.cpuUsage();
  const startedAt = Date.now();
  const t0 = process.hrtime.bigint();
  // Each drain ends when its runner finds nothing due and has nothing running.
  const nodesCpuMs = (await Promise.all(nodes.map((n) => n.run()))).reduce((a, b) => a + b, 0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const pgAfter = cpuTimes(groups);

  const after = await deliveriesOf(client, hostIds);
  const lastSent = (channel: string) =>
    Math.max(...after.flatMap((d) => (d.channel === channel ? (d.sent_at_ms ?? []) : [])));
  return {
    setting,
    threads,
    seconds,
    emailSeconds: (lastSent('email') - startedAt) / 1000,
    pushSeconds: (lastSent('push') - startedAt) / 1000,
    benchCpuMs: (cpu.user + cpu.system) / 1000,
    nodesCpuMs,
    postgresCpuMs: pgAfter[POSTGRES]! - pgBefore[POSTGRES]!,
    problems: await exactlyOnce(bench, after, {
      emails: mail.received.slice(mailBefore),
      pushes: push.received.slice(pushBefore),
      rejected: push.rejected.length - rejectedBefore,
      threads,
    }),
  };
}

/** A worker node in a process of its own (see lib/notification-node.ts), ready to run. */
type WorkerNode = Awaited<ReturnType<typeof startNode>>;

async function startNode(setup: NodeSetup) {
  const child = fork(NODE_SCRIPT, [], {
    // With the heap settings of the start script, as `npm start` runs a node.
    execArgv: [...startScriptNodeOptions(), '--import', 'tsx'],
    env: { ...process.env, BENCH_NOTIFICATION_NODE: JSON.stringify(setup) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type: NodeMessage['type']) =>
    new Promise<NodeMessage>((resolve, reject) => {
      const onMessage = (message: NodeMessage) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null) =>
        reject(new Error(`a worker node exited with ${code} before ${type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  await next('ready');
  return {
    /** Drains the due jobs; answers the node's CPU time for it (ms). */
    async run() {
      const drained = next('drained');
      child.send('run');
      const message = await drained;
      return message.type === 'drained' ? message.cpuMs : 0;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}

/** `count` hosts, each with a property, and a guest's conversation with each: set-based. */
async function seedThreads(client: pg.Client, count: number, tag: string): Promise<Thread[]> {
  const seeded: Thread[] = Array.from({ length: count }, (_, i) => ({
    conversationId: randomUUID(),
    guest: {
      id: randomUUID(),
      role: 'user',
      name: `Gina Guest ${i}`,
      email: `guest.${tag}.${i}@bench.example`,
    },
    host: {
      id: randomUUID(),
      role: 'user',
      name: `Hana Host ${i}`,
      email: `host.${tag}.${i}@bench.example`,
    },
  }));
  const users = seeded.flatMap((t) => [t.guest, t.host]);
  await client.query(
    `insert into users (id, email, name) select * from unnest($1::uuid[], $2::text[], $3::text[])`,
    [users.map((u) => u.id), users.map((u) => u.email), users.map((u) => u.name)],
  );
  await client.query(
    `with p as (
       insert into properties (host_id, title, address)
       select h, 'Bench Loft ' || i, 'Bench Street ' || i
         from unnest($1::uuid[]) with ordinality as t(h, i)
       returning id, host_id)
     insert into conversations (id, property_id, guest_id, host_id)
     select c, p.id, g, h
       from unnest($2::uuid[], $3::uuid[], $1::uuid[]) as t(c, g, h)
       join p on p.host_id = t.h`,
    [
      seeded.map((t) => t.host.id),
      seeded.map((t) => t.conversationId),
      seeded.map((t) => t.guest.id),
    ],
  );
  return seeded;
}

/** Each host subscribes one browser of the stand-in, as the web app would, with the app's key. */
async function subscribeHosts(bench: Bench, seeded: Thread[]) {
  await inBatches(seeded, SEED_PARALLELISM, async (t) => {
    const subscription = bench.push.subscribe({ applicationServerKey: bench.vapidKey });
    await bench.api.notifications.subscribePush(t.host, {
      endpoint: subscription.endpoint,
      keys: subscription.keys,
    });
  });
}

/** The guest of each thread writes: the real send path raises the host's notification. */
async function raise(api: Services, seeded: Thread[]) {
  await inBatches(seeded, SEED_PARALLELISM, async (t, i) => {
    const { created } = await api.messages.send(t.guest, {
      conversation_id: t.conversationId,
      message: `Hello! Is the loft free from Friday ${i} to Sunday? We are two adults.`,
    });
    if (!created) throw new Error(`message ${i} was not created`);
  });
}

interface DeliveryState extends Record<string, unknown> {
  id: string;
  notification_id: string;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
  due_now: boolean;
  sent_at_ms: number | null;
  sent_rows: number;
  other_rows: number;
  jobs: number;
  jobs_completed_once: number;
}

async function deliveriesOf(client: pg.Client, hostIds: string[]): Promise<DeliveryState[]> {
  const { rows } = await client.query<DeliveryState>(
    `select d.id, d.notification_id, d.channel, d.status, d.attempts, d.last_error,
            d.next_attempt_at <= now() as due_now,
            (extract(epoch from d.sent_at) * 1000)::float8 as sent_at_ms,
            coalesce(a.sent, 0)::int as sent_rows, coalesce(a.other, 0)::int as other_rows,
            coalesce(k.jobs, 0)::int as jobs,
            coalesce(k.completed_once, 0)::int as jobs_completed_once
       from notification_deliveries d
       join notifications n on n.id = d.notification_id
       left join (select delivery_id, count(*) filter (where outcome = 'sent') as sent,
                         count(*) filter (where outcome <> 'sent') as other
                    from notification_delivery_attempts group by delivery_id) a
         on a.delivery_id = d.id
       left join (select payload->>'delivery_id' as delivery_id, count(*) as jobs,
                         count(*) filter (where idempotency_key = (payload->>'delivery_id') || ':1'
                                            and state = 'completed' and attempts = 1)
                           as completed_once
                    from jobs where kind = 'notifications.deliver' group by 1) k
         on k.delivery_id = d.id::text
      where n.user_id = any($1::uuid[])`,
    [hostIds],
  );
  return rows;
}

/** What breaks exactly-once in one drain; empty when nothing does. */
async function exactlyOnce(
  bench: Bench,
  deliveries: DeliveryState[],
  seen: {
    emails: MailSink['received'];
    pushes: PushServiceStandIn['received'];
    rejected: number;
    threads: number;
  },
): Promise<string[]> {
  const problems: string[] = [];
  const { threads } = seen;
  const emails = deliveries.filter((d) => d.channel === 'email');
  const pushes = deliveries.filter((d) => d.channel === 'push');
  if (emails.length !== threads || pushes.length !== threads) {
    problems.push(`${emails.length} email and ${pushes.length} push deliveries for ${threads}`);
  }
  const notSent = deliveries.filter((d) => d.status !== 'sent' || d.attempts !== 1);
  if (notSent.length > 0) {
    problems.push(
      `${notSent.length} deliveries not sent at attempt 1 (e.g. ${notSent[0]!.channel} ` +
        `${notSent[0]!.status}, attempts ${notSent[0]!.attempts}, last error ` +
        `${JSON.stringify(notSent[0]!.last_error)})`,
    );
  }
  const badRows = deliveries.filter((d) => d.sent_rows !== 1 || d.other_rows !== 0);
  if (badRows.length > 0) problems.push(`${badRows.length} deliveries without one sent attempt`);
  const badJobs = deliveries.filter((d) => d.jobs !== 1 || d.jobs_completed_once !== 1);
  if (badJobs.length > 0)
    problems.push(`${badJobs.length} deliveries whose job ran other than once`);

  const messageIds = seen.emails.map((m) => m.messageId ?? '');
  const expected = new Set(emails.map((d) => `<${d.id}${MESSAGE_ID_DOMAIN}`));
  const distinct = new Set(messageIds);
  if (seen.emails.length !== threads || distinct.size !== threads) {
    problems.push(
      `the sink got ${seen.emails.length} emails with ${distinct.size} distinct Message-IDs`,
    );
  }
  if ([...distinct].some((id) => !expected.has(id))) {
    problems.push('the sink got an email of no delivery of this run');
  }

  const subscriptions = new Set(seen.pushes.map((p) => p.subscriptionId));
  const notified = new Set(
    seen.pushes.map(
      (p) => (JSON.parse(p.payload ?? '{}') as { notification_id?: string }).notification_id,
    ),
  );
  const expectedNotifications = new Set(pushes.map((d) => d.notification_id));
  if (seen.pushes.length !== threads || subscriptions.size !== threads) {
    problems.push(
      `the stand-in got ${seen.pushes.length} pushes to ${subscriptions.size} subscriptions`,
    );
  }
  if (
    notified.size !== threads ||
    [...notified].some((id) => !expectedNotifications.has(id ?? ''))
  ) {
    problems.push(`the pushes named ${notified.size} notifications, not this run's ${threads}`);
  }
  if (seen.rejected > 0) problems.push(`the stand-in refused ${seen.rejected} pushes`);
  // Nothing left behind: no job of this kind still pending, running or failed.
  const {
    rows: [left],
  } = await bench.client.query<{ count: number }>(
    `select count(*)::int as count from jobs
      where kind = 'notifications.deliver' and state <> 'completed'`,
  );
  if (left!.count > 0) problems.push(`${left!.count} delivery jobs not completed`);
  return problems;
}

async function inBatches<T>(items: T[], size: number, each: (item: T, i: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map((item, j) => each(item, i + j)));
  }
}

const quiet: Logger = {
  info: () => {},
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};
const rate = (value: number) => Math.round(value).toLocaleString('en');
