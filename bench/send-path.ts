/**
 * Send-path benchmark (issue #11): `npm run bench -- send-path` (PostgreSQL must answer; no
 * Redis is used).
 *
 * 0. The machine, the PostgreSQL settings the WAL figures depend on, and the baseline: a bare
 *    `INSERT … RETURNING` round trip on the idle machine, to compare runs on machines or days
 *    of different speed.
 * 1. Steady sends: ONE server process without Redis on a scratch database; 1,000 connected
 *    clients (500 guest–host pairs, a property and a conversation each). BENCH_RUNS runs in a
 *    row, each of socket@500, socket@1000 and rest@1000 (after a 2 s warm-up at the same rate,
 *    BENCH_SECONDS measured; before the first run, one more warm-up and an ANALYZE of the
 *    tables it began to fill, as autovacuum would): messages sent at a fixed rate (open loop),
 *    round robin over the pairs, guest and host taking turns. Measured: from just before the
 *    send to the receiver's `message.created`; CPU time per message of the node, PostgreSQL and
 *    the bench (from /proc, so Linux only); WAL per message from `pg_current_wal_lsn()` before
 *    and after the measured part, and the records and full-page images in that stretch of WAL
 *    with their largest record types (pg_walinspect, created in the scratch database;
 *    pg_stat_wal would lag, since a backend adds its WAL counts only when it flushes its
 *    statistics, up to ten seconds after it goes idle). The WAL position is the cluster's:
 *    anything else writing to this PostgreSQL server during the run counts too.
 * 2. Back-pressure: BENCH_OVERLOAD_RATE messages/s over the socket for BENCH_SECONDS, then over
 *    REST for half as long. A send the server refuses as `overloaded` (socket ack
 *    `{ ok: false, error: { code: 'overloaded', details: { retry_after_ms } } }`, or HTTP 503
 *    with `Retry-After`) is sent again with the same client_message_id after the delay it
 *    names (100 ms if none), 20 attempts at most. Measured: accepted at the first try or
 *    after retries, refusals and how fast they came, latency of the accepted attempt, and
 *    whether every message reached the receiver and the database exactly once.
 * 3. Memory: the node's RSS with the 1,000 clients connected after the runs, and its peak
 *    during them (sampled every 500 ms); then BENCH_IDLE_SOCKETS idle sockets on a fresh node.
 * 4. Bloat: inserts, updates (HOT or not), dead and live rows and sizes of every table written
 *    to, after the runs (autovacuum is left as the server has it; the bench never vacuums, and
 *    analyzes only once, before the runs).
 *
 * Environment: BENCH_DATABASE_URL (an existing database to connect to for creating a scratch
 * one; default postgres://postgres@127.0.0.1:5432/test), BENCH_RUNS (runs of the steady
 * scenarios, 5), BENCH_SECONDS (measured seconds each, 10), BENCH_PAIRS (500),
 * BENCH_OVERLOAD_RATE (offered messages/s in the back-pressure scenarios, 2000),
 * BENCH_IDLE_SOCKETS (10000).
 */
import pg from 'pg';
import { printTargets, type BenchContext, type TargetResult } from './lib/bench.ts';
import {
  closeKeptAliveConnections,
  idle,
  idleTarget,
  printBaseline,
  printIdle,
  rssMiB,
  sleep,
  startNode,
  type ServerNode,
} from './lib/clients.ts';
import type { ProcessGroups } from './lib/cpu.ts';
import { withFreshDatabase } from './lib/fresh-database.ts';
import {
  errorCount,
  Load,
  printLatency,
  seedPairs,
  type LatencyResult,
  type Scenario,
} from './lib/load.ts';
import { describeMachine, loadAverage } from './lib/machine.ts';
import { formatTable } from './lib/stats.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const pairs = Number(process.env.BENCH_PAIRS ?? 500);
const overloadRate = Number(process.env.BENCH_OVERLOAD_RATE ?? 2000);
const idleSockets = Number(process.env.BENCH_IDLE_SOCKETS ?? 10_000);
const MAX_ATTEMPTS = 20;
// A node that falls behind delivers late: each part waits this long at most for the rest.
const DELIVERY_WAIT_MS = 60_000;
const STEADY: Scenario[] = [
  { via: 'socket', rate: 500 },
  { via: 'socket', rate: 1000 },
  { via: 'rest', rate: 1000 },
];
// Issue #11's targets.
const SOCKET_P99_MS = 10;
const REST_P99_MS = 20;
const CPU_MS_PER_MESSAGE = 0.4;
const WAL_BYTES_PER_MESSAGE = 2048;
const OVERLOAD_P99_MS = 50;
const RSS_CONNECTED_MIB = 160;

