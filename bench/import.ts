/**
 * Bulk import benchmark (issue 19): `npm run bench -- import` (PostgreSQL must answer).
 *
 * On a throw-away PostgreSQL database: the bare `INSERT … RETURNING` baseline (as the jobs and
 * reminders benches measure it), then the real server app (buildApp, `ROLES=api`: no job runner
 * runs while the clock does) listening on 127.0.0.1, called over real HTTP with an API key an
 * admin made through `POST /api/admin/api-keys/`, as a platform's backend calls it.
 *
 * 1. Seed, through `POST /api/platform/import/` itself (timed, reported, not the target): 100
 *    hosts, 2,000 guests and 100 properties (one per host, Europe/Lisbon, check-in 16:00,
 *    check-out 11:00, a nightly rate on every other one). Each host then makes one automation
 *    (`POST /api/messaging/automations/` with its own access token: a message two days before
 *    check-in, on every property of the host), so imported confirmed stays get scheduled
 *    messages planned.
 * 2. The measured run: ONE import of BENCH_IMPORT_RESERVATIONS reservation lines (default
 *    10,000), the body streamed (chunks of 100 lines, written as the socket takes them; built
 *    before the clock starts) and the NDJSON answer read as it streams. The clock runs from
 *    the first byte sent to the summary line. The lines are shuffled (a fixed seed), so each
 *    batch of the import mixes properties, guests and statuses: per property, one in ten
 *    stays of each of completed ×2 (in the past), cancelled, pending ×2 and confirmed ×5 (in
 *    the future), each stay on its own slot of the property's calendar (3 nights every 4
 *    days), so no two stays of a property overlap; every other stay has a payment_due_at
 *    (three days before check-in, noon UTC).
 *    Checked: every result line `created` in line order, the summary (all created, none
 *    failed, not truncated); in the database every reservation with its external id and
 *    status; the reminders (automated_reminders) of each future pending or confirmed stay,
 *    all scheduled (four, six with a payment due), none for completed or cancelled ones; one
 *    scheduled message per future confirmed stay and none for the others; no notification.
 * 3. The repeat sync: the same body again (timed and reported, no target): every line
 *    `updated`, and nothing duplicated or recorded (reservations, reminders, scheduled
 *    messages, change-feed rows and jobs counted before and after).
 *
 * Reported: reservations per second and their ratio to the bare-insert rate; the CPU time per
 * reservation of this node process (the server and the bench's client share it: the client
 * only writes prepared chunks and parses the answer lines) and of PostgreSQL (the backends of
 * the bench's database and the server's own writers, from /proc, so Linux only); how the time
 * splits between the import's batches (from the arrival of each batch's answer lines).
 *
 * Environment: BENCH_DATABASE_URL (see run.ts), BENCH_IMPORT_RESERVATIONS (10000),
 * BENCH_IMPORT_POOL (the server's connections, 10 as the DATABASE_POOL_SIZE default).
 */
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ImportLineResult, ImportSummary } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { openPostgres, queryRows, type Database } from '../server/src/platform/db/connect.ts';
import type { Services } from '../server/src/services.ts';
import { printTargets, type BenchContext } from './lib/bench.ts';
import { accessToken } from './lib/clients.ts';
import { cpuTimes, postgresOf } from './lib/cpu.ts';
import { withFreshDatabase } from './lib/fresh-database.ts';
import { describeMachine, loadAverage, measureBaseline } from './lib/machine.ts';
import { formatTable, ms, percentile, ratio } from './lib/stats.ts';

const RESERVATIONS = Number(process.env.BENCH_IMPORT_RESERVATIONS ?? 10_000);
const POOL_SIZE = Number(process.env.BENCH_IMPORT_POOL ?? 10);
const HOSTS = 100;
const GUESTS = 2_000;
const BASELINE_ITERATIONS = 2_000;
const TARGET_PER_SECOND = 2_000;
/** Lines per chunk of the streamed body. */
const LINES_PER_CHUNK = 100;
/** New reservations the import writes per statement (BATCH_SIZE of platform-sync.import.ts). */
const IMPORT_BATCH = 500;
/** The server's REQUEST_TIMEOUT_MS default: an import taking longer would be cut off. */
const DEFAULT_REQUEST_TIMEOUT_MS = loadConfig({}).requestTimeoutMs;
/** Each property's stays, by their place in its calendar, ten at a time. */
const STATUS_PATTERN = [
  'completed',
  'completed',
  'cancelled',
  'pending',
  'pending',
  'confirmed',
  'confirmed',
  'confirmed',
  'confirmed',
  'confirmed',
] as const;
/** What the automation plans: a message two days before check-in. */
const AUTOMATION = {
  name: 'Check-in instructions',
  message: 'See you in two days! Check-in is from 16:00; the door code comes the day before.',
  trigger: 'before_check_in',
  offset_minutes: 2 * 24 * 60,
} as const;
const NODE = 'node (server + bench client)';
const POSTGRES = 'PostgreSQL';

