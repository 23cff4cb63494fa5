/**
 * Soak bench (issue #18): `npm run bench -- soak` (PostgreSQL and Redis must answer).
 *
 * Two server processes (as `npm start` runs them) on one scratch database and one Redis;
 * 1,000 connected clients in 500 guest–host pairs, each pair split across the nodes, so every
 * delivery crosses Redis and each node holds 500 sockets. Messages go over the sender's socket
 * at a fixed rate (open loop), round robin over the pairs, guest and host taking turns, for a
 * warm-up and then the soak proper, without a pause between them. The receivers never read,
 * so each conversation's first message escalates to a push and an email and later ones do
 * not: the nodes are given a quarter of the warm-up as those delays (NOTIFY_PUSH_DELAY_SECONDS,
 * NOTIFY_EMAIL_DELAY_SECONDS; default 30 s and 5 min), so that the burst of 1,000 emails, the
 * email path's first use, falls into the warm-up, and a DATA_DIR of their own, removed after,
 * for the emails' outbox.
 *
 * Measured:
 * - each node's RSS (VmRSS from /proc/<pid>/status, so Linux only) every second, and its V8
 *   heap and external memory from its /metrics every 10 s. Growth compares the median of the
 *   samples in the first window after the warm-up with the median of those in the last window
 *   of the soak (a window is 60 s, or a third of the soak if that is shorter), so a single GC
 *   or a burst does not decide it; the trend is the least-squares slope over every sample
 *   after the warm-up;
 * - messages sent through each node, delivered to each node's receivers and how often each,
 *   after a drain at the end; send → receiver's `message.created` latency and CPU per message
 *   over the whole run, warm-up included;
 * - errors: failed or timed-out sends, sockets dropped before the end, and every line a node
 *   prints at warn or above (or that is not one of its JSON log lines) during the run. A send
 *   the node refuses as overloaded is sent again after the delay the refusal names, as the
 *   API tells clients to, up to BENCH_SOAK_ATTEMPTS times; the refusals are printed, and only
 *   a message still refused after that counts as an error.
 *
 * Targets (issue #18): each node's RSS grows less than 10 % after the warm-up; no error;
 * every message delivered exactly once.
 *
 * Environment: BENCH_DATABASE_URL (see run.ts), BENCH_REDIS_URL (default
 * redis://127.0.0.1:6379), BENCH_SOAK_SECONDS (the soak after the warm-up, 600),
 * BENCH_SOAK_WARM_UP_SECONDS (60), BENCH_SOAK_RATE (messages/s, 200), BENCH_PAIRS (500),
 * BENCH_SOAK_ATTEMPTS (sends of a refused message at most, 20; 1: a refusal is an error).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { printTargets, type BenchContext, type TargetResult } from './lib/bench.ts';
import {
  closeKeptAliveConnections,
  printBaseline,
  rssMiB,
  sleep,
  startNode,
  type ServerNode,
} from './lib/clients.ts';
import type { ProcessGroups } from './lib/cpu.ts';
import { withFreshDatabase } from './lib/fresh-database.ts';
import { errorCount, Load, printLatency, seedPairs, type LatencyResult } from './lib/load.ts';
import { describeMachine, loadAverage } from './lib/machine.ts';
import { formatTable, percentile } from './lib/stats.ts';

const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const warmUpSeconds = Number(process.env.BENCH_SOAK_WARM_UP_SECONDS ?? 60);
const rate = Number(process.env.BENCH_SOAK_RATE ?? 200);
const pairs = Number(process.env.BENCH_PAIRS ?? 500);
// Issue #18's target.
const RSS_GROWTH_LIMIT = 0.1;
const RSS_SAMPLE_MS = 1000;
// A scrape costs the node a few queries (the job queue, the pool): as often as Prometheus would.
const METRICS_SAMPLE_MS = 10_000;
const PROGRESS_MS = 60_000;
// The first and last windows must not overlap, whatever the soak's length.
const windowSeconds = Math.min(60, soakSeconds / 3);
// A node that falls behind delivers late; past this the missing messages count as lost.
const DELIVERY_WAIT_MS = 30_000;
// After the last delivery, how long a duplicate still has to show up.
const LATE_DUPLICATE_WAIT_MS = 2000;
const EXAMPLE_LINES = 3;
// The receivers never read, so each conversation's first message escalates to a push and an
// email (default 30 s and 5 min later) and no later one does: a single burst of 1,000 emails.
// Due a quarter into the warm-up, that first use of the email path is over before the soak.
const escalationDelaySeconds = Math.max(1, Math.floor(warmUpSeconds / 4));
// A send the node refuses as overloaded is sent again after the delay it names, as the
// clients do; only a message refused this often counts as lost (and as an error).
const attempts = Number(process.env.BENCH_SOAK_ATTEMPTS ?? 20);

interface Sample {
  /** Seconds since the traffic started. */
  t: number;
  mib: number;
}

