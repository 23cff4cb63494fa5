/**
 * Automated reminders benchmark: `npm run bench -- reminders` (PostgreSQL must answer).
 *
 * On a throw-away PostgreSQL database: the bare `INSERT … RETURNING` baseline (as the jobs
 * bench measures it), then, for each runner setting, a backlog of BENCH_REMINDERS reminders
 * (default 10,000) all due at once, drained by worker nodes, each in a process of its own
 * (lib/reminder-node.ts) as `ROLES=worker` nodes are, with its own pool, services and
 * configured job runner. Reminders are sent by the `reminders.send` job of the instant they
 * fall due at, through `services.reminders.sendDue`: batches of the due reminders, each one
 * statement that marks them sent and raises their in-app notifications with their change-feed
 * rows; the jobs of several instants running at once share the backlog (SKIP LOCKED).
 *
 * The backlog is seeded set-based, in one statement per round, as scheduling leaves it: per
 * reminder a guest and a confirmed reservation (each host has one property with ten stays a
 * week apart, so no two confirmed stays of a property share a night), its
 * `automated_reminders` row (status scheduled, due a second ago, at one of INSTANTS instants a
 * millisecond apart, as stays share check-in times) and one job per instant (`sendJobsSql`, as
 * reminders.repo.ts's saveSchedules writes them). The reminders
 * take the six (type, offset) pairs of REMINDER_OFFSETS in turn, so two in three are check-in
 * or check-out ones that tell the host too. Every user has notification preferences with
 * email, SMS and push off for the reminder types: in-app delivery only, no delivery rows and
 * no delivery jobs. The seeded tables are vacuumed and analysed before the clock starts (the
 * reminders were scheduled days before they fell due). Nothing runs while a backlog is seeded;
 * then the nodes start their runners and the clock runs until every node's drain ends.
 *
 * Checked, exactly once: every reminder `sent` with its notification id; exactly one guest
 * notification per reminder, under that id; one host notification per check-in or check-out
 * reminder and none per payment one; one `notification.created` change-feed row per
 * notification; no delivery rows, no `notifications.deliver` jobs; every `reminders.send` job
 * completed.
 *
 * Lateness: sent_at minus the moment the reminder was due with a worker running, i.e. the
 * drain's start (the backlog fell due before the runners started): p50 and p99 over the
 * backlog, which for a burst of reminders due together is mostly its place in the queue.
 *
 * Environment: BENCH_REMINDERS (reminders per setting, 10000), BENCH_REMINDER_SETTINGS
 * (`<nodes>x<concurrency>` each, comma-separated, the first the target's; default
 * `1x<JOBS_CONCURRENCY's default>,2x<the same>,1x32`: one node as a small host runs it, two
 * (on this machine's two cores they compete for them), and one with a larger job concurrency,
 * whose larger claims make larger send batches), BENCH_REMINDER_POOL (connections per node,
 * 10 as the server's DATABASE_POOL_SIZE default), BENCH_REMINDER_WARM_UP (reminders of the
 * unmeasured warm-up round each setting's new nodes drain first, 500).
 *
 * CPU per reminder: the worker nodes' (`process.cpuUsage` in each, over its drain) and
 * PostgreSQL's — the backends connected to the bench's database and the server's own writers
 * (from /proc, so Linux only); other databases' backends on a shared server are left out.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig, type Config } from '../server/src/config.ts';
import { SEND_JOB, sendJobsSql } from '../server/src/modules/reminders/reminders.repo.ts';
import { REMINDER_OFFSETS } from '../server/src/modules/reminders/reminders.schedule.ts';
import { queryRows, type Database } from '../server/src/platform/db/connect.ts';
import { enqueueSql } from '../server/src/platform/jobs/index.ts';
import { startScriptNodeOptions } from '../server/test/server-process.ts';
import { printTargets, type BenchContext } from './lib/bench.ts';
import { cpuTimes, postgresOf } from './lib/cpu.ts';
import { withFreshDatabase } from './lib/fresh-database.ts';
import { describeMachine, loadAverage, measureBaseline } from './lib/machine.ts';
import type { ReminderNodeMessage, ReminderNodeSetup } from './lib/reminder-node.ts';
import { formatTable, ms, percentile, ratio } from './lib/stats.ts';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const WARM_UP_REMINDERS = Number(process.env.BENCH_REMINDER_WARM_UP ?? 500);
const POOL_SIZE = Number(process.env.BENCH_REMINDER_POOL ?? 10);
const DEFAULT_CONCURRENCY = loadConfig({}).jobs.concurrency;
const SETTINGS = (
  process.env.BENCH_REMINDER_SETTINGS ?? `1x${DEFAULT_CONCURRENCY},2x${DEFAULT_CONCURRENCY},1x32`
)
  .split(',')
  .map((setting) => {
    const match = /^\s*(\d+)\s*x\s*(\d+)\s*$/.exec(setting);
    if (!match) throw new Error(`BENCH_REMINDER_SETTINGS: "${setting}" is not <nodes>x<n>`);
    return { nodes: Number(match[1]), concurrency: Number(match[2]) };
  });
const NODE_SCRIPT = path.join(import.meta.dirname, 'lib', 'reminder-node.ts');
const BASELINE_ITERATIONS = 2_000;
const TARGET_PER_SECOND = 2_000;
/** The instants the backlog falls due at, each with its send job. */
const INSTANTS = 100;
/** Stays a host has at once: its one property's, a week apart. */
const STAYS_PER_HOST = 10;
const REMINDER_TYPES = [...new Set(REMINDER_OFFSETS.map((o) => o.type))];
const POSTGRES = 'PostgreSQL';

