import { createMessengerClient } from '@flexbnb/contracts/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin } from './factories.ts';
import { createTestApp, type TestApp, type TestUser } from './harness.ts';
import { listen } from './realtime.ts';

// The typed client that contracts exports for platforms, generated from the OpenAPI
// document, against a real server over HTTP.

let t: TestApp;
let baseUrl: string;
let admin: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t.app);
  admin = await buildAdmin(t.app);
});

afterAll(async () => {
  await t?.close();
});

describe('the typed client', () => {
  it("speaks the API with a user's token: typed bodies, answers and errors", async () => {
    const messenger = createMessengerClient({ baseUrl: `${baseUrl}/`, token: admin.token });
    const created = await messenger.POST('/api/admin/api-keys', {
      body: { name: 'Typed client', scopes: ['users:write'] },
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'Typed client', scopes: ['users:write'] });
    expect(created.data?.key).toMatch(/^fbk_/);

    const listed = await messenger.GET('/api/admin/api-keys');
    expect(listed.data?.map((k) => k.id)).toContain(created.data?.id);

    const missing = await messenger.POST('/api/admin/api-keys/{id}/revoke', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
      body: {},
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe('not_found');
  });

  it('sends an API key as its bearer, which the user routes refuse', async () => {
    const messenger = createMessengerClient({ baseUrl, token: admin.token });
    const { data } = await messenger.POST('/api/admin/api-keys', {
      body: { name: 'Platform', scopes: ['users:write'] },
    });
    const asKey = createMessengerClient({ baseUrl, token: data!.key });
    const me = await asKey.GET('/api/auth/me');
    expect(me.response.status).toBe(401);
    expect(me.error?.error.code).toBe('unauthorized');
  });
});
