import { connect as connectTcp } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { listen } from '../../../test/realtime.ts';

/** What the server said on a raw connection before closing it, and how long it took. */
function rawExchange(
  url: string,
  send: string,
): Promise<{ answer: string; closedAfterMs: number }> {
  const { hostname, port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connectTcp(Number(port), hostname, () => socket.write(send));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    // The test fails rather than hangs if the server keeps the connection.
    setTimeout(() => socket.destroy(new Error('the server kept the connection')), 10_000).unref();
  });
}

describe('request timeouts', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({ REQUEST_TIMEOUT_MS: '600' });
    url = await listen(t.app);
  });
  afterAll(() => t.close());

  it('drop a client that stalls in the middle of its body, with a 408', async () => {
    const { answer, closedAfterMs } = await rawExchange(
      url,
      'POST /api/auth/login/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"email":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeGreaterThanOrEqual(500);
    expect(closedAfterMs).toBeLessThan(5000);
  });

  it('drop a client that never finishes its headers', async () => {
    const { answer, closedAfterMs } = await rawExchange(
      url,
      'GET /api/health HTTP/1.1\r\nHost: lo',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeLessThan(5000);
  });

  it('serve a client that sends in time as usual', async () => {
    const res = await fetch(`${url}/api/auth/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' }),
    });
    expect(res.status).toBe(401);
  });
});
