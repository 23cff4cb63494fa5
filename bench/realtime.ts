/**
 * Realtime benchmark: `npm run bench -- realtime` (PostgreSQL and Redis must answer).
 *
 * 0. Baseline: a bare `INSERT … RETURNING` round trip on the idle machine, as in the messaging
 *    bench, to compare runs on machines or days of different speed.
 * 1. Latency: two server processes on one PostgreSQL and one Redis; 1,000 connected clients
 *    (500 guest–host pairs, each pair split across the two nodes); messages sent at a fixed rate
 *    (open loop), round-robin over the pairs, through the sender's node, over REST or over the
 *    sender's socket. Measured: from just before the send to the receiver's `message.created`
 *    on the other node, and the CPU time per message of the nodes, PostgreSQL, Redis and the
 *    bench itself (from /proc, so Linux only).
 * 2. Idle sockets: one fresh server process; its RSS before and after N idle authenticated
 *    WebSocket connections; the per-socket cost and the count that fits in 1 GiB.
 *
 * Environment: BENCH_DATABASE_URL (an existing database to connect to for creating a scratch
 * one; default postgres://postgres@127.0.0.1:5432/test), BENCH_REDIS_URL (default
 * redis://127.0.0.1:6379), BENCH_SCENARIOS (default rest@100,rest@250,rest@500,socket@500: send
 * over REST or the socket at so many messages/s), BENCH_SECONDS (measured seconds each, 10),
 * BENCH_PAIRS (500), BENCH_IDLE_SOCKETS (10000).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { printTargets, type BenchContext, type TargetResult } from './lib/bench.ts';
import {
  closeKeptAliveConnections,
  idle,
  idleTarget,
  printBaseline,
  printIdle,
  startNode,
  type IdleResult,
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

const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Each scenario: how messages are sent and at what rate (messages/s).
const scenarios = (process.env.BENCH_SCENARIOS ?? 'rest@100,rest@250,rest@500,socket@500')
  .split(',')
  .map((item) => {
    const [via, rate] = item.split('@');
    if ((via !== 'rest' && via !== 'socket') || !Number(rate))
      throw new Error(`bad scenario ${item}`);
    return { via, rate: Number(rate) } as const;
  });
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const pairs = Number(process.env.BENCH_PAIRS ?? 500);
const idleSockets = Number(process.env.BENCH_IDLE_SOCKETS ?? 10_000);

async function latency(databaseUrl: string, db: pg.Client, scenarios: Scenario[]) {
  const redis = { url: redisUrl, prefix: `bench-${randomBytes(4).toString('hex')}` };
  const [a, b] = await Promise.all([
    startNode(databaseUrl, { redis }),
    startNode(databaseUrl, { redis }),
  ]);
  try {
    // Each pair is split across the nodes, so every delivery crosses Redis.
    const members = await seedPairs(db, pairs, (i) =>
      i % 2 === 0 ? { guest: a, host: b } : { guest: b, host: a },
    );
    // Where the CPU goes: everything that runs here shares the two cores.
    const groups: ProcessGroups = {
      'server nodes': ({ pid }) => pid === a.pid || pid === b.pid,
      PostgreSQL: ({ name }) => name === 'postgres',
      Redis: ({ name }) => name === 'redis-server',
      'bench (clients and sender)': ({ pid }) => pid === process.pid,
    };
    const load = new Load(members, groups);
    await load.connect();
    const results: LatencyResult[] = [];
    for (const scenario of scenarios) {
      await load.warmUp(scenario);
      const result = await load.measure(scenario, seconds);
      printLatency(
        `realtime latency (${result.via} send, ${result.clients} clients on 2 nodes)`,
        result,
      );
      results.push(result);
    }
    load.disconnect();
    return results;
  } finally {
    closeKeptAliveConnections();
    await Promise.all([a.stop(), b.stop()]);
  }
}

/** The targets, for the scenarios that ran at 500 messages/s or more. */
function realtimeTargets(results: LatencyResult[], idleRun: IdleResult): TargetResult[] {
  return [
    ...results
      .filter((r) => r.rate >= 500)
      .map((r) => {
        const errors = errorCount(r);
        return {
          target: `${r.via} send at ${r.rate}/s: p99 under 50 ms, every message delivered, no error`,
          met: r.p99 < 50 && r.delivered === r.messages && errors === 0,
          figure: `p99 ${r.p99.toFixed(1)} ms, ${r.delivered} of ${r.messages} delivered, ${errors} errors`,
        };
      }),
    idleTarget(idleRun),
  ];
}

/** Runs the realtime bench on a throw-away database of `context.serverUrl`. */
export async function run(context: BenchContext) {
  await withFreshDatabase(
    context.serverUrl,
    async ({ url }) => {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        console.log(
          `machine: ${os.cpus().length} cores, load average ${os
            .loadavg()
            .map((x) => x.toFixed(1))
            .join(' ')}`,
        );
        await printBaseline(db);
        const results = await latency(url, db, scenarios);
        const m = await idle(url, db, {
          sockets: idleSockets,
          redis: { url: redisUrl, prefix: `bench-${randomBytes(4).toString('hex')}` },
        });
        printIdle('realtime idle sockets', m);
        printTargets(realtimeTargets(results, m));
      } finally {
        await db.end();
      }
    },
    { poolSize: 1 },
  );
}