const label = (s: Scenario) => `${s.via}@${s.rate}`;
const NODE = 'server node';
const POSTGRES = 'PostgreSQL';

/** The WAL written during a measured part, per message sent. */
interface WalUse {
  bytes: number;
  /** From pg_walinspect; absent when it could not read that stretch of WAL. */
  records?: number;
  fullPageImages?: number;
  fullPageImageBytes?: number;
  /** Record type → bytes per message, largest first. */
  byType: [string, number][];
  unavailable?: string;
}

async function walPosition(db: pg.Client): Promise<string> {
  const { rows } = await db.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
  return rows[0]!.lsn;
}

/** pg_walinspect in the scratch database, or why it is not there. */
async function enableWalInspect(db: pg.Client): Promise<string | undefined> {
  try {
    await db.query('create extension if not exists pg_walinspect');
    return undefined;
  } catch (err) {
    return `pg_walinspect unavailable: ${(err as Error).message}`;
  }
}

async function walUsed(
  db: pg.Client,
  from: string,
  to: string,
  messages: number,
  inspectMissing: string | undefined,
): Promise<WalUse> {
  const { rows } = await db.query<{ bytes: number }>(
    'select pg_wal_lsn_diff($2, $1)::float8 as bytes',
    [from, to],
  );
  const bytes = rows[0]!.bytes / messages;
  if (inspectMissing) return { bytes, byType: [], unavailable: inspectMissing };
  try {
    // A record's block_ref names each full-page image it carries as "(FPW…)". The end is
    // held to the flushed WAL, which is all that pg_walinspect reads.
    const { rows: types } = await db.query<{
      kind: string;
      records: number;
      bytes: number;
      fpi_bytes: number;
      fpis: number;
    }>(
      `select resource_manager || '/' || record_type as kind, count(*)::int as records,
              sum(record_length)::float8 as bytes, sum(fpi_length)::float8 as fpi_bytes,
              coalesce(sum((length(block_ref) - length(replace(block_ref, '(FPW', ''))) / 4), 0)::int
                as fpis
         from pg_get_wal_records_info($1, least($2::pg_lsn, pg_current_wal_flush_lsn()))
        group by 1
        order by 3 desc`,
      [from, to],
    );
    const sum = (pick: (t: (typeof types)[number]) => number) =>
      types.reduce((total, t) => total + pick(t), 0) / messages;
    return {
      bytes,
      records: sum((t) => t.records),
      fullPageImages: sum((t) => t.fpis),
      fullPageImageBytes: sum((t) => t.fpi_bytes),
      byType: types.map((t) => [t.kind, t.bytes / messages]),
    };
  } catch (err) {
    // E.g. a checkpoint recycled the segment where the stretch starts.
    return { bytes, byType: [], unavailable: (err as Error).message };
  }
}