type Setting = (typeof SETTINGS)[number];
type Db = Database['db'];

/** One drain of one backlog: how fast, at what CPU cost, how late, and whether exactly once. */
interface Drained {
  setting: Setting;
  reminders: number;
  notifications: number;
  seconds: number;
  nodesCpuMs: number;
  postgresCpuMs: number;
  /** sent_at minus the drain's start, ms. */
  lateP50: number;
  lateP99: number;
  problems: string[];
}

/** Runs the reminders bench on a throw-away database of `context.serverUrl`. */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(serverUrl, async ({ name: databaseName, url, database }) => {
    const { db } = database;
    await describeMachine(db, `; load average ${loadAverage()}`);

    const { summary: base, insertsPerSecond } = await measureBaseline(db, BASELINE_ITERATIONS);

    console.log(
      `\nfor each setting: new worker nodes warm up on ${WARM_UP_REMINDERS} reminders (not ` +
        `counted: JIT, plans, connections), then drain ${REMINDERS.toLocaleString('en')}`,
    );
    const results: Drained[] = [];
    for (const setting of SETTINGS) {
      const config = benchConfig(url, setting.concurrency);
      const nodes = await Promise.all(
        Array.from({ length: setting.nodes }, () => startNode({ config })),
      );
      try {
        const warm = await drainBacklog(db, databaseName, nodes, setting, WARM_UP_REMINDERS);
        report(warm, 'warm-up');
        const drained = await drainBacklog(db, databaseName, nodes, setting, REMINDERS);
        report(drained, 'run');
        results.push(drained);
      } finally {
        await Promise.all(nodes.map((n) => n.stop()));
      }
    }

    console.log(
      `\n${REMINDERS.toLocaleString('en')} reminders due at once (in-app only; 2 in 3 tell ` +
        `the host too) sent by worker nodes, each its own process, pool of ${POOL_SIZE} ` +
        `connections, services and job runner; load average after ${loadAverage()}\n`,
    );
    console.log(
      formatTable(
        [
          'measure',
          'reminders/s',
          '/ insert rate',
          'nodes CPU ms/reminder',
          'PostgreSQL CPU ms/reminder',
          'late p50 ms',
          'late p99 ms',
        ],
        [
          [
            `${base.name} (p50 ${ms(base.p50)} ms, p99 ${ms(base.p99)} ms)`,
            rate(insertsPerSecond),
            ratio(1),
            '',
            '',
            '',
            '',
          ],
          ...results.map((d) => [
            describe(d.setting),
            rate(d.reminders / d.seconds),
            ratio(d.reminders / d.seconds / insertsPerSecond),
            (d.nodesCpuMs / d.reminders).toFixed(3),
            (d.postgresCpuMs / d.reminders).toFixed(3),
            d.lateP50.toFixed(0),
            d.lateP99.toFixed(0),
          ]),
        ],
      ),
    );
    const cores = os.cpus().length;
    console.log(
      `\n${cores} cores give ${((cores * 1000) / TARGET_PER_SECOND).toFixed(2)} ms of CPU per ` +
        `reminder at ${rate(TARGET_PER_SECOND)}/s, for the nodes and PostgreSQL together`,
    );

    const [target] = results;
    const perSecond = target!.reminders / target!.seconds;
    const problems = results.flatMap((d) => d.problems.map((p) => `${describe(d.setting)}: ${p}`));
    printTargets([
      {
        target:
          `reminders sent ≥ ${rate(TARGET_PER_SECOND)}/s on PostgreSQL with in-app delivery ` +
          `(${describe(target!.setting)})`,
        met: perSecond >= TARGET_PER_SECOND && target!.problems.length === 0,
        figure:
          `${rate(perSecond)}/s, ${ratio(perSecond / insertsPerSecond)} the bare-insert rate ` +
          `of ${rate(insertsPerSecond)}/s; sent p50 ${target!.lateP50.toFixed(0)} ms, ` +
          `p99 ${target!.lateP99.toFixed(0)} ms after falling due`,
      },
      {
        target:
          'every reminder of every run sent exactly once (reminder rows, notifications, ' +
          'change feed, jobs)',
        met: problems.length === 0,
        figure: problems.length === 0 ? 'yes' : problems.join('; '),
      },
    ]);
  });
}

