import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/connect.ts';
import { AppError } from '../../platform/errors.ts';

let t: TestApp;
let admin: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await buildAdmin(t.app);
});

afterAll(async () => {
  await t?.close();
});

const client = () => api(t.app);
const keyRow = async (id: string) =>
  (
    await queryRows<{ key_hash: string; last_used_at: Date | string | null }>(
      t.database.db,
      sql`select key_hash, last_used_at from api_keys where id = ${id}`,
    )
  )[0]!;

/** The AppError `promise` rejects with (the test fails when it resolves or throws another). */
async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
const keys = () => t.app.services.admin.apiKeys;

async function createKey(body: unknown, as: TestUser = admin) {
  return client().post('/api/admin/api-keys/', body, as);
}

describe('API keys', () => {
  it('shows a new key once, keeps only its hash, and lists it without the key', async () => {
    const res = await createKey({
      name: 'Booking site',
      scopes: ['users:write', 'reservations:write'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { key, ...shown } = res.data;
    expect(key).toMatch(/^fbk_[A-Za-z0-9_-]{43}$/);
    expect(shown).toEqual({
      id: expect.any(String),
      name: 'Booking site',
      prefix: key.slice(0, 10),
      scopes: ['users:write', 'reservations:write'],
      screening_policy: null,
      created_at: expect.any(String),
      last_used_at: null,
      revoked_at: null,
    });

    const list = await client().get('/api/admin/api-keys/', admin);
    expect(list.statusCode).toBe(200);
    const listed = list.data.find((k: { id: string }) => k.id === shown.id);
    expect(listed).toEqual(shown);
    expect(list.body).not.toContain(key);

    const stored = await keyRow(shown.id);
    expect(stored.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(key.slice(4));

    const audit = await client().get(
      `/api/admin/audit-log/?action=api_key.created&target_id=${shown.id}`,
      admin,
    );
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0].details).toEqual({
      name: 'Booking site',
      scopes: ['users:write', 'reservations:write'],
    });
  });

  it('refuses bad bodies, and anyone but an admin', async () => {
    const user = await buildUser(t.app);
    expect((await createKey({ name: 'x', scopes: ['users:write'] }, user)).statusCode).toBe(403);
    expect((await client().get('/api/admin/api-keys/', user)).statusCode).toBe(403);
    for (const body of [
      { name: '', scopes: ['users:write'] },
      { name: 'k', scopes: [] },
      { name: 'k', scopes: ['users:read'] },
      { name: 'k', scopes: ['users:write', 'users:write'] },
      { name: 'k' },
    ]) {
      const res = await createKey(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
    }
  });

  it('lets a key do only what its scopes allow, marks it used, and never signs in as a user', async () => {
    const { data } = await createKey({ name: 'Narrow', scopes: ['properties:write'] });
    const caller = await keys().verify(data.key, 'properties:write');
    expect(caller).toEqual({ keyId: data.id, keyName: 'Narrow', scopes: ['properties:write'] });
    expect((await keyRow(data.id)).last_used_at).not.toBeNull();
    const listed = await client().get('/api/admin/api-keys/', admin);
    expect(listed.data.find((k: { id: string }) => k.id === data.id).last_used_at).toEqual(
      expect.any(String),
    );

    expect(await rejection(keys().verify(data.key, 'users:write'))).toMatchObject({
      code: 'forbidden',
      message: 'This API key lacks the scope users:write',
    });
    for (const wrong of [`${data.key}x`, data.key.slice(0, -1), 'fbk_', 'not-a-key']) {
      expect(await rejection(keys().verify(wrong, 'properties:write'))).toMatchObject({
        code: 'unauthorized',
        message: 'Unknown API key',
      });
    }
    // A key is not a user's token: the user routes refuse it as they refuse any bad token.
    const me = await client().get('/api/auth/me/', data.key);
    expect(me.statusCode).toBe(401);
  });

  it('revokes a key at once, audited, and answers a second revocation as it is', async () => {
    const { data } = await createKey({ name: 'Old site', scopes: ['users:write'] });
    const res = await client().post(
      `/api/admin/api-keys/${data.id}/revoke/`,
      { reason: 'Leaked in a log' },
      admin,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.revoked_at).toEqual(expect.any(String));
    expect(await rejection(keys().verify(data.key, 'users:write'))).toMatchObject({
      code: 'unauthorized',
      message: 'This API key was revoked',
    });

    const again = await client().post(`/api/admin/api-keys/${data.id}/revoke/`, {}, admin);
    expect(again.statusCode).toBe(200);
    expect(again.data.revoked_at).toBe(res.data.revoked_at);
    const audit = await client().get(
      `/api/admin/audit-log/?action=api_key.revoked&target_id=${data.id}`,
      admin,
    );
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0].reason).toBe('Leaked in a log');

    const unknown = await client().post(
      '/api/admin/api-keys/00000000-0000-4000-8000-000000000000/revoke/',
      {},
      admin,
    );
    expect(unknown.statusCode).toBe(404);
  });

  it("sets a key's contact screening on creation and changes it, audited", async () => {
    const made = await createKey({
      name: 'Partner',
      scopes: ['properties:write'],
      screening_policy: 'warn',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.data.screening_policy).toBe('warn');
    const patch = (id: string, body: unknown, as: TestUser = admin) =>
      client().call('PATCH', `/api/admin/api-keys/${id}/`, { as, body });

    const off = await patch(made.data.id, { screening_policy: 'off' });
    expect(off.statusCode, off.body).toBe(200);
    // As made, but for the policy, and without the key (shown once).
    expect(off.data).toEqual({ ...made.data, key: undefined, screening_policy: 'off' });
    expect(off.data).not.toHaveProperty('key');
    const renamed = await patch(made.data.id, { name: '  Partner (EU) ', screening_policy: null });
    expect(renamed.data).toMatchObject({ name: 'Partner (EU)', screening_policy: null });
    // The same again changes nothing, and is not audited again.
    expect((await patch(made.data.id, { screening_policy: null })).statusCode).toBe(200);
    const listed = (await client().get('/api/admin/api-keys/', admin)).data;
    expect(listed.find((k: { id: string }) => k.id === made.data.id)).toEqual(renamed.data);

    const audit = await client().get(
      `/api/admin/audit-log/?target_id=${made.data.id}&sort=created_at`,
      admin,
    );
    expect(
      audit.data.map((e: { action: string; details: unknown }) => [e.action, e.details]),
    ).toEqual([
      [
        'api_key.created',
        { name: 'Partner', scopes: ['properties:write'], screening_policy: 'warn' },
      ],
      [
        'api_key.updated',
        { name: 'Partner', screening_policy: 'off', from: { screening_policy: 'warn' } },
      ],
      [
        'api_key.updated',
        {
          name: 'Partner (EU)',
          screening_policy: null,
          from: { name: 'Partner', screening_policy: 'off' },
        },
      ],
    ]);
  });

  it('refuses bad screening policies with 400 validation_failed, and unknown keys with 404', async () => {
    const { data } = await createKey({ name: 'Checked', scopes: ['users:write'] });
    const bad = await createKey({ name: 'k', scopes: ['users:write'], screening_policy: 'hide' });
    expect(bad.statusCode).toBe(400);
    expect(bad.data).toEqual({
      error: {
        code: 'validation_failed',
        message: expect.stringMatching(/^body\.screening_policy: /),
        details: [{ field: 'body.screening_policy', message: expect.any(String) }],
      },
    });
    const patch = (id: string, body: unknown, as: TestUser = admin) =>
      client().call('PATCH', `/api/admin/api-keys/${id}/`, { as, body });
    for (const body of [{}, { screening_policy: 'MASK' }, { screening_policy: 1 }, { name: '' }]) {
      const res = await patch(data.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.data.error).toMatchObject({
        code: 'validation_failed',
        message: expect.any(String),
        details: [expect.objectContaining({ field: expect.stringMatching(/^body/) })],
      });
    }
    expect((await patch(data.id, {})).data.error.message).toContain(
      'Give at least one of name, screening_policy',
    );
    expect((await patch('not-a-uuid', { screening_policy: 'off' })).statusCode).toBe(400);
    const unknown = await patch('00000000-0000-4000-8000-000000000000', {
      screening_policy: 'off',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.data.error.code).toBe('not_found');
    const user = await buildUser(t.app);
    expect((await patch(data.id, { screening_policy: 'off' }, user)).statusCode).toBe(403);
    // Nothing changed.
    const listed = (await client().get('/api/admin/api-keys/', admin)).data;
    expect(listed.find((k: { id: string }) => k.id === data.id).screening_policy).toBeNull();
  });
});