type Status = (typeof STATUS_PATTERN)[number];
type Db = Database['db'];

/** One reservation line of the body, with what the checks expect of it. */
interface Stay {
  externalId: string;
  status: Status;
  /** Pending or confirmed with its check-in ahead: it has reminders. */
  upcoming: boolean;
  paymentDue: boolean;
  line: string;
}

/** What one import answered, and when. */
interface ImportRun {
  status: number;
  results: ImportLineResult[];
  summary: ImportSummary | undefined;
  /** What else came: a body that is not NDJSON, lines that are neither. */
  other: string[];
  /** From the first byte sent to the summary (or the end of the answer), s. */
  seconds: number;
  /** When each result line arrived, ms after the first byte sent. */
  arrivals: number[];
  nodeCpuMs: number;
  /** Of the node's time, what the bench's client spent writing the body and reading the answer, ms. */
  clientMs: number;
  postgresCpuMs: number;
}

/** Runs the import bench on a throw-away database of `context.serverUrl`. */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(serverUrl, async ({ name: databaseName, url, database }) => {
    const { db } = database;
    await describeMachine(db, `; load average ${loadAverage()}`);

    const { summary: base, insertsPerSecond } = await measureBaseline(db, BASELINE_ITERATIONS);

    const jwtSecret = randomUUID() + randomUUID();
    const config = loadConfig({
      NODE_ENV: 'production',
      ROLES: 'api',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET: jwtSecret,
      PUBLIC_URL: 'https://messenger.flexbnb.test',
      // So that a slow repeat sync is timed rather than cut off; flagged when over the default.
      REQUEST_TIMEOUT_MS: String(3_600_000),
    });
    // The server's own pool, as a node has it; the bench checks through the other one.
    const serverDatabase = await openPostgres({ url, poolSize: POOL_SIZE, migrate: false });
    const app = await buildApp(config, { database: serverDatabase });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      const groups = { [POSTGRES]: postgresOf(databaseName) };
      const key = await makeApiKey(app.services.auth, origin);

      // 1. Seeding, through the import itself.
      const seed = await postImport(origin, key, seedLines(), groups);
      const seedProblems = outcomeProblems(seed, 'created', HOSTS + GUESTS + HOSTS);
      const hostIds = seed.results.slice(0, HOSTS).map((r) => r.id);
      if (seedProblems.length > 0 || hostIds.some((id) => id === null)) {
        throw new Error(`Seeding failed: ${seedProblems.join('; ')}`);
      }
      const automationsStart = process.hrtime.bigint();
      for (const hostId of hostIds) {
        const token = await accessToken(hostId!, jwtSecret);
        const res = await postJson(`${origin}/api/messaging/automations/`, token, AUTOMATION);
        if (res.status !== 201) throw new Error(`Automation: ${res.status} ${res.body}`);
      }
      const automationsSeconds = Number(process.hrtime.bigint() - automationsStart) / 1e9;
      console.log(
        `\nseeded through the import: ${HOSTS} hosts, ${GUESTS.toLocaleString('en')} guests, ` +
          `${HOSTS} properties (${seed.results.length.toLocaleString('en')} lines) in ` +
          `${seed.seconds.toFixed(2)} s = ${rate(seed.results.length / seed.seconds)} lines/s; ` +
          `${HOSTS} automations (POST …/automations/, one per host) in ` +
          `${automationsSeconds.toFixed(2)} s`,
      );
      await db.execute(sql`vacuum (analyze) users, properties, automations`);

      // 2. The measured run: the body built before the clock starts.
      const stays = reservationLines(RESERVATIONS);
      const body = stays.map((s) => s.line);
      const first = await postImport(origin, key, body, groups);
      const firstProblems = [
        ...outcomeProblems(first, 'created', RESERVATIONS),
        ...(await databaseProblems(db, stays)),
      ];
      report('first import', first, firstProblems);
      const before = await counts(db);

      // 3. The repeat sync of the same lines.
      const repeat = await postImport(origin, key, body, groups);
      const after = await counts(db);
      const repeatProblems = [
        ...outcomeProblems(repeat, 'updated', RESERVATIONS),
        ...Object.entries(after)
          .filter(([name, n]) => n !== before[name as keyof typeof before])
          .map(([name, n]) => `${name}: ${before[name as keyof typeof before]} before, ${n} after`),
      ];
      report('repeat sync', repeat, repeatProblems);

      const perSecond = (r: ImportRun) => RESERVATIONS / r.seconds;
      console.log(
        `\n${RESERVATIONS.toLocaleString('en')} reservation lines in one streamed POST ` +
          `/api/platform/import/ over HTTP (one node, ROLES=api, pool of ${POOL_SIZE}); ` +
          `load average after ${loadAverage()}\n`,
      );
      console.log(
        formatTable(
          [
            'measure',
            'reservations/s',
            '/ insert rate',
            'seconds',
            `${NODE} CPU ms/reservation`,
            `${POSTGRES} CPU ms/reservation`,
          ],
          [
            [
              `${base.name} (p50 ${ms(base.p50)} ms, p99 ${ms(base.p99)} ms)`,
              rate(insertsPerSecond),
              ratio(1),
              '',
              '',
              '',
            ],
            ...(
              [
                ['first import (all created)', first],
                ['repeat sync (all updated)', repeat],
              ] as const
            ).map(([label, r]) => [
              label,
              rate(perSecond(r)),
              ratio(perSecond(r) / insertsPerSecond),
              r.seconds.toFixed(2),
              (r.nodeCpuMs / RESERVATIONS).toFixed(3),
              (r.postgresCpuMs / RESERVATIONS).toFixed(3),
            ]),
          ],
        ),
      );

      printTargets([
        {
          target:
            `bulk import of ${RESERVATIONS.toLocaleString('en')} reservations ≥ ` +
            `${rate(TARGET_PER_SECOND)}/s`,
          met: perSecond(first) >= TARGET_PER_SECOND && firstProblems.length === 0,
          figure:
            `${rate(perSecond(first))}/s (${first.seconds.toFixed(2)} s), ` +
            `${ratio(perSecond(first) / insertsPerSecond)} the bare-insert rate of ` +
            `${rate(insertsPerSecond)}/s` +
            (firstProblems.length === 0 ? '' : `; PROBLEMS: ${firstProblems.join('; ')}`),
        },
        {
          target: 'the repeat sync updates every line and duplicates or records nothing',
          met: repeatProblems.length === 0,
          figure:
            `${rate(perSecond(repeat))}/s (${repeat.seconds.toFixed(2)} s)` +
            (repeatProblems.length === 0 ? '' : `; PROBLEMS: ${repeatProblems.join('; ')}`),
        },
      ]);
    } finally {
      await app.close();
      await serverDatabase.close();
    }
  });
}

