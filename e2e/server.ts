import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { spawnServer } from '../server/test/server-process.ts';
import { DEMO_PASSWORD } from './browser.ts';

/** A port free on 127.0.0.1 right now, for a server whose PUBLIC_URL must name it up front. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Waits until the server at `url` is ready and its demo accounts are seeded (the one-click
 * sign-in buttons need them); throws with what it printed if it exits or takes over 90 s.
 */
export async function waitReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${output()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      const demo = await fetch(`${url}/api/demo-accounts/`);
      if (res.ok && demo.ok && ((await demo.json()) as unknown[]).length > 0) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not get ready:\n${output()}`);
}

/**
 * The environment of an e2e server: production mode on a fresh embedded database seeded with
 * the demo data, at `baseUrl`, with limits the journeys' bursts stay under.
 */
export function demoServerEnv(baseUrl: string, dataDir: string): Record<string, string> {
  return {
    NODE_ENV: 'development',
    PORT: new URL(baseUrl).port,
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    REDIS_URL: '',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    AUTH_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
    SEND_RATE_LIMIT_PER_MINUTE: '1000',
  };
}

/**
 * A demo server of a journey's own (one whose changes must not meet another journey's), on a
 * fresh data folder, with `env` over the demo environment; `stop` stops it and removes the folder.
 */
export async function startDemoServer(name: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `flexbnb-e2e-${name}-`));
  const server = spawnServer({ ...demoServerEnv(baseURL, dataDir), ...env });
  await waitReady(baseURL, server.child, () => server.output());
  return {
    baseURL,
    /** Its data folder: without SMTP_URL, its emails are files in `outbox/` there. */
    dataDir,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (process.env.E2E_SERVER_LOG) console.log(server.output());
    },
  };
}

/**
 * Signs a demo account in over the API of the server at `baseUrl`, from the test itself;
 * answers a caller of that API as the account, which checks each answer's status (201 for a
 * POST, else 200) and answers its JSON.
 */
export async function demoApi(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { access_token: token } = (await login.json()) as { access_token: string };
  return async (
    urlPath: string,
    options: { method?: string; body?: unknown } = {},
  ): Promise<any> => {
    const method = options.method ?? 'GET';
    const res = await fetch(`${baseUrl}${urlPath}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    expect(res.status, urlPath).toBe(method === 'POST' ? 201 : 200);
    return res.json();
  };
}
