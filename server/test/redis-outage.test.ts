import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { buildConversation } from './factories.ts';
import { api, createTestApp, testConfig, type TestApp } from './harness.ts';
import { connect, freePort, listen, settle, type Probe } from './realtime.ts';

/** A Redis server of this test's own, which it stops and starts again. */
class PrivateRedis {
  private child: ChildProcess | undefined;
  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start() {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      let output = '';
      this.child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      this.child!.once('exit', (code) =>
        reject(new Error(`redis-server exited ${code}: ${output}`)),
      );
    });
  }
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

describe('Redis stopped mid-run and started again', () => {
  let t: TestApp;
  let redis: PrivateRedis;
  let dir: string;
  const nodes: FastifyInstance[] = [];
  const probes: Probe[] = [];
  const logs: string[] = [];
  // One cluster: the nodes share a prefix.
  const prefix = `outage-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    t = await createTestApp();
    dir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-redis-'));
    redis = new PrivateRedis(await freePort(), dir);
    await redis.start();
  });
  afterAll(async () => {
    for (const probe of probes) probe.close();
    await Promise.all(nodes.map((node) => node.close()));
    await redis.stop();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function node(): Promise<{ app: FastifyInstance; url: string }> {
    const app = await buildApp(
      testConfig({
        REDIS_URL: redis.url,
        REDIS_PREFIX: prefix,
        LOG_LEVEL: 'warn',
      }),
      { database: t.database },
    );
    // The nodes' own log lines, to find what they said about the outage.
    app.log.warn = (obj: unknown, msg?: string) => {
      logs.push(typeof obj === 'string' ? obj : `${msg ?? ''} ${JSON.stringify(obj)}`);
    };
    nodes.push(app);
    return { app, url: await listen(app) };
  }

  it('keeps each node serving, falls back to per-node limits, and resumes cross-node delivery', async () => {
    const [a, b] = [await node(), await node()];
    const { host, guest, conversation } = await buildConversation(a.app, 'Before the outage');
    const hostOnA = await connect(a.url, host.token);
    const guestOnB = await connect(b.url, guest.token);
    probes.push(hostOnA, guestOnB);
    const send = (app: FastifyInstance, as: typeof host, message: string) =>
      api(app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message },
        as,
      );
    const livePayloads = (probe: Probe) =>
      probe
        .named('message.created')
        .map((e: { message: { message: string } }) => e.message.message);

    // Across nodes while Redis is up.
    expect((await send(b.app, guest, 'One')).statusCode).toBe(201);
    await hostOnA.next('message.created', (e) => e.message.message === 'One');

    const { cursor: before } = (await api(b.app).get('/api/messaging/sync/', guest)).data;
    await redis.stop();
    // Each node still takes sends (its limits now its own) and tells its own sockets.
    const during = await send(a.app, host, 'During the outage');
    expect(during.statusCode).toBe(201);
    const fromGuest = await send(b.app, guest, 'Also during');
    expect(fromGuest.statusCode).toBe(201);
    expect(logs.join('\n')).toMatch(/rate limits are per node/);

    await redis.start();
    // Cross-node delivery resumes by itself once the nodes have reconnected.
    let resumed = false;
    for (let attempt = 0; attempt < 40 && !resumed; attempt++) {
      const text = `After the outage ${attempt}`;
      expect((await send(a.app, host, text)).statusCode).toBe(201);
      resumed = await guestOnB
        .next('message.created', (e) => e.message.message === text, 500)
        .then(
          () => true,
          () => false,
        );
    }
    expect(resumed).toBe(true);

    // What the guest's socket missed, sync fills in: every message, once, in order.
    const synced = await api(b.app).get(`/api/messaging/sync/?since=${before}`, guest);
    const texts = (synced.data.events as { type: string; message?: { message: string } }[])
      .filter((e) => e.type === 'message.created')
      .map((e) => e.message!.message);
    expect(texts).toContain('During the outage');
    expect(texts.filter((m) => m === 'During the outage')).toHaveLength(1);
    // During the outage each node still told its own sockets: each side saw its own send live.
    await settle();
    expect(livePayloads(hostOnA)).toContain('During the outage');
    expect(livePayloads(guestOnB)).toContain('Also during');
  }, 60_000);
});