/** One server node and what the bench saw of it. */
interface Watched {
  name: string;
  node: ServerNode;
  sockets: number;
  rssConnectedMiB: number;
  rss: Sample[];
  heapUsed: Sample[];
  external: Sample[];
  metricsFailures: number;
  /** Set when its RSS could no longer be read: the process is gone. */
  exited: boolean;
  /** `message.send` emitted over its sockets. */
  sent: number;
  /** Sends of those again, after a refusal. */
  resent: number;
  /** Messages its receivers got, the first time. */
  delivered: number;
  /** Events its receivers got beyond the first for a message. */
  duplicates: number;
  /** Sockets that dropped before the bench closed them, by reason. */
  dropped: Map<string, number>;
  /** Where the run's part of its output starts. */
  outputFrom: number;
}

const watched = (name: string, node: ServerNode): Watched => ({
  name,
  node,
  sockets: 0,
  rssConnectedMiB: Number.NaN,
  rss: [],
  heapUsed: [],
  external: [],
  metricsFailures: 0,
  exited: false,
  sent: 0,
  resent: 0,
  delivered: 0,
  duplicates: 0,
  dropped: new Map(),
  outputFrom: 0,
});

const median = (samples: Sample[]) =>
  percentile(
    samples.map((s) => s.mib).sort((a, b) => a - b),
    50,
  );

/** The samples from `from` (inclusive) to `to` seconds. */
const between = (samples: Sample[], from: number, to: number) =>
  samples.filter((s) => s.t >= from && s.t <= to);

/** Least-squares slope of the samples, in MiB per hour. */
function trendPerHour(samples: Sample[]) {
  if (samples.length < 2) return Number.NaN;
  const meanT = samples.reduce((sum, s) => sum + s.t, 0) / samples.length;
  const meanMiB = samples.reduce((sum, s) => sum + s.mib, 0) / samples.length;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.t - meanT) * (s.mib - meanMiB);
    variance += (s.t - meanT) ** 2;
  }
  return (covariance / variance) * 3600;
}

/** The first window after the warm-up, the last of the soak, and how they compare. */
function memoryOf(samples: Sample[]) {
  const end = warmUpSeconds + soakSeconds;
  const afterWarmUp = median(between(samples, warmUpSeconds, warmUpSeconds + windowSeconds));
  const atEnd = median(between(samples, end - windowSeconds, end));
  return {
    afterWarmUp,
    atEnd,
    growth: (atEnd - afterWarmUp) / afterWarmUp,
    trend: trendPerHour(between(samples, warmUpSeconds, end)),
  };
}

/** One Prometheus sample of the node's /metrics exposition text, in MiB. */
function gaugeMiB(text: string, name: string) {
  const match = new RegExp(`^${name} (\\S+)`, 'm').exec(text);
  return match ? Number(match[1]) / 2 ** 20 : undefined;
}

