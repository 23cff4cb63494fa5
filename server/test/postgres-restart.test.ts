import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { openPostgres, type Database } from '../src/platform/db/connect.ts';
import { buildConversation } from './factories.ts';
import { api, testConfig } from './harness.ts';
import { freePort } from './realtime.ts';

/** Debian's PostgreSQL binaries, of the newest version installed (CI runs that one too). */
const BIN = (() => {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return path.join('/usr/lib/postgresql', versions[0]!, 'bin');
})();
const postgresUser = (flag: '-u' | '-g') =>
  Number(execFileSync('id', [flag, 'postgres']).toString());

/**
 * A PostgreSQL cluster of this test's own (the shared one serves every other test file), which
 * it stops and starts again. PostgreSQL will not run as root: as root, it runs as `postgres`.
 */
class PrivatePostgres {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-pg-'));
  constructor(readonly port: number) {}
  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }
  private run(command: string, args: string[]) {
    const asRoot = process.getuid?.() === 0;
    execFileSync(
      asRoot ? 'runuser' : path.join(BIN, command),
      asRoot ? ['-u', 'postgres', '--', path.join(BIN, command), ...args] : args,
      { stdio: 'pipe', cwd: this.dir },
    );
  }
  init() {
    if (process.getuid?.() === 0) chownSync(this.dir, postgresUser('-u'), postgresUser('-g'));
    this.run('initdb', [
      '-D',
      path.join(this.dir, 'data'),
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
    ]);
  }
  start() {
    this.run('pg_ctl', [
      '-D',
      path.join(this.dir, 'data'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      '-l',
      path.join(this.dir, 'log'),
      'start',
    ]);
  }
  stop() {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
  }
  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('PostgreSQL restarted mid-run', () => {
  let pg: PrivatePostgres;
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    pg = new PrivatePostgres(await freePort());
    pg.init();
    pg.start();
    database = await openPostgres({ url: pg.url, poolSize: 4 });
    app = await buildApp(testConfig(), { database });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    try {
      pg.stop();
    } catch {
      // Already stopped by a failed test.
    }
    pg.remove();
  });

  it('answers 503 with Retry-After while it is down, never 500, and recovers without a restart', async () => {
    const { host, guest, conversation } = await buildConversation(app, 'Before the restart');
    const send = (message: string) =>
      api(app).post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, message },
        guest,
      );
    expect((await send('Still up')).statusCode).toBe(201);

    pg.stop();
    const calls = [
      await send('While it is down'),
      await api(app).get('/api/messaging/conversations/', host),
      await api(app).get('/api/messaging/unread-count/', host),
    ];
    for (const res of calls) {
      expect(res.statusCode).toBe(503);
      expect(res.data.error.code).toBe('unavailable');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);

    pg.start();
    // The pool opens new connections by itself: no restart of the node.
    await expect
      .poll(async () => (await app.inject({ method: 'GET', url: '/readyz' })).statusCode, {
        timeout: 10_000,
        interval: 200,
      })
      .toBe(200);
    expect((await send('After the restart')).statusCode).toBe(201);
    const thread = await api(app).get(`/api/messaging/conversations/${conversation.id}/`, host);
    expect(thread.data.messages.map((m: { message: string }) => m.message)).toEqual([
      'Before the restart',
      'Still up',
      'After the restart',
    ]);
  }, 60_000);
});
