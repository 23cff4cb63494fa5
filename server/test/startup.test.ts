import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dbKind } from './harness.ts';
import { spawnServer, startScriptNodeOptions, type ServerProcess } from './server-process.ts';

/** Starts the server as `npm start` would, in its own process. */
const start = (env: Record<string, string>) =>
  spawnServer({ LOG_LEVEL: 'warn', JWT_SECRET: '', ...env });

async function login(url: string) {
  const res = await fetch(`${url}/api/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'host@demo.flexbnb.test', password: 'flexbnb-demo' }),
  });
  return { status: res.status, body: (await res.json()) as { access_token: string } };
}

async function conversationCount(url: string, token: string) {
  const res = await fetch(`${url}/api/messaging/conversations/`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as unknown[]).length;
}

const running: ServerProcess[] = [];
afterAll(() => running.forEach((s) => s.child.kill('SIGKILL')));

/** PGlite: migrates, seeds the demo, refuses a second process on one DATA_DIR, and reopens. */
async function embeddedScenario() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-start-'));
  try {
    const first = start({ DATA_DIR: dataDir });
    running.push(first);
    const url = await first.ready;
    expect(first.output()).toContain('for one node and for evaluation');
    // It runs with the start script's heap settings, which the embedded database must bear.
    const cmdline = `/proc/${first.child.pid}/cmdline`;
    if (existsSync(cmdline)) {
      const args = readFileSync(cmdline, 'utf8').split('\0');
      expect(startScriptNodeOptions()).toContainEqual(
        expect.stringMatching(/^--max-semi-space-size=/),
      );
      expect(args).toEqual(expect.arrayContaining(startScriptNodeOptions()));
    }
    expect(first.output()).toContain('host@demo.flexbnb.test');
    const session = await login(url);
    expect(session.status).toBe(200);
    expect(await conversationCount(url, session.body.access_token)).toBe(3);

    const second = start({ DATA_DIR: dataDir });
    running.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('is in use by another FlexBNB Messenger process');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const third = start({ DATA_DIR: dataDir });
    running.push(third);
    const url3 = await third.ready;
    // Same data, not seeded twice, and tokens signed before the restart still work.
    expect(third.output()).not.toContain('Demo accounts');
    expect(await conversationCount(url3, session.body.access_token)).toBe(3);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** PostgreSQL: two nodes start together on an empty database; one migrates, one seeds. */
async function postgresScenario() {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `flexbnb_start_${randomBytes(4).toString('hex')}`;
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${name}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  await admin(`create database ${name}`);
  try {
    // The demo is opt-in on PostgreSQL (SEED_DEMO defaults to on for the embedded one only).
    const [a, b] = [
      start({ DATABASE_URL: dbUrl.toString(), SEED_DEMO: 'true' }),
      start({ DATABASE_URL: dbUrl.toString(), SEED_DEMO: 'true' }),
    ];
    running.push(a, b);
    const [urlA, urlB] = await Promise.all([a.ready, b.ready]);
    expect(a.output()).not.toContain('for one node and for evaluation');
    expect([a.output(), b.output()].filter((o) => o.includes('Demo accounts'))).toHaveLength(1);
    const session = await login(urlA);
    expect(session.status).toBe(200);
    // A token issued by one node is accepted by the other: they share the signing secret.
    expect(await conversationCount(urlB, session.body.access_token)).toBe(3);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

describe('npm start', () => {
  it(`starts on ${dbKind} as the README says`, async () => {
    await (dbKind === 'pglite' ? embeddedScenario() : postgresScenario());
  }, 120_000);
});