async function scrapeMetrics(w: Watched, t: number) {
  try {
    const res = await fetch(`${w.node.url}/metrics`);
    const text = await res.text();
    const heap = gaugeMiB(text, 'nodejs_heap_size_used_bytes');
    const external = gaugeMiB(text, 'nodejs_external_memory_bytes');
    if (!res.ok || heap === undefined || external === undefined) throw new Error(`${res.status}`);
    w.heapUsed.push({ t, mib: heap });
    w.external.push({ t, mib: external });
  } catch {
    w.metricsFailures += 1;
  }
}

/** Samples the nodes' memory and prints a progress line a minute until `stop`. */
function sampleNodes(nodes: Watched[], progress: () => string) {
  const start = performance.now();
  const now = () => (performance.now() - start) / 1000;
  const rssTimer = setInterval(() => {
    const t = now();
    for (const w of nodes) {
      if (w.exited) continue;
      try {
        w.rss.push({ t, mib: rssMiB(w.node.pid) });
      } catch {
        w.exited = true;
      }
    }
  }, RSS_SAMPLE_MS);
  let scraping = false;
  const metricsTimer = setInterval(() => {
    // A node too slow to answer within the period must not pile scrapes up.
    if (scraping) return;
    scraping = true;
    const t = now();
    void Promise.all(nodes.map((w) => scrapeMetrics(w, t))).finally(() => (scraping = false));
  }, METRICS_SAMPLE_MS);
  const line = (label: string) => {
    const memory = nodes
      .map(
        (w) =>
          `node ${w.name} ${w.rss.at(-1)?.mib.toFixed(0) ?? '?'} ` +
          `(heap ${w.heapUsed.at(-1)?.mib.toFixed(0) ?? '?'})`,
      )
      .join(', ');
    console.log(`  ${label}: RSS MiB ${memory}; ${progress()} (load average ${loadAverage()})`);
  };
  const warmUpTimer = setTimeout(
    () => line(`${warmUpSeconds} s, warm-up over`),
    warmUpSeconds * 1000,
  );
  let ticks = 0;
  const progressTimer = setInterval(() => {
    ticks += 1;
    // The warm-up's own line stands for this one. A bench that falls behind prints late, so
    // the line says when it was printed.
    if (ticks * PROGRESS_MS !== warmUpSeconds * 1000) line(`${Math.round(now())} s`);
  }, PROGRESS_MS);
  return () => {
    clearInterval(rssTimer);
    clearInterval(metricsTimer);
    clearTimeout(warmUpTimer);
    clearInterval(progressTimer);
  };
}

/** The lines a node printed during the run at warn or above, or that are not its JSON logs. */
function troubleLines(w: Watched) {
  const text = w.node.output?.() ?? '';
  return text
    .slice(w.outputFrom)
    .split('\n')
    .filter((line) => {
      if (line.trim() === '') return false;
      try {
        const { level } = JSON.parse(line) as { level?: unknown };
        // pino's levels: 40 warn, 50 error, 60 fatal.
        return typeof level !== 'number' || level >= 40;
      } catch {
        return true;
      }
    });
}

interface SoakResult {
  nodes: Watched[];
  latency: LatencyResult;
  lateDuplicates: number;
  trouble: Map<string, string[]>;
  minutes: number;
  emails: number;
}

/** The emails the nodes wrote to their outbox (no SMTP_URL) so far. */
function emailsIn(dataDir: string) {
  try {
    return readdirSync(path.join(dataDir, 'outbox')).length;
  } catch {
    return 0; // none yet
  }
}