function report(label: string, r: ImportRun, problems: string[]) {
  const batches = batchTimes(r.arrivals);
  console.log(
    `  ${label}: ${r.results.length.toLocaleString('en')} result lines in ` +
      `${r.seconds.toFixed(2)} s = ${rate(RESERVATIONS / r.seconds)}/s; summary ` +
      `${JSON.stringify(r.summary ?? null)}; CPU per reservation: ${NODE} ` +
      `${(r.nodeCpuMs / RESERVATIONS).toFixed(3)} ms (the client's part ` +
      `${(r.clientMs / RESERVATIONS).toFixed(3)} ms), ${POSTGRES} ` +
      `${(r.postgresCpuMs / RESERVATIONS).toFixed(3)} ms (busy ` +
      `${percent(r.nodeCpuMs, r.seconds)} and ${percent(r.postgresCpuMs, r.seconds)} of the ` +
      `time); first result after ` +
      `${ms(r.arrivals[0] ?? Number.NaN)} ms; per ${IMPORT_BATCH} lines p50 ` +
      `${ms(percentile(batches, 50))} ms, max ${ms(batches[batches.length - 1] ?? Number.NaN)} ms` +
      (r.seconds * 1000 > DEFAULT_REQUEST_TIMEOUT_MS
        ? `; LONGER than the default REQUEST_TIMEOUT_MS (${DEFAULT_REQUEST_TIMEOUT_MS} ms)`
        : '') +
      `; checks: ${problems.length === 0 ? 'all passed' : `PROBLEMS: ${problems.join('; ')}`}`,
  );
}

