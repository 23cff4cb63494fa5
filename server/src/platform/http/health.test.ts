import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installHealth } from './health.ts';

describe('health probes', () => {
  it('serve on a bare Fastify instance: up, ready while the database answers, 503 when not', async () => {
    let answering = true;
    const app = Fastify();
    await installHealth(app, {
      ping: () => (answering ? Promise.resolve() : Promise.reject(new Error('down'))),
    });
    try {
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      expect([health.statusCode, health.json()]).toEqual([200, { status: 'ok' }]);
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready' }]);
      answering = false;
      const down = await app.inject({ method: 'GET', url: '/readyz' });
      expect([down.statusCode, down.json()]).toEqual([
        503,
        { error: { code: 'unavailable', message: 'The database does not answer' } },
      ]);
    } finally {
      await app.close();
    }
  });
});