async function soak(databaseUrl: string, db: pg.Client, dataDir: string): Promise<SoakResult> {
  const redis = { url: redisUrl, prefix: `bench-${randomBytes(4).toString('hex')}` };
  const env = {
    DATA_DIR: dataDir,
    NOTIFY_PUSH_DELAY_SECONDS: String(escalationDelaySeconds),
    NOTIFY_EMAIL_DELAY_SECONDS: String(escalationDelaySeconds),
  };
  const [a, b] = await Promise.all([
    startNode(databaseUrl, { redis, env }),
    startNode(databaseUrl, { redis, env }),
  ]);
  const nodes = [watched('A', a), watched('B', b)];
  const byNode = new Map(nodes.map((w) => [w.node, w]));
  let stopSampling: (() => void) | undefined;
  try {
    const members = await seedPairs(db, pairs, (i) =>
      i % 2 === 0 ? { guest: a, host: b } : { guest: b, host: a },
    );
    // Where the CPU goes: everything that runs here shares the cores.
    const groups: ProcessGroups = {
      'node A': ({ pid }) => pid === a.pid,
      'node B': ({ pid }) => pid === b.pid,
      PostgreSQL: ({ name }) => name === 'postgres',
      Redis: ({ name }) => name === 'redis-server',
      'bench (clients and sender)': ({ pid }) => pid === process.pid,
    };
    const load = new Load(members, groups, { deliveryWaitMs: DELIVERY_WAIT_MS });
    await load.connect();

    // The bench's own count beside Load's, per node, and kept past the end of its measured
    // part: a duplicate that comes after it still counts.
    const deliveries = new Map<string, number>();
    const sentIds = new Set<string>();
    let closing = false;
    for (const user of members.flatMap((p) => [p.guest, p.host])) {
      const w = byNode.get(user.node)!;
      const socket = user.socket!;
      w.sockets += 1;
      socket.onAnyOutgoing((event: string, body?: { client_message_id?: string }) => {
        // A refused send goes out again with the same id: a message counts once.
        const id = body?.client_message_id;
        if (event !== 'message.send' || id === undefined) return;
        if (sentIds.has(id)) {
          w.resent += 1;
          return;
        }
        sentIds.add(id);
        w.sent += 1;
      });
      socket.on(
        'message.created',
        (event: { message: { client_message_id: string; receiver_id: string } }) => {
          if (event.message.receiver_id !== user.id) return;
          const id = event.message.client_message_id;
          const count = (deliveries.get(id) ?? 0) + 1;
          deliveries.set(id, count);
          if (count === 1) w.delivered += 1;
          else w.duplicates += 1;
        },
      );
      socket.on('disconnect', (reason: string) => {
        if (!closing) w.dropped.set(reason, (w.dropped.get(reason) ?? 0) + 1);
      });
    }
    await sleep(2000);
    for (const w of nodes) {
      w.rssConnectedMiB = rssMiB(w.node.pid);
      w.outputFrom = w.node.output?.().length ?? 0;
    }

    console.log(
      `soak: ${load.clients} clients on 2 nodes (${pairs} pairs, each split across them), socket ` +
        `sends at ${rate}/s for ${warmUpSeconds} s of warm-up and ${soakSeconds} s of soak ` +
        `(a refused send tried ${attempts} times at most); unread messages escalate to push ` +
        `and email after ${escalationDelaySeconds} s; ` +
        `RSS ${nodes.map((w) => `node ${w.name} ${w.rssConnectedMiB.toFixed(0)} MiB`).join(', ')} ` +
        `with the clients connected, before any message`,
    );
    const started = performance.now();
    stopSampling = sampleNodes(nodes, () => {
      const total = (count: (w: Watched) => number) =>
        nodes.reduce((sum, w) => sum + count(w), 0).toLocaleString('en');
      return (
        `${total((w) => w.sent)} sent (${total((w) => w.resent)} sends again after a ` +
        `refusal), ${total((w) => w.delivered)} delivered, ${emailsIn(dataDir)} emails`
      );
    });
    const latency = await load.measure(
      { via: 'socket', rate },
      warmUpSeconds + soakSeconds,
      attempts,
    );
    const lateFrom = nodes.reduce((sum, w) => sum + w.duplicates, 0);
    await sleep(LATE_DUPLICATE_WAIT_MS);
    stopSampling();
    const minutes = (performance.now() - started) / 60_000;
    const trouble = new Map(nodes.map((w) => [w.name, troubleLines(w)]));
    const emails = emailsIn(dataDir);
    closing = true;
    load.disconnect();
    printLatency(
      `soak (socket send, ${load.clients} clients on 2 nodes, warm-up included)`,
      latency,
    );
    return {
      nodes,
      latency,
      lateDuplicates: nodes.reduce((sum, w) => sum + w.duplicates, 0) - lateFrom,
      trouble,
      minutes,
      emails,
    };
  } finally {
    stopSampling?.();
    closeKeptAliveConnections();
    await Promise.all([a.stop(), b.stop()]);
  }
}