function printWal(w: WalUse) {
  const round = (n: number) => Math.round(n).toLocaleString('en');
  const detail =
    w.records === undefined
      ? `records n/a (${w.unavailable})`
      : `${w.records.toFixed(1)} records, ${w.fullPageImages!.toFixed(2)} full-page images ` +
        `(${round(w.fullPageImageBytes!)} bytes); largest record types: ` +
        w.byType
          .slice(0, 5)
          .map(([kind, b]) => `${kind} ${round(b)}`)
          .join(', ');
  console.log(`  WAL per message: ${round(w.bytes)} bytes; ${detail}`);
}

/** The node's RSS, sampled every 500 ms: the highest since the last `reset`. */
function rssPeak(pid: number) {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMiB(pid));
    } catch {
      // the node exited meanwhile
    }
  }, 500);
  return {
    peak: () => peak,
    reset: () => (peak = rssMiB(pid)),
    stop: () => clearInterval(timer),
  };
}

interface SteadyRun {
  run: number;
  latency: LatencyResult;
  wal: WalUse;
}

interface Overload {
  latency: LatencyResult;
  storedRows: number;
  distinctIds: number;
}

/** Offered load above what the node takes: refused sends are retried until accepted. */
async function overload(load: Load, db: pg.Client, scenario: Scenario, forSeconds: number) {
  const latency = await load.measure(scenario, forSeconds, MAX_ATTEMPTS);
  const { rows } = await db.query<{ stored: number; distinct_ids: number }>(
    `select count(*)::int as stored, count(distinct client_message_id)::int as distinct_ids
       from messages where client_message_id = any($1)`,
    [latency.ids],
  );
  const result: Overload = {
    latency,
    storedRows: rows[0]!.stored,
    distinctIds: rows[0]!.distinct_ids,
  };
  const l = result.latency;
  printLatency(
    `send-path overload (${l.via} send, ${l.clients} clients on 1 node, ` +
      `a refused send retried up to ${MAX_ATTEMPTS} times; latency of the accepted attempt)`,
    l,
  );
  console.log(
    `  offered ${l.messages}: accepted ${l.acceptedFirstTry + l.acceptedAfterRetries} ` +
      `(${l.acceptedFirstTry} at the first try, ${l.acceptedAfterRetries} after retries), ` +
      `${l.lost} lost; ${refusals(l)}; delivered ${l.delivered}, ${l.duplicates} duplicate ` +
      `events; stored ${result.storedRows} rows for ${result.distinctIds} distinct ids`,
  );
  return result;
}

const refusals = (l: LatencyResult) =>
  l.refusals === 0
    ? 'no send refused'
    : `${l.refusals} refusals, answered in p99 ${l.refusalP99.toFixed(1)} ms, max ${l.refusalMax.toFixed(1)} ms`;

/** Every message reached the receiver once and the database once. */
const exactlyOnce = (o: Overload) =>
  o.latency.delivered === o.latency.messages &&
  o.latency.duplicates === 0 &&
  o.storedRows === o.latency.messages;

interface TableWrites {
  table: string;
  inserts: number;
  updates: number;
  hot: number;
  deletes: number;
  dead: number;
  live: number;
  total: number;
  heap: number;
  indexes: number;
}

async function tableWrites(db: pg.Client): Promise<TableWrites[]> {
  // This session's own counts reach the statistics at the end of this statement.
  await db.query('select pg_stat_force_next_flush()');
  const { rows } = await db.query<TableWrites>(
    `select relname as table, n_tup_ins::float8 as inserts, n_tup_upd::float8 as updates,
            n_tup_hot_upd::float8 as hot, n_tup_del::float8 as deletes,
            n_dead_tup::float8 as dead, n_live_tup::float8 as live,
            pg_total_relation_size(relid)::float8 as total,
            pg_relation_size(relid)::float8 as heap, pg_indexes_size(relid)::float8 as indexes
       from pg_stat_user_tables
      where n_tup_ins + n_tup_upd + n_tup_del > 0
      order by n_tup_ins + n_tup_upd + n_tup_del desc`,
  );
  return rows;
}