const describe = ({ nodes, concurrency }: Setting) =>
  `${nodes} node${nodes === 1 ? '' : 's'} × concurrency ${concurrency}`;

function report(d: Drained, label: string) {
  console.log(
    `  ${label}, ${describe(d.setting)}: ${d.reminders} reminders (${d.notifications} ` +
      `notifications) in ${d.seconds.toFixed(2)} s = ${rate(d.reminders / d.seconds)}/s; CPU ` +
      `per reminder: worker nodes ${(d.nodesCpuMs / d.reminders).toFixed(3)} ms, ${POSTGRES} ` +
      `${(d.postgresCpuMs / d.reminders).toFixed(3)} ms; sent after falling due p50 ` +
      `${d.lateP50.toFixed(0)} ms, p99 ${d.lateP99.toFixed(0)} ms; exactly once: ` +
      (d.problems.length === 0 ? 'yes' : `NO (${d.problems.join('; ')})`),
  );
}

/** What a worker node of the bench is configured with; `concurrency` is JOBS_CONCURRENCY. */
function benchConfig(url: string, concurrency: number): Config {
  return loadConfig({
    NODE_ENV: 'production',
    ROLES: 'worker',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    PUBLIC_URL: 'https://messenger.flexbnb.test',
    JOBS_CONCURRENCY: String(concurrency),
  });
}