const mib = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
const percent = (value: number) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${(100 * value).toFixed(1)} %` : 'n/a';
const perHour = (value: number) =>
  Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(1)} MiB/h` : 'n/a';

function printNodes(r: SoakResult) {
  const window = `${windowSeconds.toFixed(0)} s`;
  console.log(
    `\nMemory per node: RSS from /proc every ${RSS_SAMPLE_MS / 1000} s, V8 heap used and ` +
      `external memory from its /metrics every ${METRICS_SAMPLE_MS / 1000} s. "after warm-up" is ` +
      `the median of the first ${window} after the warm-up, "at end" that of the last ${window} ` +
      `of the soak; growth = (at end − after warm-up) / after warm-up; trend = least-squares ` +
      `slope of every RSS sample after the warm-up; peak = the highest sample, warm-up included.`,
  );
  console.log(
    formatTable(
      [
        'node',
        'RSS connected, idle',
        'RSS after warm-up',
        'RSS at end',
        'RSS peak',
        'RSS growth',
        'RSS trend',
        'heap used',
        'heap growth',
        'external',
      ],
      r.nodes.map((w) => {
        const rss = memoryOf(w.rss);
        const heap = memoryOf(w.heapUsed);
        const external = memoryOf(w.external);
        return [
          w.name,
          `${mib(w.rssConnectedMiB)} MiB`,
          `${mib(rss.afterWarmUp)} MiB`,
          `${mib(rss.atEnd)} MiB`,
          `${mib(Math.max(...w.rss.map((s) => s.mib)))} MiB`,
          percent(rss.growth),
          perHour(rss.trend),
          `${mib(heap.afterWarmUp)} → ${mib(heap.atEnd)} MiB`,
          percent(heap.growth),
          `${mib(external.afterWarmUp)} → ${mib(external.atEnd)} MiB`,
        ];
      }),
    ),
  );
  console.log('\nTraffic per node, over the whole run:');
  console.log(
    formatTable(
      [
        'node',
        'sockets',
        'sent through it',
        'sent again',
        'delivered by it',
        'duplicates',
        'sockets dropped',
        'log lines ≥ warn',
        '/metrics failures',
      ],
      r.nodes.map((w) => [
        w.name,
        String(w.sockets),
        w.sent.toLocaleString('en'),
        w.resent.toLocaleString('en'),
        w.delivered.toLocaleString('en'),
        String(w.duplicates),
        dropped(w),
        String(r.trouble.get(w.name)!.length),
        String(w.metricsFailures),
      ]),
    ),
  );
  const l = r.latency;
  console.log(
    `\nIn all: ${l.messages.toLocaleString('en')} sent, ` +
      `${(l.acceptedFirstTry + l.acceptedAfterRetries).toLocaleString('en')} acknowledged ` +
      `(${l.acceptedAfterRetries.toLocaleString('en')} of them after being refused as ` +
      `overloaded: ${refusals(l)}), ${errorCount(l)} failed${failures(l)}, ` +
      `${l.delivered.toLocaleString('en')} delivered, ` +
      `${l.duplicates} duplicate events (${r.lateDuplicates} more after the drain); send → ` +
      `receiver's message.created p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, ` +
      `max ${l.max.toFixed(1)} ms; ${r.emails.toLocaleString('en')} escalation emails written; ` +
      `${r.minutes.toFixed(1)} minutes of traffic and drain`,
  );
  for (const w of r.nodes) {
    const lines = r.trouble.get(w.name)!;
    for (const line of lines.slice(0, EXAMPLE_LINES)) {
      console.log(`  node ${w.name} printed: ${line.slice(0, 300)}`);
    }
    if (lines.length > EXAMPLE_LINES) {
      console.log(`  node ${w.name}: ${lines.length - EXAMPLE_LINES} more such lines`);
    }
  }
}