function printTableWrites(tables: TableWrites[]) {
  const count = (n: number) => n.toLocaleString('en');
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  console.log(
    '\nTables written to, after the runs (autovacuum as the server has it; never vacuumed here):',
  );
  console.log(
    formatTable(
      [
        'table',
        'inserts',
        'updates',
        'HOT',
        'HOT share',
        'deletes',
        'dead rows',
        'live rows',
        'total MiB',
        'heap MiB',
        'indexes MiB',
      ],
      tables.map((t) => [
        t.table,
        count(t.inserts),
        count(t.updates),
        count(t.hot),
        t.updates === 0 ? '–' : `${((100 * t.hot) / t.updates).toFixed(0)}%`,
        count(t.deletes),
        count(t.dead),
        count(t.live),
        mib(t.total),
        mib(t.heap),
        mib(t.indexes),
      ]),
    ),
  );
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const worst = (values: number[]) => Math.max(...values);

/** The runs of one steady scenario. */
const runsOf = (steady: SteadyRun[], s: Scenario) =>
  steady.filter((r) => label(r.latency) === label(s));

/** Mean and worst over the runs of each steady scenario. */
function printSummary(steady: SteadyRun[]) {
  console.log(`\nSteady scenarios over ${runs} run${runs === 1 ? '' : 's'}, mean / worst:`);
  const columns: [string, (r: SteadyRun) => number | undefined, number][] = [
    ['p99 ms', (r) => r.latency.p99, 1],
    ['node CPU ms/msg', (r) => r.latency.cpuPerMessage[NODE], 3],
    ['PostgreSQL CPU ms/msg', (r) => r.latency.cpuPerMessage[POSTGRES], 3],
    ['WAL bytes/msg', (r) => r.wal.bytes, 0],
    ['WAL records/msg', (r) => r.wal.records, 1],
    ['full-page images/msg', (r) => r.wal.fullPageImages, 2],
  ];
  const cell = (of: SteadyRun[], pick: (r: SteadyRun) => number | undefined, digits: number) => {
    const values = of.map(pick).filter((v) => v !== undefined);
    return values.length === 0
      ? 'n/a'
      : `${mean(values).toFixed(digits)} / ${worst(values).toFixed(digits)}`;
  };
  console.log(
    formatTable(
      ['scenario', ...columns.map(([name]) => name)],
      STEADY.map((s) => [
        label(s),
        ...columns.map(([, pick, digits]) => cell(runsOf(steady, s), pick, digits)),
      ]),
    ),
  );
}

function steadyTargets(steady: SteadyRun[]): TargetResult[] {
  const of = (s: Scenario) => runsOf(steady, s);
  const delivery = (s: Scenario) => {
    const results = of(s).map((r) => r.latency);
    const sent = results.reduce((sum, l) => sum + l.messages, 0);
    const delivered = results.reduce((sum, l) => sum + l.delivered, 0);
    const errors = results.reduce((sum, l) => sum + errorCount(l), 0);
    return {
      met: delivered === sent && errors === 0,
      figure: `${delivered} of ${sent} delivered, ${errors} errors`,
    };
  };
  const latencyTarget = (s: Scenario, p99Ms: number): TargetResult => {
    const p99s = of(s).map((r) => r.latency.p99);
    const d = delivery(s);
    return {
      target: `${s.via} send at ${s.rate}/s: p99 ≤ ${p99Ms} ms in every run, every message delivered, no error`,
      met: p99s.every((p) => p <= p99Ms) && d.met,
      figure: `p99 ${p99s.map((p) => p.toFixed(1)).join(', ')} ms; ${d.figure}`,
    };
  };
  const socket1000 = of(STEADY[1]!);
  const perMessage = (
    what: string,
    values: number[],
    limit: number,
    unit: string,
    digits: number,
  ) => ({
    target: `socket send at 1000/s: ${what} ≤ ${limit} ${unit} per message (mean over the runs)`,
    met: mean(values) <= limit,
    figure: `mean ${mean(values).toFixed(digits)}, worst ${worst(values).toFixed(digits)} ${unit}`,
  });
  const d500 = delivery(STEADY[0]!);
  return [
    { target: 'socket send at 500/s: every message delivered, no error', ...d500 },
    latencyTarget(STEADY[1]!, SOCKET_P99_MS),
    latencyTarget(STEADY[2]!, REST_P99_MS),
    perMessage(
      'PostgreSQL CPU',
      socket1000.map((r) => r.latency.cpuPerMessage[POSTGRES]!),
      CPU_MS_PER_MESSAGE,
      'ms',
      3,
    ),
    perMessage(
      'node CPU',
      socket1000.map((r) => r.latency.cpuPerMessage[NODE]!),
      CPU_MS_PER_MESSAGE,
      'ms',
      3,
    ),
    perMessage(
      'WAL',
      socket1000.map((r) => r.wal.bytes),
      WAL_BYTES_PER_MESSAGE,
      'bytes',
      0,
    ),
  ];
}

function overloadTargets(socket: Overload, rest: Overload): TargetResult[] {
  const s = socket.latency;
  const stored = (o: Overload) =>
    `${o.latency.delivered} of ${o.latency.messages} delivered, ${o.latency.duplicates} ` +
    `duplicate events, ${o.latency.lost} lost; ${o.storedRows} rows stored for ` +
    `${o.distinctIds} distinct ids`;
  return [
    {
      target: `socket overload at ${s.rate}/s: accepted sends delivered with p99 < ${OVERLOAD_P99_MS} ms`,
      met: s.p99 < OVERLOAD_P99_MS,
      figure: `p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`,
    },
    {
      // A node that keeps up with the offered rate refuses nothing, and that meets the target
      // (every accepted send is within the p99 above); BENCH_OVERLOAD_RATE past the node's
      // capacity shows its refusals.
      target: `socket overload at ${s.rate}/s: refusals, if any, answered with p99 < ${OVERLOAD_P99_MS} ms`,
      met: s.refusals === 0 || s.refusalP99 < OVERLOAD_P99_MS,
      figure: s.refusals === 0 ? `none: the node kept up with ${s.rate}/s` : refusals(s),
    },
    {
      target: `socket overload at ${s.rate}/s: every message eventually delivered exactly once`,
      met: s.delivered === s.messages && s.duplicates === 0,
      figure: stored(socket),
    },
    {
      target: `socket overload at ${s.rate}/s: messages stored = distinct ids`,
      met: socket.storedRows === socket.distinctIds,
      figure: `${socket.storedRows} rows for ${socket.distinctIds} distinct ids of ${s.messages} sent`,
    },
    {
      target: `REST overload at ${rest.latency.rate}/s: accepted sends delivered with p99 < ${OVERLOAD_P99_MS} ms`,
      met: rest.latency.p99 < OVERLOAD_P99_MS,
      figure: `p99 ${rest.latency.p99.toFixed(1)} ms, max ${rest.latency.max.toFixed(1)} ms`,
    },
    {
      target: `REST overload at ${rest.latency.rate}/s: every message delivered and stored exactly once`,
      met: exactlyOnce(rest),
      figure: stored(rest),
    },
  ];
}

interface Memory {
  afterRunsMiB: number;
  peakRunsMiB: number;
}

async function sendPath(db: pg.Client, node: ServerNode, inspectMissing?: string) {
  const members = await seedPairs(db, pairs, () => ({ guest: node, host: node }));
  // Where the CPU goes: everything that runs here shares the two cores.
  const groups: ProcessGroups = {
    [NODE]: ({ pid }) => pid === node.pid,
    [POSTGRES]: ({ name }) => name === 'postgres',
    'bench (clients and sender)': ({ pid }) => pid === process.pid,
  };
  const load = new Load(members, groups, { deliveryWaitMs: DELIVERY_WAIT_MS });
  await load.connect();
  const rss = rssPeak(node.pid);
  // Sends fill tables the seed left empty; analyze them once they have rows, as autovacuum
  // would where it is on (see the messaging bench).
  await load.warmUp(STEADY[0]!);
  await db.query('analyze');
  try {
    const steady: SteadyRun[] = [];
    for (let run = 1; run <= runs; run++) {
      for (const scenario of STEADY) {
        await load.warmUp(scenario);
        const from = await walPosition(db);
        const latency = await load.measure(scenario, seconds);
        const wal = await walUsed(
          db,
          from,
          await walPosition(db),
          latency.messages,
          inspectMissing,
        );
        printLatency(
          `send-path run ${run}/${runs} (${latency.via} send, ${latency.clients} clients on 1 node)`,
          latency,
        );
        printWal(wal);
        steady.push({ run, latency, wal });
      }
      // Other work on the machine shows in every figure here.
      console.log(`  (load average after run ${run}: ${loadAverage()})`);
    }
    const memory: Memory = { afterRunsMiB: rssMiB(node.pid), peakRunsMiB: rss.peak() };
    printSummary(steady);

    console.log('');
    rss.reset();
    const socket = await overload(load, db, { via: 'socket', rate: overloadRate }, seconds);
    const rest = await overload(
      load,
      db,
      { via: 'rest', rate: overloadRate },
      Math.max(1, Math.round(seconds / 2)),
    );
    console.log(
      `\nmemory (server node RSS, ${load.clients} clients connected): after the runs ` +
        `${memory.afterRunsMiB.toFixed(0)} MiB, peak during them ${memory.peakRunsMiB.toFixed(0)} MiB; ` +
        `after the overloads ${rssMiB(node.pid).toFixed(0)} MiB, peak during them ` +
        `${rss.peak().toFixed(0)} MiB (sampled every 500 ms)`,
    );
    load.disconnect();
    return { steady, socket, rest, memory, clients: load.clients };
  } finally {
    rss.stop();
  }
}

/** Runs the send-path bench on a throw-away database of `context.serverUrl`. */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(
    serverUrl,
    async ({ url, database }) => {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        await describeMachine(database.db, `; load average ${loadAverage()}`);
        const {
          rows: [settings],
        } = await db.query<Record<string, string>>(
          `select current_setting('full_page_writes') as full_page_writes,
                  current_setting('wal_compression') as wal_compression,
                  current_setting('checkpoint_timeout') as checkpoint_timeout,
                  current_setting('autovacuum') as autovacuum`,
        );
        console.log(
          `PostgreSQL ${Object.entries(settings!)
            .map(([name, value]) => `${name} ${value}`)
            .join(', ')}`,
        );
        await printBaseline(db);
        const inspectMissing = await enableWalInspect(db);

        const node = await startNode(url);
        let result: Awaited<ReturnType<typeof sendPath>>;
        try {
          result = await sendPath(db, node, inspectMissing);
        } finally {
          closeKeptAliveConnections();
          await node.stop();
        }
        // The node's backends have exited, so their counts are in the statistics.
        await sleep(500);
        printTableWrites(await tableWrites(db));

        const idleRun = await idle(url, db, { sockets: idleSockets });
        printIdle('send-path idle sockets', idleRun);
        const m = result.memory;
        printTargets([
          ...steadyTargets(result.steady),
          ...overloadTargets(result.socket, result.rest),
          {
            target: `server node RSS with ${result.clients} clients connected, after the runs, < ${RSS_CONNECTED_MIB} MiB`,
            met: m.afterRunsMiB < RSS_CONNECTED_MIB,
            figure: `${m.afterRunsMiB.toFixed(0)} MiB (peak during the runs ${m.peakRunsMiB.toFixed(0)} MiB)`,
          },
          idleTarget(idleRun),
        ]);
      } finally {
        await db.end();
      }
    },
    { poolSize: 1 },
  );
}
