import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from './factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from './harness.ts';

// Walks the OpenAPI document for every admin operation, so that one added later cannot be
// left open to everyone: each must refuse a signed-in non-admin (403) and a stranger (401),
// whatever its parameters and body, before it looks at either.
describe('the admin API to anyone but an admin', () => {
  let t: TestApp;
  let user: TestUser;
  let operations: { method: string; path: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    user = await buildUser(t.app, 'Una User');
    const doc = await api(t.app).get('/api/openapi.json');
    expect(doc.statusCode).toBe(200);
    operations = Object.entries(doc.data.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/admin/'))
      .flatMap(([path, methods]) =>
        Object.keys(methods)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((method) => ({ method: method.toUpperCase(), path })),
      );
  });
  afterAll(() => t.close());

  // Any id: the answer must not depend on whether it exists.
  const url = (path: string) =>
    path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000') + '/';

  it('finds the admin operations in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(operations).toContainEqual({ method: 'GET', path: '/api/admin/users' });
    expect(operations).toContainEqual({ method: 'POST', path: '/api/admin/users/{id}/disable' });
    expect(operations).toContainEqual({ method: 'GET', path: '/api/admin/audit-log' });
  });

  it('answers 403 forbidden to a signed-in user who is not an admin', async () => {
    for (const { method, path } of operations) {
      const res = await api(t.app).call(method as 'GET', url(path), {
        as: user,
        ...(method === 'GET' ? {} : { body: {} }),
      });
      expect({ method, path, status: res.statusCode, error: res.data?.error }).toEqual({
        method,
        path,
        status: 403,
        error: expect.objectContaining({ code: 'forbidden', message: expect.any(String) }),
      });
    }
  });

  it('answers 401 unauthorized without a token', async () => {
    for (const { method, path } of operations) {
      const res = await api(t.app).call(method as 'GET', url(path), {
        ...(method === 'GET' ? {} : { body: {} }),
      });
      expect({ method, path, status: res.statusCode, code: res.data?.error?.code }).toEqual({
        method,
        path,
        status: 401,
        code: 'unauthorized',
      });
    }
  });
});
