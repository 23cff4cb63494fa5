import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, openTestDatabase } from '../../../test/harness.ts';
import { waitFor } from '../../../test/wait.ts';
import { queryRows, type Database } from '../../platform/db/connect.ts';
import { enqueueSql } from '../../platform/jobs/index.ts';
import { SEND_JOB, sendJobsSql } from './reminders.repo.ts';

// Three OS processes — two worker nodes running the reminders' jobs and one pass of the
// management command (`process-reminders`), each with its own pool — work through 10,000
// due reminders, and one worker is killed with SIGKILL mid-run. The jobs it had claimed come
// back when their lease runs out (30 s, the send job's own) and the surviving worker takes
// them. Every reminder must go out exactly once, with its notifications. PostgreSQL only: PGlite
// cannot be opened by several processes.

const REMINDERS = 10_000;
// They fall due at this many instants, as stays share check-in times: one send job each,
// SPREAD_MS apart, so the three processes meet while they come due (8 s).
const INSTANTS = 100;
const SPREAD_MS = 80;
// Hosts have several properties, so that senders of different reminders meet on a host's
// counters (the notification feed); each stay has its own property and guest.
const HOSTS = 1_000;
// The worker to be killed first sends this many, so that it dies in the middle of its work.
const KILL_AFTER_SENT = 500;
const JOBS_CONCURRENCY = 32;
const serverDir = path.resolve(import.meta.dirname, '../../..');

