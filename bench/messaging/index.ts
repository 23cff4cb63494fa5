import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../server/src/app.ts';
import { consoleLog } from '../../server/src/platform/log.ts';
import { createServices } from '../../server/src/services.ts';
import { loadConfig } from '../../server/src/config.ts';
import type { Actor } from '../../server/src/platform/context.ts';
import { printTargets, type BenchContext } from '../lib/bench.ts';
import { withFreshDatabase } from '../lib/fresh-database.ts';
import { BASELINE_INSERT, BASELINE_TABLE, describeMachine, loadAverage } from '../lib/machine.ts';
import { formatTable, ms, ratio, Samples, type Summary } from '../lib/stats.ts';
import { seedHost } from './seed.ts';

const SHAPE = { conversations: 10_000, messages: 1_000_000, properties: 50 };
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 200);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2_000);
const HOST = { email: 'host@bench.flexbnb.test', password: randomUUID(), name: 'Bench Host' };

/**
 * Seeds one host with 10,000 conversations and 1,000,000 messages on a throw-away PostgreSQL
 * database, then times sending a message, the host's first inbox page and the host's unread
 * badge against a bare `INSERT … RETURNING` round trip on the same connection pool.
 *
 * The targets are checked on the services the routes call (createServices: validation and
 * HTTP left out, the database work all in). The same three through the whole HTTP stack
 * (buildApp + inject: token check, zod, serialisation) are printed beside them for context.
 */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(serverUrl, async ({ url, database }) => {
    const { db } = database;
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      DATABASE_URL: url,
      JWT_SECRET: randomUUID() + randomUUID(),
      // The bench sends far faster than any person; the limiter is not what it measures.
      SEND_RATE_LIMIT_PER_MINUTE: '100000000',
    });
    const services = createServices({ db, config, now: () => new Date(), log: consoleLog });
    const hostRow = await services.auth.createUser(HOST);
    const host: Actor = { id: hostRow.id, name: hostRow.name, email: hostRow.email, role: 'user' };

    const seedStart = Date.now();
    const { conversations: threads } = await seedHost(url, host.id, SHAPE);
    console.log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const app = await buildApp(config, { database });
    try {
      await app.ready();
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login/',
        payload: { email: HOST.email, password: HOST.password },
      });
      if (login.statusCode !== 200) throw new Error(`Login failed: ${login.body}`);
      const authorization = `Bearer ${login.json<{ access_token: string }>().access_token}`;
      const http = async (method: 'GET' | 'POST', path: string, payload?: object) => {
        const res = await app.inject({ method, url: path, headers: { authorization }, payload });
        if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.body}`);
        return res;
      };

      await db.execute(sql.raw(BASELINE_TABLE));
      await describeMachine(database.db);

      const roundTrip = new Samples('select 1 (round trip)');
      const baseline = new Samples('bare INSERT … RETURNING');
      const send = new Samples('send message');
      const screenedSend = new Samples('send message with a phone number (masked)');
      const list = new Samples('conversation list, first 50');
      const unread = new Samples('unread count');
      const httpSend = new Samples('HTTP POST …/messages/send/');
      const httpList = new Samples('HTTP GET …/conversations/');
      const httpUnread = new Samples('HTTP GET …/unread-count/');

      let sent = 0;
      const randomThread = () => threads[Math.floor(Math.random() * threads.length)]!;
      // Alternates sides and picks threads at random, so sends hit many conversations (and
      // both unread counters) rather than one hot row.
      const sendOne = () => {
        const thread = randomThread();
        const actor: Actor =
          sent++ % 2 === 0
            ? host
            : {
                id: thread.guestId,
                name: thread.guestName,
                email: thread.guestEmail,
                role: 'user',
              };
        return services.messages.send(actor, {
          conversation_id: thread.id,
          message: `Bench message ${sent}: see you at check-in!`,
          client_message_id: randomUUID(),
        });
      };
      // Contact screening's dear case: it finds a number, checks in the send's statement that
      // the stay is not confirmed (the seeded threads have no reservation) and stores it masked.
      // Sides alternate as for the plain send: a guest's send costs more (the host's inbox).
      let screenedCount = 0;
      const sendScreened = async () => {
        const thread = randomThread();
        const actor: Actor =
          screenedCount % 2 === 0
            ? host
            : {
                id: thread.guestId,
                name: thread.guestName,
                email: thread.guestEmail,
                role: 'user',
              };
        const { message } = await services.messages.send(actor, {
          conversation_id: thread.id,
          message: `Call me on +351 912 345 ${String(screenedCount++ % 1000).padStart(3, '0')} tonight`,
          client_message_id: randomUUID(),
        });
        if (!message.screened) throw new Error('The phone number was not masked');
      };
      const operations: [Samples, () => Promise<unknown>][] = [
        [roundTrip, () => db.execute(sql`select 1`)],
        [baseline, () => db.execute(sql.raw(BASELINE_INSERT))],
        [send, sendOne],
        [list, () => services.conversations.list(host, { filter: 'all', limit: 50 })],
        // Not right after the other send, which it would find still pushing its events.
        [screenedSend, sendScreened],
        [unread, () => services.sync.unreadCount(host)],
        [
          httpSend,
          () =>
            http('POST', '/api/messaging/messages/send/', {
              conversation_id: randomThread().id,
              message: 'Sent over HTTP',
              client_message_id: randomUUID(),
            }),
        ],
        [httpList, () => http('GET', '/api/messaging/conversations/?filter=all&limit=50')],
        [httpUnread, () => http('GET', '/api/messaging/unread-count/')],
      ];

      for (let i = 0; i < WARM_UP; i++) {
        for (const [, operation] of operations) await operation();
      }
      // The warm-up's sends began filling tables the seed left empty (notifications, their
      // deliveries, the change feed). Autovacuum analyzes such a table after its first 50 rows;
      // on a server where it is off (this project's machine) PostgreSQL would plan for empty
      // tables all run long, the deliveries' foreign-key check among them (README, Benchmarks).
      await db.execute(sql`analyze`);
      const loadBefore = loadAverage();
      // Interleaved, so background work (checkpoints, autovacuum, other processes) falls on
      // every operation alike.
      for (let i = 0; i < ITERATIONS; i++) {
        for (const [samples, operation] of operations) await samples.time(operation);
      }
      const loadAfter = loadAverage();

      const firstPage = await services.conversations.list(host, { filter: 'all', limit: 50 });
      if (firstPage.items.length !== 50) throw new Error('The inbox page came back short');
      const badge = await services.sync.unreadCount(host);
      console.log(
        `\n${ITERATIONS} timed iterations after ${WARM_UP} warm-up, one operation at a time, ` +
          `interleaved; load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after; ` +
          `host badge at the end: ${badge.messages} unread in ${badge.conversations} conversations\n`,
      );
      report(baseline.summary(), {
        targets: [send.summary(), screenedSend.summary(), list.summary(), unread.summary()],
        context: [roundTrip, httpSend, httpList, httpUnread].map((s) => s.summary()),
      });
    } finally {
      await app.close();
    }
  });
}

function report(
  base: Summary,
  rows: {
    targets: [send: Summary, screened: Summary, list: Summary, unread: Summary];
    context: Summary[];
  },
) {
  const line = (s: Summary) => [
    s.name,
    ms(s.p50),
    ms(s.p99),
    ms(s.max),
    ratio(s.p50 / base.p50),
    ratio(s.p99 / base.p99),
  ];
  const header = ['operation', 'p50 ms', 'p99 ms', 'max ms', 'p50 / base', 'p99 / base'];
  console.log('Services (createServices), where the targets apply:\n');
  console.log(formatTable(header, [base, ...rows.targets].map(line)));
  console.log('\nFor context: a bare round trip, and the same through HTTP (buildApp + inject):\n');
  console.log(formatTable(header, rows.context.map(line)));

  const [send, screened, list, unread] = rows.targets;
  const withinThree = (s: Summary, target: string) => ({
    target,
    met: s.p50 <= 3 * base.p50 && s.p99 <= 3 * base.p99,
    figure: `${ratio(s.p50 / base.p50)} / ${ratio(s.p99 / base.p99)}`,
  });
  printTargets([
    withinThree(send, 'send within 3× the bare insert (p50 and p99)'),
    withinThree(screened, 'send with a phone number, screened and masked, within 3× (p50 and p99)'),
    {
      target: 'conversation list p99 under 10 ms',
      met: list.p99 < 10,
      figure: `${ms(list.p99)} ms`,
    },
    {
      target: 'unread count p99 under 10 ms',
      met: unread.p99 < 10,
      figure: `${ms(unread.p99)} ms`,
    },
  ]);
}
