/**
 * Search bench (issue #16): `npm run bench -- search` (PostgreSQL must answer).
 *
 * Seeds a throw-away database with 1,000,000 messages in 20,000 conversations of 2,000 hosts
 * (two properties each, mostly en-US, some de-DE, fr-FR and es-ES) and 15,000 guests, in a
 * few set-based statements (see search-seed.ts), and analyses it. Then times the search the
 * route calls (`services.search.search`, createServices: validation and HTTP left out, the
 * database work all in) for a mix of what people type — a rare word, common words, a phrase,
 * an exclusion, a German word, a word half typed, a name with a typo, a title — as a host
 * with 100 conversations (over an English and a German property) and as a guest with two,
 * one query after the other, interleaved. Beside them, for context: the conversation list's
 * `q` (the same engine), one search through HTTP (buildApp + inject), and the baseline, a
 * bare `INSERT … RETURNING` round trip on the same pool.
 *
 * Target (issue #16): every query's p99 under 50 ms.
 *
 * Environment: BENCH_DATABASE_URL (see run.ts), BENCH_SEARCH_ITERATIONS (timed rounds of the
 * whole mix, 200) after BENCH_SEARCH_WARM_UP (20).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import type { Actor } from '../server/src/platform/context.ts';
import { queryRows } from '../server/src/platform/db/connect.ts';
import { consoleLog } from '../server/src/platform/log.ts';
import { createServices } from '../server/src/services.ts';
import { printTargets, type BenchContext } from './lib/bench.ts';
import { accessToken } from './lib/clients.ts';
import { withFreshDatabase } from './lib/fresh-database.ts';
import { BASELINE_INSERT, BASELINE_TABLE, describeMachine, loadAverage } from './lib/machine.ts';
import { formatTable, ms, ratio, Samples, type Summary } from './lib/stats.ts';
import { seedSearch, type SearchSeedShape } from './search-seed.ts';

const SHAPE: SearchSeedShape = {
  hosts: 2_000,
  guests: 15_000,
  conversations: 20_000,
  messages: 1_000_000,
  focusHostConversations: 100,
};
const WARM_UP = Number(process.env.BENCH_SEARCH_WARM_UP ?? 20);
const ITERATIONS = Number(process.env.BENCH_SEARCH_ITERATIONS ?? 200);
const TARGET_P99_MS = 50;

/** What people type, and whom as. */
const MIX: { label: string; side: 'host' | 'guest'; q: string }[] = [
  { label: 'rare word', side: 'host', q: 'saxophone' },
  { label: 'common word', side: 'host', q: 'parking' },
  { label: 'very common word', side: 'host', q: 'check' },
  { label: 'two words', side: 'host', q: 'late checkout' },
  { label: 'phrase', side: 'host', q: '"hot water"' },
  { label: 'exclusion', side: 'host', q: 'wifi -password' },
  { label: 'German word', side: 'host', q: 'Schlüssel' },
  { label: 'half typed', side: 'host', q: 'nois' },
  { label: 'name with a typo', side: 'host', q: 'Margret' },
  { label: 'title', side: 'host', q: 'Lisbon' },
  { label: 'rare word', side: 'guest', q: 'saxophone' },
  { label: 'common word', side: 'guest', q: 'parking' },
  { label: 'phrase', side: 'guest', q: '"hot water"' },
  { label: 'half typed', side: 'guest', q: 'tow' },
  { label: 'name with a typo', side: 'guest', q: 'Margret' },
];

