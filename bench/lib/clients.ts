/**
 * What the benches that run real server processes share: starting a node, signing its access
 * tokens, connecting sockets, sending over REST, inserting users, the bare-insert baseline and
 * the idle-socket measurement.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import { SignJWT } from 'jose';
import type pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import type { TargetResult } from './bench.ts';
import { BASELINE_INSERT, BASELINE_TABLE } from './machine.ts';
import { Samples } from './stats.ts';
import { spawnServer } from '../../server/test/server-process.ts';

const jwtSecret = randomBytes(32).toString('hex');
const SOCKET_PATH = '/api/messaging/socket';

export interface ServerNode {
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** Everything it printed so far, stdout and stderr together (a node `startNode` started). */
  output?: () => string;
}

export interface NodeOptions {
  /** Nodes given the same Redis and prefix deliver each other's events; none: a lone node. */
  redis?: { url: string; prefix: string };
  /** More environment for the node, over the bench's defaults. */
  env?: Record<string, string>;
}

/** Starts a server process on `databaseUrl`, with the send rate limit out of the way. */
export async function startNode(
  databaseUrl: string,
  options: NodeOptions = {},
): Promise<ServerNode> {
  // The child inherits this process's environment: an empty REDIS_URL keeps a lone node off
  // a Redis named there (the server takes an empty one as none).
  const redis: Record<string, string> = options.redis
    ? { REDIS_URL: options.redis.url, REDIS_PREFIX: options.redis.prefix }
    : process.env.REDIS_URL === undefined
      ? {}
      : { REDIS_URL: '' };
  const server = spawnServer({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    ...redis,
    JWT_SECRET: jwtSecret,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    SEND_RATE_LIMIT_PER_MINUTE: '1000000',
    ...options.env,
  });
  return {
    url: await server.ready,
    pid: server.child.pid!,
    stop: server.stop,
    output: () => server.output(),
  };
}

/**
 * The server's access-token format (HS256, typ access), signed with the nodes' JWT_SECRET, or
 * with `secret` for an app the bench built with its own.
 */
export async function accessToken(userId: string, secret = jwtSecret): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({ typ: 'access', role: 'user' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer('flexbnb-messenger')
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(new TextEncoder().encode(secret));
}

export function connectSocket(url: string, token: string): Promise<Socket> {
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

export async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  }
  return results;
}

/** A process's resident set size in MiB, from /proc (Linux). */
export const rssMiB = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
  return kb / 1024;
};
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The load generator shares the 2 cores with the servers, so it sends with node:http over
// kept-alive connections: fetch (undici) cost about twice as much CPU per request here. As
// many connections as requests under way, up to one per client, as that many browsers would
// have: a smaller pool queued requests in the bench, where the server could neither see nor
// refuse them, and its wait counted as the server's latency.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });

/** Closes the kept-alive connections `postJson` opened (the agent stays usable). */
export function closeKeptAliveConnections() {
  agent.destroy();
}

export interface JsonResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as text, unparsed. */
  body: string;
}

/** POSTs JSON with the bearer token; resolves once the whole response has been read. */
export function postJson(url: string, token: string, body: object): Promise<JsonResponse> {
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
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.once('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}

/** Inserts `count` users (no password: they only use tokens) and returns their ids. */
export async function insertUsers(db: pg.Client, label: string, count: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `insert into users (email, name)
       select $1 || i || '@bench.example', initcap($1) || ' ' || i from generate_series(1, $2) as i
     returning id`,
    [label, count],
  );
  return rows.map((r) => r.id);
}

/**
 * The messaging bench's baseline on an idle machine, so that figures from machines or days of
 * different speed can be compared: a bare `INSERT … RETURNING` round trip. Prints it.
 */
export async function printBaseline(db: pg.Client, iterations = 1000) {
  await db.query(BASELINE_TABLE);
  const samples = new Samples('bare INSERT … RETURNING');
  for (let i = 0; i < iterations + 100; i++) {
    const insert = () => db.query(BASELINE_INSERT);
    // The first hundred warm the connection and the table up.
    if (i < 100) await insert();
    else await samples.time(insert);
  }
  const base = samples.summary();
  console.log(
    `baseline: bare INSERT … RETURNING round trip p50 ${base.p50.toFixed(2)} ms, ` +
      `p99 ${base.p99.toFixed(2)} ms (the messaging bench's baseline: compare runs by it)`,
  );
  return base;
}

export interface IdleResult {
  sockets: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  perSocketKiB: number;
  fitIn1GiB: number;
}

/**
 * One fresh server process: its RSS before and after `sockets` idle authenticated WebSocket
 * connections (users inserted for them), the per-socket cost and the count that fits in 1 GiB.
 */
export async function idle(
  databaseUrl: string,
  db: pg.Client,
  { sockets: count, ...node }: NodeOptions & { sockets: number },
): Promise<IdleResult> {
  const server = await startNode(databaseUrl, node);
  try {
    const users = await insertUsers(db, 'idle', count);
    const tokens = await Promise.all(users.map((id) => accessToken(id)));
    // One socket to warm the code paths, then the baseline.
    const warm = await connectSocket(server.url, tokens[0]!);
    await sleep(2000);
    const before = rssMiB(server.pid);
    const sockets = await inBatches(tokens.slice(1), 200, (token) =>
      connectSocket(server.url, token),
    );
    await sleep(3000);
    const after = rssMiB(server.pid);
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
    await server.stop();
  }
}

export function printIdle(label: string, m: IdleResult) {
  console.log(
    `${label}: ${m.sockets} sockets on one node: RSS ${m.rssBeforeMiB.toFixed(0)} → ` +
      `${m.rssAfterMiB.toFixed(0)} MiB, ${m.perSocketKiB.toFixed(1)} KiB per socket; ` +
      `about ${m.fitIn1GiB.toLocaleString('en')} idle sockets fit in 1 GiB`,
  );
}

export function idleTarget(m: IdleResult): TargetResult {
  return {
    // Measured, not extrapolated: a run with fewer sockets (BENCH_IDLE_SOCKETS) cannot pass.
    target: '10,000 idle sockets on one node under 1 GiB',
    met: m.sockets >= 10_000 && m.rssAfterMiB < 1024,
    figure:
      `${m.sockets.toLocaleString('en')} sockets, RSS ${m.rssAfterMiB.toFixed(0)} MiB; ` +
      `about ${m.fitIn1GiB.toLocaleString('en')} would fit`,
  };
}