interface Node {
  name: string;
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  errors: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

describe('reminders raced by three processes', () => {
  let database: Database & { url?: string };
  const nodes: Node[] = [];

  beforeAll(async () => {
    // The PostgreSQL project alone runs `*.pg.test.ts` (vitest.config.ts).
    if (dbKind !== 'postgres') throw new Error('The reminders race needs PostgreSQL');
    database = await openTestDatabase();
  });

  afterAll(async () => {
    for (const node of nodes) {
      if (node.child.exitCode === null && node.child.signalCode === null) {
        node.child.kill('SIGKILL');
        await node.exited;
      }
    }
    await database?.close();
  });

  /** Starts `test/reminder-worker.ts` as `name` (its application_name in the database). */
  function start(name: string, mode: 'worker' | 'command'): Node {
    const url = new URL(database.url!);
    url.searchParams.set('application_name', name);
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/reminder-worker.ts'], {
      cwd: serverDir,
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        JOBS_CONCURRENCY: String(JOBS_CONCURRENCY),
        MODE: mode,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const node = { name, child, output: () => output, errors: () => errors, exited };
    nodes.push(node);
    return node;
  }

  /** Polls `probe` (see waitFor); on a timeout, names `what` with every process's output. */
  const until = <T>(
    what: string,
    probe: () => Promise<T | undefined> | T | undefined,
    ms: number,
  ) =>
    waitFor(probe, ms, {
      everyMs: 20,
      failure: () =>
        `Not ${what} within ${ms} ms\n` +
        nodes.map((n) => `--- ${n.name}:\n${n.output()}${n.errors()}`).join('\n'),
    });

  const sentBy = async () => {
    const rows = await queryRows<{ sender: string; sent: number }>(
      database.db,
      sql`select sender, count(*)::int as sent from race_reminder_sends group by sender`,
    );
    return new Map(rows.map((r) => [r.sender, r.sent]));
  };

  it('sends each of 10,000 due reminders exactly once while a worker is killed', async () => {
    const timings: Record<string, number> = {};
    const began = Date.now();
    const lap = (name: string) => (timings[name] = Date.now() - began);
    await seed(database);
    lap('seeded');

    const a = start('worker-a', 'worker');
    const b = start('worker-b', 'worker');
    const command = start('command', 'command');
    const ready = (node: Node, line: string) => node.output().includes(line);
    await until(
      'the three processes ready',
      () =>
        ready(a, 'worker ready') && ready(b, 'worker ready') && ready(command, 'command ready')
          ? true
          : undefined,
      30_000,
    );
    lap('ready');

    // The reminders fall due over the next seconds: the workers' jobs start at each instant,
    // the command runs a pass every 100 ms as a tight cron would, and worker-a is killed once
    // it has sent a part, while they are still coming due.
    await fallDue(database.db);
    command.child.stdin.end('go\n');
    lap('falling due');
    // Killed in the middle of a send (a statement of its under way), so a job of its is held.
    const atKill = await until(
      'worker-a sending',
      async () => {
        const sent = await sentBy();
        if ((sent.get('worker-a') ?? 0) < KILL_AFTER_SENT) return undefined;
        const [busy] = await queryRows<{ n: number }>(
          database.db,
          sql`select count(*)::int as n from pg_stat_activity
              where application_name = 'worker-a' and state = 'active'
                and query like '%reminders_due%'`,
        );
        return busy!.n > 0 ? sent : undefined;
      },
      30_000,
    );
    a.child.kill('SIGKILL');
    expect(await a.exited).toEqual({ code: null, signal: 'SIGKILL' });
    lap('worker-a killed');
    const sentAtKill = [...atKill.values()].reduce((sum, n) => sum + n, 0);
    expect(sentAtKill).toBeLessThan(REMINDERS);

    expect(await command.exited).toEqual({ code: 0, signal: null });
    lap('command done');
    // The killed worker's jobs run out their lease, and worker-b takes them.
    await until(
      'every reminder sent and every job finished',
      async () => {
        const [row] = await queryRows<{ unsent: number; unfinished: number }>(
          database.db,
          sql`select (select count(*)::int from automated_reminders where status <> 'sent') as unsent,
                     (select count(*)::int from jobs
                       where kind = ${SEND_JOB} and finished_at is null) as unfinished`,
        );
        return row!.unsent === 0 && row!.unfinished === 0 ? true : undefined;
      },
      60_000,
    );
    lap('all done');

    // Every reminder went out once, from one of the three processes, the killed one among them.
    const sent = await sentBy();
    expect(
      [...sent.keys()].filter((n) => !['worker-a', 'worker-b', 'command'].includes(n)),
    ).toEqual([]);
    expect([...sent.values()].reduce((sum, n) => sum + n, 0)).toBe(REMINDERS);
    expect(sent.get('worker-a')).toBeGreaterThanOrEqual(KILL_AFTER_SENT);
    expect(sent.get('worker-b')).toBeGreaterThan(0);
    expect(sent.get('command')).toBeGreaterThan(0);
    expect(
      await queryRows(
        database.db,
        sql`select reminder_id, count(*)::int as sends from race_reminder_sends
            group by reminder_id having count(*) <> 1 limit 10`,
      ),
    ).toEqual([]);
    const commandLine = /command sent (\d+) skipped (\d+)/.exec(command.output());
    expect(commandLine?.slice(1)).toEqual([String(sent.get('command') ?? 0), '0']);

    // Each reminder: sent, and its guest's and host's one notification, the guest's under the
    // id the reminder names.
    const reminders = await queryRows<{
      id: string;
      status: string;
      is_sent: boolean;
      sent_at: string | null;
      guest: number;
      host: number;
      named: number;
    }>(
      database.db,
      sql`select r.id, r.status, r.is_sent, r.sent_at::text,
                 count(*) filter (where n.user_id = res.guest_id)::int as guest,
                 count(*) filter (where n.user_id = p.host_id)::int as host,
                 count(*) filter (where n.id = r.notification_id and n.user_id = res.guest_id)::int
                   as named
          from automated_reminders r
          join reservations res on res.id = r.reservation_id
          join properties p on p.id = res.property_id
          left join notifications n on n.reservation_id = r.reservation_id
            and n.notification_type = r.reminder_type
          group by r.id, res.guest_id, p.host_id`,
    );
    expect(reminders).toHaveLength(REMINDERS);
    expect(
      reminders
        .filter(
          (r) =>
            r.status !== 'sent' ||
            !r.is_sent ||
            r.sent_at === null ||
            r.guest !== 1 ||
            r.host !== 1 ||
            r.named !== 1,
        )
        .slice(0, 10),
    ).toEqual([]);
    // No notification but these: one guest's and one host's per reminder.
    const [totals] = await queryRows<{
      notifications: number;
      orphans: number;
      deliveries: number;
    }>(
      database.db,
      sql`select (select count(*)::int from notifications) as notifications,
                 (select count(*)::int from notifications n
                   where not exists (select 1 from automated_reminders r
                                     where r.reservation_id = n.reservation_id
                                       and r.reminder_type = n.notification_type)) as orphans,
                 (select count(*)::int from notification_deliveries) as deliveries`,
    );
    expect(totals).toEqual({ notifications: 2 * REMINDERS, orphans: 0, deliveries: 0 });

    // Each user's feed: one `notification.created` per notification, cursors without gaps,
    // and the unread badge counting them.
    expect(
      await queryRows(
        database.db,
        sql`select u.id, n.count as notifications, e.count as events, e.max_cursor,
                   c.last_cursor, c.unread_notifications
            from users u
            left join (select user_id, count(*)::int as count from notifications group by 1) n
              on n.user_id = u.id
            left join (select user_id, count(*)::int as count, max(cursor)::int as max_cursor,
                              count(*) filter (where type = 'notification.created')::int as created
                         from change_events group by 1) e on e.user_id = u.id
            left join user_counters c on c.user_id = u.id
            where n.count is distinct from e.count or e.count is distinct from e.created
               or e.max_cursor is distinct from e.count or c.last_cursor is distinct from e.count
               or c.unread_notifications is distinct from n.count
            limit 10`,
      ),
    ).toEqual([]);

    // Every send job completed, none failed: at the first attempt, or at the second for those
    // the killed worker held (there were some: it died mid-run).
    const jobs = await queryRows<{ state: string; attempts: number; jobs: number }>(
      database.db,
      sql`select state, attempts, count(*)::int as jobs from jobs where kind = ${SEND_JOB}
          group by state, attempts order by state, attempts`,
    );
    expect(jobs.filter((j) => j.state !== 'completed' || j.attempts > 2)).toEqual([]);
    expect(jobs.reduce((sum, j) => sum + j.jobs, 0)).toBe(INSTANTS);
    const retaken = jobs.find((j) => j.attempts === 2)?.jobs ?? 0;
    expect(retaken).toBeGreaterThan(0);

    // The survivors logged no warning or error (the killed one neither, while it lived).
    expect(nodes.map((n) => [n.name, n.errors()])).toEqual(nodes.map((n) => [n.name, '']));

    console.info(
      `reminders race: ${JSON.stringify(timings)} ms; sent by ${JSON.stringify(
        Object.fromEntries(sent),
      )}; when worker-a was killed: ${JSON.stringify(Object.fromEntries(atKill))}; ` +
        `${retaken} jobs retaken after its lease`,
    );
  }, 110_000);
});

/**
 * The backlog, set-based: `REMINDERS` confirmed stays starting tomorrow, each its own guest and
 * property, the properties spread over `HOSTS` hosts; a check-in reminder of each, due within
 * the last hour, with its `reminders.send` job as scheduling makes it. The users turned email
 * and SMS of check-in reminders off, so the reminders raise in-app notifications only (the
 * channels are not what this test is about). A trigger records which process (its
 * application_name) marked each reminder sent, in the sending transaction.
 */
async function seed(database: Database) {
  const { db } = database;
  const id = (kind: string, n: SQL) => sql`md5(${kind} || '-' || ${n})::uuid`;
  await db.execute(sql`
    create table race_reminder_sends (
      reminder_id uuid not null,
      sender text not null,
      at timestamptz not null default clock_timestamp())`);
  await db.execute(sql`
    create function race_record_send() returns trigger language plpgsql as $$
    begin
      insert into race_reminder_sends (reminder_id, sender)
      values (new.id, current_setting('application_name'));
      return null;
    end $$`);
  await db.execute(sql`
    create trigger race_record_send after update of status on automated_reminders
    for each row when (new.status = 'sent' and old.status <> 'sent')
    execute function race_record_send()`);

  const i = sql.raw('i');
  await db.execute(sql`
    insert into users (id, email, name)
    select ${id('host', i)}, 'host.' || i || '@race.example', 'Hana Host ' || i
    from generate_series(1, ${HOSTS}) i
    union all
    select ${id('guest', i)}, 'guest.' || i || '@race.example', 'Gina Guest ' || i
    from generate_series(1, ${REMINDERS}) i`);
  await db.execute(sql`
    insert into notification_preferences (user_id, notification_type, email, sms, push)
    select id, 'check_in_reminder', false, false, false from users`);
  await db.execute(sql`
    insert into properties (id, host_id, title, address, timezone)
    select ${id('property', i)}, ${id('host', sql`(i % ${HOSTS} + 1)`)}, 'Race Loft ' || i,
           'Race Street ' || i, 'Europe/Lisbon'
    from generate_series(1, ${REMINDERS}) i`);
  await db.execute(sql`
    insert into reservations (id, property_id, guest_id, check_in, check_out, total_price, status)
    select ${id('reservation', i)}, ${id('property', i)}, ${id('guest', i)},
           current_date + 1, current_date + 4, 300, 'confirmed'
    from generate_series(1, ${REMINDERS}) i`);
  // Scheduled for later; `fallDue` brings them forward once the processes run.
  await db.execute(sql`
    insert into automated_reminders (reservation_id, reminder_type, offset_minutes, scheduled_for)
    select ${id('reservation', i)}, 'check_in_reminder', 1440, now() + interval '1 day'
    from generate_series(1, ${REMINDERS}) i`);
  await db.execute(sql`analyze`);
}

/**
 * Moves the reminders to INSTANTS instants SPREAD_MS apart, starting a second from now, each
 * instant with its send job, as scheduling writes them: they fall due one instant after another
 * while the three processes run.
 */
async function fallDue(db: Database['db']) {
  const [row] = await queryRows<{ reminders: number; jobs: number }>(
    db,
    sql`with moved as (
          update automated_reminders r
          set scheduled_for = date_trunc('milliseconds', now()) + interval '1 second'
            + (n.i % ${INSTANTS}) * ${SPREAD_MS} * interval '1 millisecond'
          from (select id, row_number() over (order by id) as i from automated_reminders) n
          where r.id = n.id
          returning r.scheduled_for),
        queued as (${enqueueSql(sendJobsSql(sql`moved`))})
        select (select count(*)::int from moved) as reminders,
               (select count(*)::int from queued) as jobs`,
  );
  expect(row).toEqual({ reminders: REMINDERS, jobs: INSTANTS });
}
