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
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { SignJWT } from 'jose';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { printTargets, type BenchContext, type TargetResult } from './lib/bench.ts';
import { cpuTimes, cpuUsedPer, type ProcessGroups } from './lib/cpu.ts';
import { BASELINE_INSERT, BASELINE_TABLE } from './lib/machine.ts';
import { percentile, Samples } from './lib/stats.ts';
import { spawnServer } from '../server/test/server-process.ts';

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
const jwtSecret = randomBytes(32).toString('hex');
const SOCKET_PATH = '/api/messaging/socket';

interface ServerNode {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function startNode(databaseUrl: string, prefix: string): Promise<ServerNode> {
  const server = spawnServer({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    JWT_SECRET: jwtSecret,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    SEND_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  return { url: await server.ready, pid: server.child.pid!, stop: server.stop };
}

/** The server's access-token format (HS256, typ access), signed with the bench's JWT_SECRET. */
async function accessToken(userId: string): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({ typ: 'access', role: 'user' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('flexbnb-messenger')
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(new TextEncoder().encode(jwtSecret));
}

function connectSocket(url: string, token: string): Promise<Socket> {
  const socket = io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  }
  return results;
}

const rssMiB = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
  return kb / 1024;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The load generator shares the 2 cores with the servers, so it sends with node:http over
// kept-alive connections: fetch (undici) cost about twice as much CPU per request here.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs JSON with the bearer token; resolves to the status once the body has been read. */
function postJson(url: string, token: string, body: object): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}

/** Inserts `count` users (no password: they only use tokens) and returns their ids. */
async function insertUsers(db: pg.Client, label: string, count: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `insert into users (email, name)
       select $1 || i || '@bench.example', initcap($1) || ' ' || i from generate_series(1, $2) as i
     returning id`,
    [label, count],
  );
  return rows.map((r) => r.id);
}

interface Scenario {
  via: 'rest' | 'socket';
  rate: number;
}

interface LatencyResult extends Scenario {
  clients: number;
  achievedRate: number;
  messages: number;
  delivered: number;
  errors: Map<string, number>;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** CPU milliseconds per message, by process group (see `groups` in `latency`). */
  cpuPerMessage: Record<string, number>;
}

async function latency(databaseUrl: string, db: pg.Client, scenarios: Scenario[]) {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const [a, b] = await Promise.all([
    startNode(databaseUrl, prefix),
    startNode(databaseUrl, prefix),
  ]);
  try {
    const hosts = await insertUsers(db, 'host', pairs);
    const guests = await insertUsers(db, 'guest', pairs);
    const conversations: string[] = [];
    for (let i = 0; i < pairs; i++) {
      const {
        rows: [property],
      } = await db.query<{ id: string }>(
        `insert into properties (host_id, title, address) values ($1, $2, 'Bench Street') returning id`,
        [hosts[i], `Bench Loft ${i}`],
      );
      const {
        rows: [conversation],
      } = await db.query<{ id: string }>(
        `insert into conversations (property_id, guest_id, host_id) values ($1, $2, $3) returning id`,
        [property!.id, guests[i], hosts[i]],
      );
      conversations.push(conversation!.id);
    }
    interface Member {
      id: string;
      node: ServerNode;
      token: string;
      socket?: Socket;
    }
    // Each pair is split across the nodes, so every delivery crosses Redis.
    const members: { conversation: string; guest: Member; host: Member }[] = await Promise.all(
      conversations.map(async (id, i) => ({
        conversation: id,
        guest: {
          id: guests[i]!,
          node: i % 2 === 0 ? a : b,
          token: await accessToken(guests[i]!),
        },
        host: {
          id: hosts[i]!,
          node: i % 2 === 0 ? b : a,
          token: await accessToken(hosts[i]!),
        },
      })),
    );
    const sent = new Map<string, number>();
    let latencies: number[] = [];
    let measuring = false;
    let received = 0;
    await inBatches(
      members.flatMap((m) => [m.guest, m.host]),
      100,
      async (user) => {
        const socket = await connectSocket(user.node.url, user.token);
        socket.on(
          'message.created',
          (event: { message: { client_message_id: string; receiver_id: string } }) => {
            if (event.message.receiver_id !== user.id) return;
            const t0 = sent.get(event.message.client_message_id);
            if (t0 === undefined) return;
            sent.delete(event.message.client_message_id);
            received += 1;
            if (measuring) latencies.push(performance.now() - t0);
          },
        );
        user.socket = socket;
      },
    );

    let errors = new Map<string, number>();
    const fail = (why: string) => {
      errors.set(why, (errors.get(why) ?? 0) + 1);
    };
    let issued = 0;
    const inflight = new Set<Promise<void>>();
    const send = (via: Scenario['via'], n: number) => {
      const m = members[n % members.length]!;
      const from = Math.floor(n / members.length) % 2 === 0 ? m.guest : m.host;
      const id = randomUUID();
      const body = {
        conversation_id: m.conversation,
        message: `bench ${n}`,
        client_message_id: id,
      };
      sent.set(id, performance.now());
      const p: Promise<void> =
        via === 'rest'
          ? postJson(`${from.node.url}/api/messaging/messages/send/`, from.token, body).then(
              (status) => {
                if (status !== 201) fail(`HTTP ${status}`);
              },
              (err: Error) => fail(err.message),
            )
          : from
              .socket!.timeout(30_000)
              .emitWithAck('message.send', body)
              .then(
                (ack: { ok: boolean; error?: { code: string } }) => {
                  if (!ack.ok) fail(ack.error!.code);
                },
                (err: Error) => fail(err.message),
              );
      const tracked = p.finally(() => inflight.delete(tracked));
      inflight.add(tracked);
    };

    // Open loop: messages go out on schedule whether or not earlier ones are answered.
    const run = async (scenario: Scenario, durationMs: number) => {
      const start = performance.now();
      const total = Math.round((durationMs / 1000) * scenario.rate);
      for (let n = 0; n < total; n++) {
        const due = start + (n * 1000) / scenario.rate;
        const wait = due - performance.now();
        if (wait > 1) await sleep(wait);
        send(scenario.via, issued++);
      }
      return { total, elapsed: performance.now() - start };
    };

    // Where the CPU goes: everything that runs here shares the two cores.
    const groups: ProcessGroups = {
      'server nodes': ({ pid }) => pid === a.pid || pid === b.pid,
      PostgreSQL: ({ name }) => name === 'postgres',
      Redis: ({ name }) => name === 'redis-server',
      'bench (clients and sender)': ({ pid }) => pid === process.pid,
    };
    const results: LatencyResult[] = [];
    for (const scenario of scenarios) {
      await run(scenario, 2000); // warm-up
      await Promise.all(inflight);
      await sleep(500);
      latencies = [];
      errors = new Map();
      measuring = true;
      const receivedBefore = received;
      const cpuBefore = cpuTimes(groups);
      const { total, elapsed } = await run(scenario, seconds * 1000);
      await Promise.all(inflight);
      await sleep(1000);
      measuring = false;
      const cpuPerMessage = cpuUsedPer(cpuBefore, cpuTimes(groups), total);
      latencies.sort((x, y) => x - y);
      results.push({
        ...scenario,
        clients: members.length * 2,
        achievedRate: Math.round((total / elapsed) * 1000),
        messages: total,
        delivered: received - receivedBefore,
        errors,
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: latencies.at(-1)!,
        cpuPerMessage,
      });
      printLatency(results.at(-1)!);
    }
    for (const m of members) {
      m.guest.socket?.disconnect();
      m.host.socket?.disconnect();
    }
    return results;
  } finally {
    agent.destroy();
    await Promise.all([a.stop(), b.stop()]);
  }
}

function printLatency(l: LatencyResult) {
  const errors = [...l.errors].map(([why, n]) => `${n}× ${why}`).join(', ') || 'none';
  console.log(
    `realtime latency (${l.via} send, ${l.clients} clients on 2 nodes): ${l.messages} messages at ` +
      `${l.achievedRate}/s (target ${l.rate}/s): send → receiver's message.created ` +
      `p50 ${l.p50.toFixed(1)} ms, p90 ${l.p90.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, ` +
      `max ${l.max.toFixed(1)} ms; delivered ${l.delivered}; errors: ${errors}`,
  );
  const cpu = Object.entries(l.cpuPerMessage);
  const total = cpu.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `  CPU per message: ${cpu.map(([group, ms]) => `${group} ${ms.toFixed(2)} ms`).join(', ')}; ` +
      `${total.toFixed(2)} ms in all, where ${os.cpus().length} cores give ${((os.cpus().length * 1000) / l.rate).toFixed(2)} ms at ${l.rate}/s`,
  );
}