/** Seeds `count` reminders due now with no runner running, then drains them with `setting`. */
async function drainBacklog(
  db: Db,
  databaseName: string,
  nodes: WorkerNode[],
  setting: Setting,
  count: number,
): Promise<Drained> {
  const ids = await seedBacklog(db, count);

  const groups = { [POSTGRES]: postgresOf(databaseName) };
  const pgBefore = cpuTimes(groups);
  const startedAt = Date.now();
  const t0 = process.hrtime.bigint();
  // Each drain ends when its runner finds nothing due and has nothing running.
  const nodesCpuMs = (await Promise.all(nodes.map((n) => n.run()))).reduce((a, b) => a + b, 0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const pgAfter = cpuTimes(groups);

  const states = await remindersOf(db, ids);
  const late = states
    .flatMap((r) => (r.sent_at_ms === null ? [] : [Math.max(0, r.sent_at_ms - startedAt)]))
    .sort((a, b) => a - b);
  return {
    setting,
    reminders: count,
    notifications: states.reduce((sum, r) => sum + r.guest_notifications + r.host_notifications, 0),
    seconds,
    nodesCpuMs,
    postgresCpuMs: pgAfter[POSTGRES]! - pgBefore[POSTGRES]!,
    lateP50: percentile(late, 50),
    lateP99: percentile(late, 99),
    problems: await exactlyOnce(db, states, count),
  };
}

let round = 0;

/**
 * `count` reminders due a second ago, each of its own guest's confirmed stay, with its job:
 * one statement. Answers the reminders' ids.
 */
async function seedBacklog(db: Db, count: number): Promise<string[]> {
  const tag = `r${round++}`;
  const hosts = Math.ceil(count / STAYS_PER_HOST);
  const rows = await queryRows<{ id: string; jobs: number }>(
    db,
    sql`with
      hosts as materialized (
        select i, gen_random_uuid() as id, gen_random_uuid() as property_id
        from generate_series(1, ${hosts}::int) as i),
      stays as materialized (
        select i, gen_random_uuid() as guest_id, gen_random_uuid() as reservation_id,
               gen_random_uuid() as reminder_id, (i - 1) % ${hosts}::int + 1 as host,
               (i - 1) / ${hosts}::int as week,
               (${sql.param(REMINDER_OFFSETS.map((o) => o.type))}::text[])[(i - 1) % ${REMINDER_OFFSETS.length}::int + 1]
                 as reminder_type,
               (${sql.param(REMINDER_OFFSETS.map((o) => o.offsetMinutes))}::int[])[(i - 1) % ${REMINDER_OFFSETS.length}::int + 1]
                 as offset_minutes
        from generate_series(1, ${count}::int) as i),
      new_users as (
        insert into users (id, email, name)
        select id, 'host.' || ${tag}::text || '.' || i || '@bench.example', 'Hana Host ' || i
        from hosts
        union all
        select guest_id, 'guest.' || ${tag}::text || '.' || i || '@bench.example',
               'Gina Guest ' || i
        from stays
        returning id),
      preferences as (
        insert into notification_preferences (user_id, notification_type, email, sms, push)
        select u.id, t.type, false, false, false
        from new_users u cross join unnest(${sql.param(REMINDER_TYPES)}::text[]) as t(type)),
      new_properties as (
        insert into properties (id, host_id, title, address, timezone, check_in_time,
                                check_out_time)
        select property_id, id, 'Alfama Loft ' || i, 'Rua da Saudade ' || i || ', Lisbon',
               'Europe/Lisbon', '16:00', '11:00'
        from hosts),
      new_reservations as (
        insert into reservations (id, property_id, guest_id, check_in, check_out, guests,
                                  total_price, payment_due_at, status)
        select s.reservation_id, h.property_id, s.guest_id, current_date + 30 + 7 * s.week,
               current_date + 33 + 7 * s.week, 2, 480.00, now() + interval '3 days', 'confirmed'
        from stays s join hosts h on h.i = s.host),
      reminders as (
        insert into automated_reminders (id, reservation_id, reminder_type, offset_minutes,
                                         scheduled_for, status)
        select reminder_id, reservation_id, reminder_type, offset_minutes,
               date_trunc('milliseconds', now()) - interval '1 second'
                 - (i % ${INSTANTS}::int) * interval '1 ms', 'scheduled'
        from stays
        returning id, scheduled_for),
      queued as (${enqueueSql(sendJobsSql(sql`reminders`))})
      select r.id, (select count(*)::int from queued) as jobs from reminders r`,
  );
  const instants = Math.min(count, INSTANTS);
  if (rows.length !== count || rows[0]?.jobs !== instants) {
    throw new Error(
      `Seeded ${rows.length} reminders and ${rows[0]?.jobs} jobs, not ${count} and ${instants}`,
    );
  }
  await db.execute(
    sql`vacuum (analyze) users, notification_preferences, properties, reservations,
          automated_reminders, jobs`,
  );
  return rows.map((r) => r.id);
}

/** A worker node in a process of its own (see lib/reminder-node.ts), ready to run. */
type WorkerNode = Awaited<ReturnType<typeof startNode>>;

async function startNode(setup: ReminderNodeSetup) {
  const child = fork(NODE_SCRIPT, [], {
    // With the heap settings of the start script, as `npm start` runs a node.
    execArgv: [...startScriptNodeOptions(), '--import', 'tsx'],
    env: { ...process.env, BENCH_REMINDER_NODE: JSON.stringify(setup) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type: ReminderNodeMessage['type']) =>
    new Promise<ReminderNodeMessage>((resolve, reject) => {
      const onMessage = (message: ReminderNodeMessage) => {
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

interface ReminderState extends Record<string, unknown> {
  id: string;
  reminder_type: string;
  status: string;
  notification_id: string | null;
  sent_at_ms: number | null;
  guest_notifications: number;
  /** Guest notifications whose id is the reminder's notification_id. */
  named: number;
  host_notifications: number;
  feed_rows: number;
  deliveries: number;
}

/** Each reminder of `ids` with what sending it wrote. */
async function remindersOf(db: Db, ids: string[]): Promise<ReminderState[]> {
  return queryRows<ReminderState>(
    db,
    sql`with
      r as materialized (
        select r.id, r.reservation_id, r.reminder_type, r.status, r.notification_id,
               r.sent_at, res.guest_id, p.host_id
        from automated_reminders r
        join reservations res on res.id = r.reservation_id
        join properties p on p.id = res.property_id
        where r.id = any(${sql.param(ids)}::uuid[])),
      n as materialized (
        select n.id, n.user_id, n.reservation_id, n.notification_type,
               (select count(*) from change_events c
                 where c.user_id = n.user_id and c.type = 'notification.created'
                   and c.payload ->> 'notification_id' = n.id::text) as feed_rows,
               (select count(*) from notification_deliveries d where d.notification_id = n.id)
                 as deliveries
        from notifications n
        where n.reservation_id in (select reservation_id from r))
      select r.id, r.reminder_type, r.status, r.notification_id,
             (extract(epoch from r.sent_at) * 1000)::float8 as sent_at_ms,
             count(n.id) filter (where n.user_id = r.guest_id)::int as guest_notifications,
             count(n.id) filter (where n.user_id = r.guest_id and n.id = r.notification_id)::int
               as named,
             count(n.id) filter (where n.user_id = r.host_id)::int as host_notifications,
             coalesce(sum(n.feed_rows), 0)::int as feed_rows,
             coalesce(sum(n.deliveries), 0)::int as deliveries
      from r
      left join n on n.reservation_id = r.reservation_id and n.notification_type = r.reminder_type
      group by r.id, r.reminder_type, r.status, r.notification_id, r.sent_at`,
  );
}

/** What breaks exactly-once in one drain; empty when nothing does. */
async function exactlyOnce(db: Db, states: ReminderState[], count: number): Promise<string[]> {
  const problems: string[] = [];
  const hostTold = (type: string) => type !== 'payment_due_reminder';
  const flag = (what: string, bad: ReminderState[]) => {
    if (bad.length > 0) problems.push(`${bad.length} reminders ${what}`);
  };
  if (states.length !== count) problems.push(`${states.length} reminders found of ${count}`);
  flag(
    'not sent with a notification id',
    states.filter((r) => r.status !== 'sent' || r.notification_id === null),
  );
  flag(
    'without exactly one guest notification under their id',
    states.filter((r) => r.guest_notifications !== 1 || r.named !== 1),
  );
  flag(
    'with other than their host notification',
    states.filter((r) => r.host_notifications !== (hostTold(r.reminder_type) ? 1 : 0)),
  );
  flag(
    'without one change-feed row per notification',
    states.filter((r) => r.feed_rows !== r.guest_notifications + r.host_notifications),
  );
  flag(
    'with delivery rows (in-app only)',
    states.filter((r) => r.deliveries !== 0),
  );
  const [left] = await queryRows<{ unfinished: number; deliver: number }>(
    db,
    sql`select count(*) filter (where kind = ${SEND_JOB} and state <> 'completed')::int
                 as unfinished,
               count(*) filter (where kind = 'notifications.deliver')::int as deliver
        from jobs`,
  );
  if (left!.unfinished > 0) problems.push(`${left!.unfinished} reminder jobs not completed`);
  if (left!.deliver > 0) problems.push(`${left!.deliver} delivery jobs (in-app only)`);
  return problems;
}

const rate = (value: number) => Math.round(value).toLocaleString('en');
