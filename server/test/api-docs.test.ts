import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestApp, type TestApp } from './harness.ts';

describe('API docs and health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves OpenAPI 3.1 with every endpoint, documented with examples', async () => {
    const res = await api(t.app).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.data;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    const names = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/auth/register',
        'POST /api/auth/register/confirm',
        'POST /api/auth/login',
        'POST /api/auth/refresh',
        'GET /api/auth/me',
        'GET /api/properties',
        'POST /api/properties',
        'GET /api/properties/{id}',
        'PATCH /api/properties/{id}',
        'POST /api/reservations',
        'GET /api/reservations',
        'GET /api/reservations/{id}',
        'GET /api/messaging/conversations',
        'POST /api/messaging/conversations/create',
        'GET /api/messaging/conversations/{id}',
        'POST /api/messaging/conversations/{id}/archive',
        'POST /api/messaging/conversations/{id}/unarchive',
        'POST /api/messaging/conversations/{id}/mark-all-read',
        'POST /api/messaging/messages/send',
        'POST /api/messaging/messages/{id}/read',
        'GET /api/messaging/unread-count',
        'GET /healthz',
        'GET /readyz',
      ]),
    );
    for (const { path, method, op } of operations) {
      expect({ path, method, summary: typeof op.summary }).toEqual({
        path,
        method,
        summary: 'string',
      });
      const body = op.requestBody?.content?.['application/json'];
      if (body) {
        expect({ path, method, examples: (body.example ?? body.examples) !== undefined }).toEqual({
          path,
          method,
          examples: true,
        });
      }
    }
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe('bearer');
  });

  it('serves the interactive docs page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });

  it('answers health and readiness without a token', async () => {
    expect((await api(t.app).get('/healthz')).data).toEqual({ status: 'ok' });
    expect((await api(t.app).get('/readyz')).data).toEqual({ status: 'ready' });
  });
});