/** The issue's targets, for the scenarios that ran at 500 messages/s or more. */
function realtimeTargets(
  results: LatencyResult[],
  idleRun: { sockets: number; rssAfterMiB: number; fitIn1GiB: number },
): TargetResult[] {
  return [
    ...results
      .filter((r) => r.rate >= 500)
      .map((r) => {
        const errors = [...r.errors.values()].reduce((sum, n) => sum + n, 0);
        return {
          target: `${r.via} send at ${r.rate}/s: p99 under 50 ms, every message delivered, no error`,
          met: r.p99 < 50 && r.delivered === r.messages && errors === 0,
          figure: `p99 ${r.p99.toFixed(1)} ms, ${r.delivered} of ${r.messages} delivered, ${errors} errors`,
        };
      }),
    {
      // Measured, not extrapolated: a run with fewer sockets (BENCH_IDLE_SOCKETS) cannot pass.
      target: '10,000 idle sockets on one node under 1 GiB',
      met: idleRun.sockets >= 10_000 && idleRun.rssAfterMiB < 1024,
      figure:
        `${idleRun.sockets.toLocaleString('en')} sockets, RSS ${idleRun.rssAfterMiB.toFixed(0)} MiB; ` +
        `about ${idleRun.fitIn1GiB.toLocaleString('en')} would fit`,
    },
  ];
}