/** The time between the last answers of consecutive groups of IMPORT_BATCH lines, ascending. */
function batchTimes(arrivals: number[]): number[] {
  const ends: number[] = [];
  for (let i = IMPORT_BATCH - 1; i < arrivals.length; i += IMPORT_BATCH) ends.push(arrivals[i]!);
  if (arrivals.length % IMPORT_BATCH !== 0 && arrivals.length > 0) ends.push(arrivals.at(-1)!);
  return ends.map((end, i) => end - (i === 0 ? 0 : ends[i - 1]!)).sort((a, b) => a - b);
}

/** An admin made as `create-admin` makes one, signed in, makes the platform's key. */
async function makeApiKey(
  auth: Pick<Services['auth'], 'createUser'>,
  origin: string,
): Promise<string> {
  const email = 'admin@import.bench.example';
  const password = randomUUID();
  await auth.createUser({ email, password, name: 'Ada Admin', role: 'admin' });
  const login = await postJson(`${origin}/api/auth/login/`, undefined, { email, password });
  if (login.status !== 200) throw new Error(`Login: ${login.status} ${login.body}`);
  const { access_token: token } = JSON.parse(login.body) as { access_token: string };
  const created = await postJson(`${origin}/api/admin/api-keys/`, token, {
    name: 'Booking site',
    scopes: ['users:write', 'properties:write', 'reservations:write'],
  });
  if (created.status !== 201) throw new Error(`API key: ${created.status} ${created.body}`);
  return (JSON.parse(created.body) as { key: string }).key;
}

async function postJson(url: string, token: string | undefined, body: object) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token !== undefined && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.text() };
}

/**
 * Posts `lines` to the import as one streamed body (LINES_PER_CHUNK a chunk, each written when
 * the socket takes it) and reads the NDJSON answer as it streams.
 */
async function postImport(
  origin: string,
  key: string,
  lines: readonly string[],
  groups: Parameters<typeof cpuTimes>[0],
): Promise<ImportRun> {
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_CHUNK) {
    chunks.push(`${lines.slice(i, i + LINES_PER_CHUNK).join('\n')}\n`);
  }
  const { hostname, port } = new URL(origin);
  const request = http.request({
    host: hostname,
    port,
    path: '/api/platform/import/',
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
  });
  const results: ImportLineResult[] = [];
  const arrivals: number[] = [];
  const other: string[] = [];
  let summary: ImportSummary | undefined;
  let t0 = 0n;
  let t1 = 0n;
  let client = 0n;
  const answered = new Promise<number>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      response.setEncoding('utf8');
      let pending = '';
      const take = (line: string) => {
        if (line.trim() === '') return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          other.push(line);
          return;
        }
        if (isSummary(parsed)) {
          t1 = process.hrtime.bigint();
          summary = parsed;
        } else if (isResult(parsed)) {
          results.push(parsed);
          arrivals.push(Number(process.hrtime.bigint() - t0) / 1e6);
        } else {
          other.push(line);
        }
      };
      response.on('data', (chunk: string) => {
        const start = process.hrtime.bigint();
        pending += chunk;
        for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n')) {
          take(pending.slice(0, nl));
          pending = pending.slice(nl + 1);
        }
        client += process.hrtime.bigint() - start;
      });
      response.once('error', reject);
      response.once('end', () => {
        take(pending);
        resolve(response.statusCode ?? 0);
      });
    });
  });
  const cpuBefore = process.cpuUsage();
  const pgBefore = cpuTimes(groups);
  t0 = process.hrtime.bigint();
  for (const chunk of chunks) {
    const start = process.hrtime.bigint();
    const more = request.write(chunk);
    client += process.hrtime.bigint() - start;
    if (!more) await once(request, 'drain');
  }
  request.end();
  const status = await answered;
  if (t1 === 0n) t1 = process.hrtime.bigint();
  const cpu = process.cpuUsage(cpuBefore);
  const pgAfter = cpuTimes(groups);
  return {
    status,
    results,
    summary,
    other,
    seconds: Number(t1 - t0) / 1e9,
    arrivals,
    nodeCpuMs: (cpu.user + cpu.system) / 1000,
    clientMs: Number(client) / 1e6,
    postgresCpuMs: pgAfter[POSTGRES]! - pgBefore[POSTGRES]!,
  };
}

