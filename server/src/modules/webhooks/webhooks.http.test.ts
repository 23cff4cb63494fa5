import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from './webhooks.http.ts';

// The POST of an attempt against a loopback receiver: what it keeps of each kind of answer.
describe('posting a webhook', () => {
  let server: Server;
  let base: string;
  const hung: (() => void)[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/silent') {
        // Answers nothing until the test ends.
        hung.push(() => res.destroy());
        return;
      }
      if (req.url === '/big') {
        res.writeHead(413, { 'content-type': 'text/plain' });
        res.write('a'.repeat(1000));
        res.write('b\u0000c'.repeat(500));
        // The rest never comes: the excerpt does not wait for it.
        hung.push(() => res.destroy());
        return;
      }
      if (req.url === '/elsewhere') {
        res.writeHead(301, { location: '/ok' }).end();
        return;
      }
      res.writeHead(200).end('fine');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const end of hung) end();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const post = (url: string, options: Partial<Parameters<typeof postWebhook>[3]> = {}) =>
    postWebhook(url, { 'webhook-id': 'msg_1' }, '{}', {
      allowPrivate: true,
      timeoutMs: 2_000,
      ...options,
    });

  it('keeps the status and the first 1 KB of the answer, without NUL bytes', async () => {
    const big = await post(`${base}/big`);
    expect(big).toMatchObject({ statusCode: 413, error: null });
    expect(big.excerpt).toBe(`${'a'.repeat(1000)}${'bc'.repeat(8)}`);
    expect(await post(`${base}/ok`)).toMatchObject({ statusCode: 200, excerpt: 'fine' });
  });

  it('does not follow a redirect', async () => {
    expect(await post(`${base}/elsewhere`)).toMatchObject({ statusCode: 301, error: null });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const outcome = await post(`${base}/silent`, { timeoutMs: 200 });
    expect(outcome).toMatchObject({
      statusCode: null,
      excerpt: null,
      error: 'no answer within 0.2 s',
    });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(190);
  });

  it('says why nothing answered, and refuses inside addresses unless allowed', async () => {
    const closed = await post('http://127.0.0.1:1/hook');
    expect(closed).toMatchObject({
      statusCode: null,
      error: expect.stringContaining('ECONNREFUSED'),
    });
    expect(await post(`${base}/ok`, { allowPrivate: false })).toMatchObject({
      statusCode: null,
      error: 'address not allowed',
    });
    const port = base.split(':').pop();
    expect(await post(`http://localhost:${port}/ok`, { allowPrivate: false })).toMatchObject({
      statusCode: null,
      error: 'address not allowed',
    });
  });
});
