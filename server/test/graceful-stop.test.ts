import { connect as connectTcp, type Socket as TcpSocket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dbKind } from './harness.ts';
import { signUpThroughOutbox } from './outbox.ts';
import { connect } from './realtime.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';

/** Opens a raw connection and sends a request's head and the first part of its body. */
function startRequest(
  url: string,
  head: string,
): Promise<{ socket: TcpSocket; answer: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connectTcp(Number(port), hostname, () => {
      socket.write(head);
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      resolve({ socket, answer: new Promise((done) => socket.on('close', () => done(answer))) });
    });
    socket.on('error', reject);
  });
}

describe('a node stopped with SIGTERM', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-stop-'));
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('goes unready first, finishes what is in flight, sends sockets elsewhere and exits in time', async () => {
    server = spawnServer({
      DATA_DIR: dataDir,
      // The embedded database: one process, whatever the project; the stop is the same.
      DATABASE_URL: '',
      SEED_DEMO: 'false',
      STOP_DRAIN_MS: '1500',
    });
    const url = await server.ready;
    const session = await signUpThroughOutbox(url, dataDir, {
      email: `stop-${dbKind}@example.com`,
      password: 'password123',
      name: 'Sam',
    });
    const probe = await connect(url, session.access_token);
    const dropped = new Promise<string>((resolve) => probe.socket.once('disconnect', resolve));

    // A request whose body is still on its way when the signal comes.
    const body = JSON.stringify({ email: 'nobody@example.com', password: 'not-this-one' });
    const inFlight = await startRequest(
      url,
      'POST /api/auth/login/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    const signalled = Date.now();
    server.child.kill('SIGTERM');

    // Unready at once, while still serving: the load balancer turns away from it.
    await expect
      .poll(async () => (await fetch(`${url}/readyz`)).status, { timeout: 1000, interval: 50 })
      .toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // Then it takes no new connection, but the request begun before still gets its answer.
    await expect
      .poll(
        () =>
          fetch(`${url}/healthz`).then(
            () => 'serving',
            () => 'closed',
          ),
        {
          timeout: 8000,
          interval: 100,
        },
      )
      .toBe('closed');
    inFlight.socket.write(body.slice(10));
    expect(await inFlight.answer).toMatch(/^HTTP\/1\.1 401 /);
    // The socket's connection closes without the server ending the socket: its client
    // reconnects by itself (socket.io says 'io server disconnect' when told to stay away).
    expect(await dropped).toBe('transport close');
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(server.output()).toContain('SIGTERM: shutting down');
  }, 30_000);
});