export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(serverUrl, async ({ url, database }) => {
    const { db } = database;
    const seedStart = Date.now();
    const seed = await seedSearch(url, SHAPE);
    const [counts] = await queryRows<{ messages: string; conversations: string; users: string }>(
      db,
      sql`select (select count(*) from messages) as messages,
                 (select count(*) from conversations) as conversations,
                 (select count(*) from users) as users`,
    );
    console.log(
      `seeded ${counts!.messages} messages, ${counts!.conversations} conversations, ` +
        `${counts!.users} users in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const jwtSecret = randomUUID() + randomUUID();
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      DATABASE_URL: url,
      JWT_SECRET: jwtSecret,
    });
    const services = createServices({ db, config, now: () => new Date(), log: consoleLog });
    const actors: Record<'host' | 'guest', Actor> = {
      host: { ...seed.focusHost, role: 'user' },
      guest: { ...seed.focusGuest, role: 'user' },
    };

    const app = await buildApp(config, { database });
    try {
      await app.ready();
      const authorization = `Bearer ${await accessToken(seed.focusHost.id, jwtSecret)}`;
      const httpSearch = async (q: string) => {
        const res = await app.inject({
          method: 'GET',
          url: `/api/messaging/search/?q=${encodeURIComponent(q)}`,
          headers: { authorization },
        });
        if (res.statusCode !== 200) throw new Error(`search over HTTP: ${res.body}`);
        return res;
      };

      await db.execute(sql.raw(BASELINE_TABLE));
      await describeMachine(db);

      const baseline = new Samples('bare INSERT … RETURNING');
      const searches = MIX.map((m) => ({
        ...m,
        samples: new Samples(`${m.label} (${m.side}): ${m.q}`),
        hits: 0,
      }));
      const listQ = new Samples('conversation list q (host): parking');
      const listName = new Samples('conversation list q (host): Margret');
      const http = new Samples('HTTP GET …/search/?q=parking (host)');
      const operations: [Samples, () => Promise<unknown>][] = [
        [baseline, () => db.execute(sql.raw(BASELINE_INSERT))],
        ...searches.map((s): [Samples, () => Promise<unknown>] => [
          s.samples,
          async () => {
            const page = await services.search.search(actors[s.side], { q: s.q, limit: 20 });
            s.hits = page.items.length;
          },
        ]),
        [
          listQ,
          () =>
            services.conversations.list(actors.host, { filter: 'all', q: 'parking', limit: 50 }),
        ],
        [
          listName,
          () =>
            services.conversations.list(actors.host, { filter: 'all', q: 'Margret', limit: 50 }),
        ],
        [http, () => httpSearch('parking')],
      ];

      for (let i = 0; i < WARM_UP; i++) {
        for (const [, operation] of operations) await operation();
      }
      const loadBefore = loadAverage();
      // Interleaved, so background work falls on every query alike.
      for (let i = 0; i < ITERATIONS; i++) {
        for (const [samples, operation] of operations) await samples.time(operation);
      }
      const loadAfter = loadAverage();
      console.log(
        `\n${ITERATIONS} timed rounds of the mix after ${WARM_UP} warm-up, one query at a time; ` +
          `load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after. The host has ` +
          `${SHAPE.focusHostConversations} conversations, the guest 2.\n`,
      );

      const base = baseline.summary();
      const line = (s: Summary, hits?: number) => [
        s.name,
        hits === undefined ? '' : String(hits),
        ms(s.p50),
        ms(s.p99),
        ms(s.max),
        ratio(s.p99 / base.p99),
      ];
      const header = ['operation', 'hits', 'p50 ms', 'p99 ms', 'max ms', 'p99 / base'];
      const summaries = searches.map((s) => ({ summary: s.samples.summary(), hits: s.hits }));
      console.log('Search (services.search.search, first page of 20), where the target applies:\n');
      console.log(
        formatTable(header, [line(base), ...summaries.map((s) => line(s.summary, s.hits))]),
      );
      console.log('\nFor context: the conversation list with q, and a search through HTTP:\n');
      console.log(
        formatTable(
          header,
          [listQ, listName, http].map((s) => line(s.summary())),
        ),
      );

      const all = new Samples('whole mix');
      for (const s of searches) all.values.push(...s.samples.values);
      const mix = all.summary();
      const worst = summaries.reduce((a, b) => (b.summary.p99 > a.summary.p99 ? b : a));
      console.log(
        `\nwhole mix: p50 ${ms(mix.p50)} ms, p99 ${ms(mix.p99)} ms over ${mix.count} searches`,
      );
      printTargets([
        {
          target: `search p99 under ${TARGET_P99_MS} ms over ${SHAPE.messages.toLocaleString('en')} messages, every query of the mix`,
          met: worst.summary.p99 < TARGET_P99_MS,
          figure: `worst ${ms(worst.summary.p99)} ms (${worst.summary.name}); whole mix p99 ${ms(mix.p99)} ms`,
        },
      ]);
    } finally {
      await app.close();
    }
  });
}
