import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startScriptNodeOptions } from '../server/test/server-process.ts';
import { CHROMIUM_PATH } from './chromium.ts';
import { demoServerEnv, freePort, waitReady } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real messenger, built web app included, on a fresh demo database. */
    baseUrl: string;
    /** Its data folder: without SMTP, its emails are `.eml` files in `outbox/` there. */
    dataDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '..');

/**
 * The browser tests drive Debian's Chromium (no browser download): without it, say how to get it
 * rather than let every test fail on a missing executable.
 */
function requireChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    `The browser tests need Chromium at ${CHROMIUM_PATH}, which is missing. Install it with ` +
      '`apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or ' +
      'Chrome binary; `npx playwright install` is not needed. To run the other tests without ' +
      'it: npx vitest run --project pglite --project postgres --project web',
  );
}

/**
 * For the e2e project, builds the web app if it is stale; then starts the server the way `npm start` does (its
 * bundle, built if stale), on a random port with a fresh embedded database seeded with the demo data.
 */
export default async function setup(project: TestProject) {
  // The web components' tests talk to the API only; the browser tests need the built app.
  if (project.name === 'e2e') {
    requireChromium();
    execFileSync('node', [path.join(root, 'web/scripts/ensure-build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  // The server's bundle, as `npm start` runs it.
  execFileSync('node', [path.join(root, 'server/scripts/ensure-build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  // With the heap settings of the start script, as `npm start` runs it.
  const main = [...startScriptNodeOptions(), path.join(root, 'server/dist/main.js')];
  const child = spawn(process.execPath, main, {
    cwd: root,
    env: {
      ...process.env,
      ...demoServerEnv(baseUrl, dataDir),
      // A short feed, pruned often, so a browser that was away long enough meets a 410.
      CHANGE_EVENTS_KEEP_PER_USER: '100',
      CHANGE_EVENTS_PRUNE_INTERVAL_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitReady(baseUrl, child, () => output);
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);

  return async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    if (process.env.E2E_SERVER_LOG) console.log(output);
  };
}
