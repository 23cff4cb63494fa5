import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const serverDir = path.resolve(import.meta.dirname, '..');

/**
 * The options `npm start` gives node before `dist/main.js` (the heap sizes, say), read from the
 * server's start script, so that spawned servers run with the same memory settings.
 */
export function startScriptNodeOptions(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const match = /(?:^|&&)\s*node\s+((?:--\S+\s+)*)dist\/main\.js\s*$/.exec(manifest.scripts.start);
  if (!match) throw new Error(`Unexpected start script: ${manifest.scripts.start}`);
  return match[1]!.split(/\s+/).filter(Boolean);
}

let built = false;
/** Bundles dist/main.js when it is missing or stale, once per test process (well under a second). */
function ensureBuilt() {
  if (built) return;
  execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { cwd: serverDir, stdio: 'pipe' });
  built = true;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Its exit code, once it exits. */
  readonly exited: Promise<number | null>;
  /** The URL it serves on (127.0.0.1), once it says it runs; rejects if it exits first or times out. */
  readonly ready: Promise<string>;
  /** Asks it to stop (SIGTERM) and waits until it has. */
  stop: () => Promise<void>;
}

/**
 * Starts the server in its own process as `npm start` does, from the bundle `server/dist/main.js`
 * (built first if stale) with the start script's node options, with `env` over this process's environment (PORT 0 unless given: it
 * picks a free port and prints it).
 */
export function spawnServer(env: Record<string, string>, timeoutMs = 60_000): ServerProcess {
  ensureBuilt();
  const child = spawn(process.execPath, [...startScriptNodeOptions(), 'dist/main.js'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // PUBLIC_URL, when given, is what it prints; its port is the one it listens on here.
      const match = /is running at https?:\/\/[^\s/:]+:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(`http://127.0.0.1:${match[1]}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  // A caller that only awaits `exited` must not see an unhandled rejection.
  ready.catch(() => undefined);
  return {
    child,
    output: () => output,
    exited,
    ready,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