const isSummary = (value: unknown): value is ImportSummary =>
  typeof value === 'object' && value !== null && 'done' in value;
const isResult = (value: unknown): value is ImportLineResult =>
  typeof value === 'object' && value !== null && 'line' in value && 'result' in value;

/** What is wrong with an answer that should say `expected` for each of its `count` lines. */
function outcomeProblems(r: ImportRun, expected: 'created' | 'updated', count: number): string[] {
  const problems: string[] = [];
  if (r.status !== 200) problems.push(`HTTP ${r.status}`);
  if (r.other.length > 0) {
    problems.push(`${r.other.length} other lines, e.g. ${r.other[0]!.slice(0, 300)}`);
  }
  if (r.results.length !== count) problems.push(`${r.results.length} result lines of ${count}`);
  const outOfOrder = r.results.filter((res, i) => res.line !== i + 1).length;
  if (outOfOrder > 0) problems.push(`${outOfOrder} result lines out of line order`);
  const unexpected = r.results.filter((res) => res.result !== expected);
  if (unexpected.length > 0) {
    const first = unexpected[0]!;
    problems.push(
      `${unexpected.length} lines not ${expected}, e.g. line ${first.line}: ${first.result} ` +
        JSON.stringify(first.error),
    );
  }
  const s = r.summary;
  if (!s) problems.push('no summary line');
  else if (
    s.lines !== count ||
    s[expected] !== count ||
    s.failed !== 0 ||
    s.created + s.updated !== count ||
    s.truncated
  ) {
    problems.push(`summary ${JSON.stringify(s)}`);
  }
  return problems;
}

/** Hosts, guests and properties: what the reservations name. */
function seedLines(): string[] {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return [
    ...Array.from({ length: HOSTS }, (_, i) =>
      JSON.stringify({
        type: 'user',
        external_id: hostId(i),
        email: `host.${pad(i, 3)}@import.bench.example`,
        name: `Hana Host ${i}`,
      }),
    ),
    ...Array.from({ length: GUESTS }, (_, i) =>
      JSON.stringify({
        type: 'user',
        external_id: guestId(i),
        email: `guest.${pad(i, 4)}@import.bench.example`,
        name: `Gina Guest ${i}`,
      }),
    ),
    ...Array.from({ length: HOSTS }, (_, i) =>
      JSON.stringify({
        type: 'property',
        external_id: propertyId(i),
        host_external_id: hostId(i),
        title: `Alfama Loft ${i}`,
        address: `Rua da Saudade ${i}, Lisbon`,
        timezone: 'Europe/Lisbon',
        check_in_time: '16:00',
        check_out_time: '11:00',
        ...(i % 2 === 0 && { nightly_rate: '89.50' }),
      }),
    ),
  ];
}

const hostId = (i: number) => `usr_h_${String(i).padStart(3, '0')}`;
const guestId = (i: number) => `usr_g_${String(i).padStart(4, '0')}`;
const propertyId = (i: number) => `lst_${String(i).padStart(3, '0')}`;

/**
 * `count` reservation lines over the HOSTS properties, shuffled with a fixed seed. Stay k of a
 * property has status STATUS_PATTERN[k % 10]; completed ones take the property's past slots,
 * the others its future ones (3 nights every 4 days from a week ahead), so none overlap.
 */