async function idle(databaseUrl: string, db: pg.Client) {
  const node = await startNode(databaseUrl, `bench-${randomBytes(4).toString('hex')}`);
  try {
    const users = await insertUsers(db, 'idle', idleSockets);
    const tokens = await Promise.all(users.map(accessToken));
    // One socket to warm the code paths, then the baseline.
    const warm = await connectSocket(node.url, tokens[0]!);
    await sleep(2000);
    const before = rssMiB(node.pid);
    const sockets = await inBatches(tokens.slice(1), 200, (token) =>
      connectSocket(node.url, token),
    );
    await sleep(3000);
    const after = rssMiB(node.pid);
    const perSocketKiB = ((after - before) * 1024) / sockets.length;
    for (const socket of [warm, ...sockets]) socket.disconnect();
    return {
      sockets: sockets.length + 1,
      rssBeforeMiB: before,
      rssAfterMiB: after,
      perSocketKiB,
      fitIn1GiB: Math.floor(((1024 - before) * 1024) / perSocketKiB),
    };
  } finally {
    await node.stop();
  }
}

/**
 * The messaging bench's baseline on an idle machine, so that figures from machines or days of
 * different speed can be compared: a bare `INSERT … RETURNING` round trip.
 */
async function bareInsert(db: pg.Client, iterations = 1000) {
  await db.query(BASELINE_TABLE);
  const samples = new Samples('bare INSERT … RETURNING');
  for (let i = 0; i < iterations + 100; i++) {
    const insert = () => db.query(BASELINE_INSERT);
    // The first hundred warm the connection and the table up.
    if (i < 100) await insert();
    else await samples.time(insert);
  }
  return samples.summary();
}

/** Runs the realtime bench on a throw-away database of `context.serverUrl`. */
export async function run(context: BenchContext) {
  const adminUrl = context.serverUrl;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `flexbnb_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    // A first node migrates the scratch database.
    const migrator = await startNode(databaseUrl, 'bench-migrate');
    await migrator.stop();
    await db.connect();

    console.log(
      `machine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    const base = await bareInsert(db);
    console.log(
      `baseline: bare INSERT … RETURNING round trip p50 ${base.p50.toFixed(2)} ms, ` +
        `p99 ${base.p99.toFixed(2)} ms (the messaging bench's baseline: compare runs by it)`,
    );
    const results = await latency(databaseUrl, db, scenarios);
    const m = await idle(databaseUrl, db);
    console.log(
      `realtime idle sockets: ${m.sockets} sockets on one node: RSS ${m.rssBeforeMiB.toFixed(0)} → ` +
        `${m.rssAfterMiB.toFixed(0)} MiB, ${m.perSocketKiB.toFixed(1)} KiB per socket; ` +
        `about ${m.fitIn1GiB.toLocaleString('en')} idle sockets fit in 1 GiB`,
    );
    printTargets(realtimeTargets(results, m));
  } finally {
    await db.end().catch(() => undefined);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
