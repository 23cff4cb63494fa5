import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { createServices } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { queryRows } from '../../server/src/platform/db/connect.ts';
import type { Actor } from '../../server/src/platform/context.ts';
import type { BenchContext } from '../lib/bench.ts';
import { withFreshDatabase } from '../lib/fresh-database.ts';
import { formatTable, ms, ratio, Samples, type Summary } from '../lib/stats.ts';
import { seedHost } from './seed.ts';

const SHAPE = { conversations: 10_000, messages: 1_000_000, properties: 50 };
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 200);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2_000);

/**
 * Seeds one host with 10,000 conversations and 1,000,000 messages on a throw-away PostgreSQL
 * database, then times, through the services the HTTP routes call (createServices, no HTTP
 * layer), against a bare `INSERT … RETURNING` round trip on the same connection pool:
 * sending a message, the host's first inbox page, and the host's unread badge.
 */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(serverUrl, async ({ url, database }) => {
    const { db } = database;
    const seedStart = Date.now();
    const seeded = await seedHost(url, SHAPE);
    console.log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const services = createServices({
      db,
      config: loadConfig({
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
        DATABASE_URL: url,
        JWT_SECRET: randomUUID() + randomUUID(),
      }),
      now: () => new Date(),
    });
    const host: Actor = { ...seeded.host, role: 'user' };
    const threads = seeded.conversations;

    await db.execute(sql`
      create table bench_baseline (
        id uuid primary key default gen_random_uuid(),
        body text not null,
        created_at timestamptz not null default now()
      )`);

    const [server] = await queryRows<{ version: string; fsync: string; commit: string }>(
      db,
      sql`select current_setting('server_version') as version, current_setting('fsync') as fsync,
                 current_setting('synchronous_commit') as commit`,
    );
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ` +
        `${Math.round(os.totalmem() / 2 ** 30)} GiB; PostgreSQL ${server?.version} ` +
        `(fsync ${server?.fsync}, synchronous_commit ${server?.commit}); ` +
        `load average before timing ${loadAverage()}`,
    );

    const roundTrip = new Samples('select 1 (round trip, context)');
    const baseline = new Samples('bare INSERT … RETURNING');
    const send = new Samples('send message');
    const list = new Samples('conversation list, first 50');
    const unread = new Samples('unread count');

    let sent = 0;
    // Alternates sides and walks the threads in a random order, so sends hit many
    // conversations (and both unread counters) rather than one hot row.
    const sendOne = () => {
      const thread = threads[Math.floor(Math.random() * threads.length)]!;
      const fromHost = sent++ % 2 === 0;
      const actor: Actor = fromHost
        ? host
        : { id: thread.guestId, name: thread.guestName, email: thread.guestEmail, role: 'user' };
      return services.messages.send(actor, {
        conversation_id: thread.id,
        message: `Bench message ${sent}: see you at check-in!`,
        client_message_id: randomUUID(),
      });
    };
    const operations: [Samples, () => Promise<unknown>][] = [
      [roundTrip, () => db.execute(sql`select 1`)],
      [
        baseline,
        () =>
          db.execute(sql`insert into bench_baseline (body) values (${'Bench row'}) returning *`),
      ],
      [send, sendOne],
      [list, () => services.conversations.list(host, { filter: 'all', limit: 50 })],
      [unread, () => services.conversations.unreadCount(host)],
    ];

    for (let i = 0; i < WARM_UP; i++) {
      for (const [, operation] of operations) await operation();
    }
    // Interleaved, so background work (checkpoints, autovacuum) falls on every operation alike.
    for (let i = 0; i < ITERATIONS; i++) {
      for (const [samples, operation] of operations) await samples.time(operation);
    }

    const firstPage = await services.conversations.list(host, { filter: 'all', limit: 50 });
    if (firstPage.items.length !== 50) throw new Error('The inbox page came back short');
    console.log(`load average after timing ${loadAverage()}`);
    report(
      roundTrip.summary(),
      baseline.summary(),
      [send.summary(), list.summary(), unread.summary()],
      await services.conversations.unreadCount(host),
    );
  });
}

/** The 1, 5 and 15 minute load averages: other work on the machine shows in the p99s. */
function loadAverage() {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

function report(
  context: Summary,
  base: Summary,
  measured: [send: Summary, list: Summary, unread: Summary],
  badge: { messages: number; conversations: number },
) {
  console.log(
    `\n${ITERATIONS} timed iterations after ${WARM_UP} warm-up, one at a time, interleaved; ` +
      `${SHAPE.conversations} conversations, ${SHAPE.messages} messages; ` +
      `host badge at the end: ${badge.messages} unread in ${badge.conversations} conversations\n`,
  );
  const rows = [context, base, ...measured].map((s) => [
    s.name,
    ms(s.p50),
    ms(s.p99),
    ms(s.max),
    ratio(s.p50 / base.p50),
    ratio(s.p99 / base.p99),
  ]);
  console.log(
    formatTable(['operation', 'p50 ms', 'p99 ms', 'max ms', 'p50 / base', 'p99 / base'], rows),
  );

  const [send, list, unread] = measured;
  const targets: [string, boolean, string][] = [
    [
      'send within 3× the bare insert (p50 and p99)',
      send.p50 <= 3 * base.p50 && send.p99 <= 3 * base.p99,
      `${ratio(send.p50 / base.p50)} / ${ratio(send.p99 / base.p99)}`,
    ],
    ['conversation list p99 under 10 ms', list.p99 < 10, `${ms(list.p99)} ms`],
    ['unread count p99 under 10 ms', unread.p99 < 10, `${ms(unread.p99)} ms`],
  ];
  console.log('');
  for (const [target, pass, figure] of targets) {
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${target}: ${figure}`);
  }
}