function reservationLines(count: number): Stay[] {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`).getTime();
  const day = (offset: number) => new Date(today + offset * 86_400_000);
  const date = (offset: number) => day(offset).toISOString().slice(0, 10);
  const slots = {
    past: new Array<number>(HOSTS).fill(0),
    future: new Array<number>(HOSTS).fill(0),
  };
  const stays = Array.from({ length: count }, (_, i): Stay => {
    const property = i % HOSTS;
    const k = Math.floor(i / HOSTS);
    const status = STATUS_PATTERN[k % STATUS_PATTERN.length]!;
    const past = status === 'completed';
    // Past stays end at least 30 days ago; future ones start a week from today.
    const slot = slots[past ? 'past' : 'future'];
    const n = slot[property]!;
    slot[property] = n + 1;
    const checkIn = past ? -34 - 4 * n : 7 + 4 * n;
    const paymentDue = (property + k) % 2 === 0;
    const externalId = `res_${String(i).padStart(6, '0')}`;
    return {
      externalId,
      status,
      upcoming: !past && status !== 'cancelled',
      paymentDue,
      line: JSON.stringify({
        type: 'reservation',
        external_id: externalId,
        property_external_id: propertyId(property),
        guest_external_id: guestId(i % GUESTS),
        check_in: date(checkIn),
        check_out: date(checkIn + 3),
        guests: 1 + (i % 4),
        status,
        ...(paymentDue && { payment_due_at: `${date(checkIn - 3)}T12:00:00Z` }),
      }),
    };
  });
  // Fisher–Yates with mulberry32: the same order every run.
  let seed = 19;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let i = stays.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stays[i], stays[j]] = [stays[j]!, stays[i]!];
  }
  return stays;
}

interface StayState extends Record<string, unknown> {
  external_id: string;
  status: string;
  reminders: number;
  scheduled_reminders: number;
  messages: number;
  notifications: number;
}

/** What the database holds of the imported stays, against what each line expects. */
async function databaseProblems(db: Db, stays: Stay[]): Promise<string[]> {
  const rows = await queryRows<StayState>(
    db,
    sql`select r.external_id, r.status,
               (select count(*) from automated_reminders a where a.reservation_id = r.id)::int
                 as reminders,
               (select count(*) from automated_reminders a
                 where a.reservation_id = r.id and a.status = 'scheduled')::int
                 as scheduled_reminders,
               (select count(*) from scheduled_messages m
                 where m.reservation_id = r.id and m.automation_id is not null
                   and m.status = 'scheduled')::int as messages,
               (select count(*) from notifications n where n.reservation_id = r.id)::int
                 as notifications
        from reservations r
        where r.external_id = any(${sql.param(stays.map((s) => s.externalId))}::text[])`,
  );
  const byId = new Map(rows.map((r) => [r.external_id, r]));
  const problems: string[] = [];
  const flag = (what: string, bad: number) => {
    if (bad > 0) problems.push(`${bad} reservations ${what}`);
  };
  const [total] = await queryRows<{ n: number; distinct_ids: number }>(
    db,
    sql`select count(*)::int as n, count(distinct external_id)::int as distinct_ids
        from reservations`,
  );
  if (total!.n !== stays.length || total!.distinct_ids !== stays.length) {
    problems.push(
      `${total!.n} reservations (${total!.distinct_ids} external ids) in the database, not ` +
        `${stays.length}`,
    );
  }
  flag('missing', stays.filter((s) => !byId.has(s.externalId)).length);
  const found = stays.flatMap((s) => {
    const row = byId.get(s.externalId);
    return row ? [{ stay: s, row }] : [];
  });
  flag('with another status', found.filter(({ stay, row }) => row.status !== stay.status).length);
  flag(
    'upcoming without their 4 (6 with a payment due) scheduled reminders',
    found.filter(
      ({ stay, row }) =>
        stay.upcoming &&
        (row.reminders !== (stay.paymentDue ? 6 : 4) || row.scheduled_reminders !== row.reminders),
    ).length,
  );
  flag(
    'completed or cancelled with reminders',
    found.filter(({ stay, row }) => !stay.upcoming && row.reminders !== 0).length,
  );
  flag(
    'confirmed ahead without one scheduled message',
    found.filter(({ stay, row }) => stay.status === 'confirmed' && row.messages !== 1).length,
  );
  flag(
    'other than confirmed with a scheduled message',
    found.filter(({ stay, row }) => stay.status !== 'confirmed' && row.messages !== 0).length,
  );
  flag('with notifications', found.filter(({ row }) => row.notifications !== 0).length);
  return problems;
}

/** What a repeat sync must leave as it found. */
async function counts(db: Db) {
  const [row] = await queryRows<{
    reservations: number;
    reminders: number;
    scheduled_messages: number;
    change_events: number;
    jobs: number;
  }>(
    db,
    sql`select (select count(*) from reservations)::int as reservations,
               (select count(*) from automated_reminders)::int as reminders,
               (select count(*) from scheduled_messages)::int as scheduled_messages,
               (select count(*) from change_events)::int as change_events,
               (select count(*) from jobs)::int as jobs`,
  );
  return row!;
}

const percent = (cpuMs: number, seconds: number) => `${((cpuMs / seconds) * 0.1).toFixed(0)}%`;
const rate = (value: number) => Math.round(value).toLocaleString('en');