const dropped = (w: Watched) =>
  w.dropped.size === 0 ? '0' : [...w.dropped].map(([reason, n]) => `${n} (${reason})`).join(', ');

const refusals = (l: LatencyResult) =>
  l.refusals === 0
    ? 'no send refused'
    : `${l.refusals.toLocaleString('en')} refusals, answered in p99 ${l.refusalP99.toFixed(1)} ms`;

const failures = (l: LatencyResult) =>
  l.errors.size === 0 ? '' : ` (${[...l.errors].map(([why, n]) => `${n}× ${why}`).join(', ')})`;

function soakTargets(r: SoakResult): TargetResult[] {
  const l = r.latency;
  const droppedSockets = r.nodes.reduce(
    (sum, w) => sum + [...w.dropped.values()].reduce((a, n) => a + n, 0),
    0,
  );
  const logLines = [...r.trouble.values()].reduce((sum, lines) => sum + lines.length, 0);
  const metricsFailures = r.nodes.reduce((sum, w) => sum + w.metricsFailures, 0);
  const exited = r.nodes.filter((w) => w.exited).map((w) => w.name);
  const duplicates = l.duplicates + r.lateDuplicates;
  return [
    ...r.nodes.map((w) => {
      const rss = memoryOf(w.rss);
      return {
        target: `node ${w.name}: RSS grows less than ${100 * RSS_GROWTH_LIMIT} % after the warm-up`,
        met: rss.growth < RSS_GROWTH_LIMIT && !w.exited,
        figure:
          `${mib(rss.afterWarmUp)} → ${mib(rss.atEnd)} MiB, ${percent(rss.growth)}, trend ` +
          `${perHour(rss.trend)}` +
          (w.exited ? '; the node exited during the run' : ''),
      };
    }),
    {
      target:
        'no error: no failed send, no dropped socket, no node line at warn or above, ' +
        'every /metrics scrape answered, both nodes up',
      met:
        errorCount(l) === 0 &&
        droppedSockets === 0 &&
        logLines === 0 &&
        metricsFailures === 0 &&
        exited.length === 0,
      figure:
        `${errorCount(l)} failed sends${failures(l)}, ${droppedSockets} dropped sockets, ` +
        `${logLines} log lines, ${metricsFailures} failed scrapes, ` +
        (exited.length === 0 ? 'no node exited' : `node ${exited.join(', ')} exited`) +
        (l.refusals === 0 || attempts === 1 ? '' : `; ${refusals(l)}, retried (not errors)`),
    },
    {
      target: 'every message delivered exactly once',
      met: l.delivered === l.messages && duplicates === 0,
      figure:
        `${l.delivered.toLocaleString('en')} of ${l.messages.toLocaleString('en')} delivered, ` +
        `${l.messages - l.delivered} missing, ${duplicates} duplicate events`,
    },
  ];
}

/** Runs the soak bench on a throw-away database of `context.serverUrl`. */
export async function run({ serverUrl }: BenchContext) {
  await withFreshDatabase(
    serverUrl,
    async ({ url, database }) => {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        await describeMachine(database.db, `; load average ${loadAverage()}`);
        await printBaseline(db);
        // The nodes' emails and files, removed afterwards.
        const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-soak-'));
        let result: SoakResult;
        try {
          result = await soak(url, db, dataDir);
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
        printNodes(result);
        printTargets(soakTargets(result));
      } finally {
        await db.end();
      }
    },
    { poolSize: 1 },
  );
}
