import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin, buildConversation, buildUser } from '../../../test/factories.ts';
import {
  api,
  createTestApp,
  dbKind,
  testConfig,
  uniqueEmail,
  type TestApp,
  type TestUser,
} from '../../../test/harness.ts';
import { connect, listen, type Probe } from '../../../test/realtime.ts';
import { spawnServer, type ServerProcess } from '../../../test/server-process.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import type { Actor } from '../../platform/context.ts';
import { queryRows } from '../../platform/db/connect.ts';
import { pgErrorCode } from '../../platform/errors.ts';

// The API's answers as the tests read them.
type Json = any;

const PASSWORD = 'password123';

/** A signed-in user with this exact name and address. */
async function register(t: TestApp, name: string, email: string): Promise<TestUser> {
  const user = await t.app.services.auth.createUser({ email, password: PASSWORD, name });
  const res = await api(t.app).post('/api/auth/login/', { email, password: PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  return {
    id: user.id,
    email,
    name,
    token: res.data.access_token,
    refreshToken: res.data.refresh_token,
  };
}

const actorOf = (u: TestUser, role: 'user' | 'admin' = 'admin'): Actor => ({
  id: u.id,
  role,
  name: u.name,
  email: u.email,
});

function pageOf(res: Json) {
  const link = res.headers.link as string | undefined;
  return {
    items: res.data as Json[],
    total: Number(res.headers['x-total-count']),
    next: link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined,
  };
}

async function auditOf(t: TestApp, admin: TestUser, query: string) {
  const res = await api(t.app).get(`/api/admin/audit-log/?${query}`, admin);
  expect(res.statusCode, res.body).toBe(200);
  return res.data as Json[];
}

async function lastSeen(t: TestApp, userId: string): Promise<Date | null> {
  const [row] = await queryRows<{ last_seen_at: Date | string | null }>(
    t.database.db,
    sql`select last_seen_at from users where id = ${userId}`,
  );
  return row?.last_seen_at ? new Date(row.last_seen_at) : null;
}

async function forgetLastSeen(t: TestApp, userId: string) {
  await t.database.db.execute(sql`update users set last_seen_at = null where id = ${userId}`);
}

/** Polls until `read` answers something truthy (the socket stamps are written behind). */
async function eventually<T>(read: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Authenticates each once, so that their next requests pass authentication from the cache at
 * once: two requests sent together then race in the database, not in the handshake.
 */
async function warm(t: TestApp, ...users: TestUser[]) {
  for (const u of users) expect((await api(t.app).get('/api/auth/me', u)).statusCode).toBe(200);
}

async function activeAdmins(t: TestApp) {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from users where role = 'admin' and disabled_at is null`,
  );
  return Number(row!.n);
}

describe('accounts', () => {
  let t: TestApp;
  let url: string;
  let admin: TestUser;
  const open: Probe[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t.app);
    admin = await buildAdmin(t.app);
  });
  afterAll(async () => {
    for (const probe of open) probe.close();
    await t.close();
  });

  const client = () => api(t.app);

  describe('finding users', () => {
    let people: { alpha: TestUser; bravo: TestUser; charlie: TestUser };

    beforeAll(async () => {
      // Names and addresses sort differently, so each sort is told apart.
      people = {
        charlie: await register(t, 'Sortie Charlie', `aa-sortie-${Date.now()}@example.com`),
        alpha: await register(t, 'sortie alpha', `cc-sortie-${Date.now()}@example.com`),
        bravo: await register(t, 'SORTIE Bravo', `bb-sortie-${Date.now()}@Example.com`),
      };
      const at = (iso: string | null) => (iso ? sql`${iso}::timestamptz` : sql`null`);
      for (const [u, seen] of [
        [people.alpha, '2026-01-02T00:00:00Z'],
        [people.bravo, null],
        [people.charlie, '2026-01-01T00:00:00Z'],
      ] as const) {
        await t.database.db.execute(
          sql`update users set last_seen_at = ${at(seen)} where id = ${u.id}`,
        );
      }
    });

    const names = async (query: string) => {
      const res = await client().get(`/api/admin/users/?${query}`, admin);
      expect(res.statusCode, res.body).toBe(200);
      return (res.data as Json[]).map((u) => u.name);
    };

    it('searches name and email, any case, every word', async () => {
      expect((await names('q=sortie&sort=name')).length).toBe(3);
      expect(await names('q=SORTIE%20bravo')).toEqual(['SORTIE Bravo']);
      expect(await names('q=aa-sortie')).toEqual(['Sortie Charlie']);
      expect(await names('q=example.com%20charlie')).toEqual(['Sortie Charlie']);
      // LIKE's wildcards are taken literally.
      expect(await names('q=sort_e')).toEqual([]);
      expect(await names('q=nobody-has-this')).toEqual([]);
    });

    it('sorts by name, email, creation and last seen (never seen last, either way)', async () => {
      expect(await names('q=sortie&sort=name')).toEqual([
        'sortie alpha',
        'SORTIE Bravo',
        'Sortie Charlie',
      ]);
      expect(await names('q=sortie&sort=-name')).toEqual([
        'Sortie Charlie',
        'SORTIE Bravo',
        'sortie alpha',
      ]);
      expect(await names('q=sortie&sort=email')).toEqual([
        'Sortie Charlie',
        'SORTIE Bravo',
        'sortie alpha',
      ]);
      expect(await names('q=sortie&sort=created_at')).toEqual([
        'Sortie Charlie',
        'sortie alpha',
        'SORTIE Bravo',
      ]);
      expect(await names('q=sortie')).toEqual(['SORTIE Bravo', 'sortie alpha', 'Sortie Charlie']);
      expect(await names('q=sortie&sort=last_seen_at')).toEqual([
        'Sortie Charlie',
        'sortie alpha',
        'SORTIE Bravo',
      ]);
      expect(await names('q=sortie&sort=-last_seen_at')).toEqual([
        'sortie alpha',
        'Sortie Charlie',
        'SORTIE Bravo',
      ]);
    });

    it('pages with X-Total-Count and a Link to the next page', async () => {
      const first = pageOf(
        await client().get('/api/admin/users/?q=sortie&sort=name&limit=2', admin),
      );
      expect(first.total).toBe(3);
      expect(first.items.map((u) => u.name)).toEqual(['sortie alpha', 'SORTIE Bravo']);
      expect(first.next).toBeDefined();
      const second = pageOf(await client().get(first.next!, admin));
      expect(second.total).toBe(3);
      expect(second.items.map((u) => u.name)).toEqual(['Sortie Charlie']);
      expect(second.next).toBeUndefined();
    });

    it('filters by role and status', async () => {
      const admins = await client().get('/api/admin/users/?role=admin&limit=200', admin);
      expect((admins.data as Json[]).every((u) => u.role === 'admin')).toBe(true);
      expect((admins.data as Json[]).map((u) => u.id)).toContain(admin.id);
      expect(await names('q=sortie&role=admin')).toEqual([]);

      const target = await buildUser(t.app, 'Stasia Status');
      expect(
        (await client().post(`/api/admin/users/${target.id}/disable`, {}, admin)).statusCode,
      ).toBe(200);
      expect(await names('q=stasia&status=disabled')).toEqual(['Stasia Status']);
      expect(await names('q=stasia&status=active')).toEqual([]);
      expect(await names('q=sortie&status=active')).toHaveLength(3);
    });

    it('refuses an unknown sort, role, status, limit or cursor with 400', async () => {
      for (const query of [
        'sort=password',
        'role=owner',
        'status=gone',
        'limit=0',
        'limit=201',
        'cursor=nonsense',
      ]) {
        const res = await client().get(`/api/admin/users/?${query}`, admin);
        expect({ query, status: res.statusCode, code: res.data.error?.code }).toEqual({
          query,
          status: 400,
          code: 'validation_failed',
        });
      }
    });
  });

  it('shows one user with their activity: messages sent and properties hosted', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hello host');
    const reply = await client().post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Welcome!' },
      host,
    );
    expect(reply.statusCode, reply.body).toBe(201);
    await client().post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Thanks' },
      guest,
    );

    const shown = await client().get(`/api/admin/users/${guest.id}/`, admin);
    expect(shown.statusCode).toBe(200);
    expect(shown.data).toMatchObject({
      id: guest.id,
      email: guest.email,
      name: guest.name,
      role: 'user',
      status: 'active',
      disabled_at: null,
      messages_sent: 2,
      properties: 0,
    });
    expect(typeof shown.data.last_seen_at).toBe('string');
    const hostShown = await client().get(`/api/admin/users/${host.id}/`, admin);
    expect(hostShown.data).toMatchObject({ messages_sent: 1, properties: 1 });

    const listed = await client().get(
      `/api/admin/users/?q=${encodeURIComponent(host.email)}`,
      admin,
    );
    expect(listed.data).toEqual([hostShown.data]);
  });

  it('answers 404 for an unknown user and 400 for an id that is not one', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [method, path, body] of [
      ['GET', `/api/admin/users/${unknown}/`, undefined],
      ['POST', `/api/admin/users/${unknown}/disable/`, {}],
      ['POST', `/api/admin/users/${unknown}/enable/`, {}],
      ['POST', `/api/admin/users/${unknown}/role/`, { role: 'admin' }],
    ] as const) {
      const res = await client().call(method, path, { as: admin, body });
      expect({ path, status: res.statusCode, code: res.data.error?.code }).toEqual({
        path,
        status: 404,
        code: 'not_found',
      });
    }
    const bad = await client().get('/api/admin/users/not-a-uuid/', admin);
    expect(bad.statusCode).toBe(400);
    const badRole = await client().post(
      `/api/admin/users/${admin.id}/role/`,
      { role: 'root' },
      admin,
    );
    expect(badRole.statusCode).toBe(400);
    const longReason = await client().post(
      `/api/admin/users/${unknown}/disable/`,
      { reason: 'x'.repeat(501) },
      admin,
    );
    expect(longReason.statusCode).toBe(400);
  });

  it('answers odd input from an admin with a 4xx in the error shape or a 200, never a 500', async () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const id = admin.id;
    const odd: [method: 'GET' | 'POST', url: string, body?: unknown][] = [
      ['GET', `/api/admin/users/?q=${encodeURIComponent('%_\\\'";--')}`],
      ['GET', `/api/admin/users/?q=${encodeURIComponent('😀 𝔘')}`],
      ['GET', `/api/admin/users/?q=${'x'.repeat(201)}`],
      ['GET', '/api/admin/users/?q=%00'],
      ['GET', '/api/admin/users/?q=&role=&status=&sort='],
      ['GET', '/api/admin/users/?limit=abc'],
      ['GET', `/api/admin/users/?cursor=${cursor({ offset: -1 })}`],
      ['GET', `/api/admin/users/?cursor=${cursor({ offset: 1e12 })}`],
      ['GET', `/api/admin/users/?cursor=${cursor({ offset: 9_999_999 })}`],
      ['GET', '/api/admin/users/?sort=-last_seen_at&sort=name'],
      ['GET', '/api/admin/audit-log/?actor_id=nope&target_id=1'],
      ['GET', `/api/admin/audit-log/?target_type=${'t'.repeat(51)}`],
      ['GET', `/api/admin/audit-log/?target_type=${encodeURIComponent("'; drop table users; --")}`],
      ['POST', `/api/admin/users/${id}/disable/`, []],
      ['POST', `/api/admin/users/${id}/disable/`, 'text'],
      ['POST', `/api/admin/users/${id}/disable/`, { reason: null }],
      ['POST', `/api/admin/users/${id}/disable/`, { reason: 'a\u0000b' }],
      ['POST', `/api/admin/users/${id}/enable/`, { reason: 7 }],
      ['POST', `/api/admin/users/${id}/role/`, {}],
      ['POST', `/api/admin/users/${id}/role/`, { role: 'ADMIN' }],
      ['POST', `/api/admin/users/${id}/role/`, { role: 'admin', reason: ' '.repeat(600) }],
    ];
    for (const [method, path, body] of odd) {
      const res = await client().call(method, path, { as: admin, body });
      expect({ path, body, status: res.statusCode < 500 }).toEqual({ path, body, status: true });
      if (res.statusCode >= 400) {
        expect(res.data.error).toMatchObject({
          code: expect.any(String),
          message: expect.any(String),
        });
      }
    }
  });

  describe('disabling', () => {
    it('stops the account at once: tokens, refresh, login and open sockets', async () => {
      const user = await buildUser(t.app, 'Dora Disabled');
      // Authenticated once, so this node holds the account in its cache.
      expect((await client().get('/api/auth/me', user)).statusCode).toBe(200);
      const probe = await connect(url, user.token);
      open.push(probe);
      const closed = new Promise((resolve) => probe.socket.once('disconnect', resolve));

      const res = await client().post(
        `/api/admin/users/${user.id}/disable/`,
        { reason: 'Spam reports' },
        admin,
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.data).toMatchObject({ id: user.id, status: 'disabled' });
      expect(Date.parse(res.data.disabled_at)).not.toBeNaN();

      // The sweep runs every minute by default: this is the disable reaching the socket.
      expect(await probe.next('session.ended', undefined, 3000)).toEqual({
        code: 'unauthorized',
        message: 'The account is disabled',
      });
      expect(await closed).toBe('io server disconnect');

      const me = await client().get('/api/auth/me', user);
      expect(me.statusCode).toBe(401);
      expect(me.data.error.code).toBe('unauthorized');
      const refreshed = await client().post('/api/auth/refresh', {
        refresh_token: user.refreshToken,
      });
      expect(refreshed.statusCode).toBe(401);
      const login = await client().post('/api/auth/login', {
        email: user.email,
        password: PASSWORD,
      });
      expect(login.statusCode).toBe(401);
      expect(login.data.error.code).toBe('invalid_credentials');
      await expect(connect(url, user.token)).rejects.toMatchObject({
        data: { code: 'unauthorized' },
      });

      const [live] = await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from refresh_tokens where user_id = ${user.id} and revoked_at is null`,
      );
      expect(Number(live!.n)).toBe(0);

      const entries = await auditOf(t, admin, `target_id=${user.id}`);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor: { id: admin.id, name: admin.name, email: admin.email },
        action: 'user.disabled',
        target_type: 'user',
        target_id: user.id,
        reason: 'Spam reports',
        details: { refresh_tokens_revoked: 1 },
      });
    });

    it('is idempotent: disabling again answers the same and writes no second entry', async () => {
      const user = await buildUser(t.app, 'Ida Idempotent');
      const first = await client().post(`/api/admin/users/${user.id}/disable/`, {}, admin);
      const again = await client().post(
        `/api/admin/users/${user.id}/disable/`,
        { reason: 'twice' },
        admin,
      );
      expect(again.statusCode).toBe(200);
      expect(again.data.disabled_at).toBe(first.data.disabled_at);
      const entries = await auditOf(t, admin, `target_id=${user.id}`);
      expect(entries.map((e) => [e.action, e.reason])).toEqual([['user.disabled', null]]);
    });

    it('refuses your own account with 409', async () => {
      const res = await client().post(`/api/admin/users/${admin.id}/disable/`, {}, admin);
      expect(res.statusCode).toBe(409);
      expect(res.data.error).toMatchObject({ code: 'conflict', message: expect.any(String) });
      expect((await client().get('/api/auth/me', admin)).statusCode).toBe(200);
    });

    it('enables again: the owner signs in anew, the old sessions stay revoked', async () => {
      const user = await buildUser(t.app, 'Enzo Enabled');
      await client().post(`/api/admin/users/${user.id}/disable/`, {}, admin);
      const res = await client().post(
        `/api/admin/users/${user.id}/enable/`,
        { reason: 'Appeal accepted' },
        admin,
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.data).toMatchObject({ status: 'active', disabled_at: null });

      expect(
        (await client().post('/api/auth/refresh', { refresh_token: user.refreshToken })).statusCode,
      ).toBe(401);
      const login = await client().post('/api/auth/login', {
        email: user.email,
        password: PASSWORD,
      });
      expect(login.statusCode).toBe(200);
      expect((await client().get('/api/auth/me', login.data.access_token)).statusCode).toBe(200);

      // Enabling an active account changes nothing.
      expect(
        (await client().post(`/api/admin/users/${user.id}/enable/`, {}, admin)).statusCode,
      ).toBe(200);
      const entries = await auditOf(t, admin, `target_id=${user.id}`);
      expect(entries.map((e) => [e.action, e.reason, e.actor.id])).toEqual([
        ['user.enabled', 'Appeal accepted', admin.id],
        ['user.disabled', null, admin.id],
      ]);
    });
  });

  describe('roles', () => {
    it('makes and unmakes an admin, applied to their next request, audited with from and to', async () => {
      const user = await buildUser(t.app, 'Rory Role');
      expect((await client().get('/api/admin/users/', user)).statusCode).toBe(403);

      const made = await client().post(
        `/api/admin/users/${user.id}/role/`,
        { role: 'admin', reason: 'On call' },
        admin,
      );
      expect(made.statusCode, made.body).toBe(200);
      expect(made.data.role).toBe('admin');
      expect((await client().get('/api/admin/users/', user)).statusCode).toBe(200);

      // The same role again changes nothing.
      expect(
        (await client().post(`/api/admin/users/${user.id}/role/`, { role: 'admin' }, admin))
          .statusCode,
      ).toBe(200);

      const unmade = await client().post(
        `/api/admin/users/${user.id}/role/`,
        { role: 'user' },
        admin,
      );
      expect(unmade.data.role).toBe('user');
      expect((await client().get('/api/admin/users/', user)).statusCode).toBe(403);

      const entries = await auditOf(t, admin, `target_id=${user.id}&action=user.role_changed`);
      expect(entries.map((e) => [e.details, e.reason])).toEqual([
        [{ from: 'admin', to: 'user' }, null],
        [{ from: 'user', to: 'admin' }, 'On call'],
      ]);
    });
  });

  describe('the audit log', () => {
    it('filters by actor, action, target type and target, newest first, paged', async () => {
      const other = await buildAdmin(t.app, 'Otto Other');
      const target = await buildUser(t.app, 'Tara Target');
      await client().post(`/api/admin/users/${target.id}/disable/`, { reason: 'one' }, other);
      await client().post(`/api/admin/users/${target.id}/enable/`, { reason: 'two' }, other);
      await client().post(
        `/api/admin/users/${target.id}/role/`,
        { role: 'admin', reason: 'three' },
        other,
      );

      const byOther = await auditOf(t, admin, `actor_id=${other.id}`);
      expect(byOther.map((e) => e.reason)).toEqual(['three', 'two', 'one']);
      expect(
        (await auditOf(t, admin, `actor_id=${other.id}&action=user.enabled`)).map((e) => e.reason),
      ).toEqual(['two']);
      expect(await auditOf(t, admin, `actor_id=${other.id}&target_type=conversation`)).toEqual([]);
      expect(await auditOf(t, admin, `target_type=user&target_id=${target.id}`)).toHaveLength(3);
      expect(
        (await auditOf(t, admin, `actor_id=${other.id}&sort=created_at`)).map((e) => e.reason),
      ).toEqual(['one', 'two', 'three']);

      const first = pageOf(
        await client().get(`/api/admin/audit-log/?actor_id=${other.id}&limit=2`, admin),
      );
      expect(first.total).toBe(3);
      expect(first.items.map((e) => e.reason)).toEqual(['three', 'two']);
      const second = pageOf(await client().get(first.next!, admin));
      expect(second.items.map((e) => e.reason)).toEqual(['one']);
      expect(second.next).toBeUndefined();

      expect(
        (await client().get('/api/admin/audit-log/?action=user.deleted', admin)).statusCode,
      ).toBe(400);
    });

    it('is append-only: the database refuses to change or delete an entry', async () => {
      const target = await buildUser(t.app, 'Avery Append');
      await client().post(`/api/admin/users/${target.id}/disable/`, { reason: 'kept' }, admin);
      const [entry] = await auditOf(t, admin, `target_id=${target.id}`);
      for (const statement of [
        sql`update audit_log set reason = 'rewritten' where id = ${entry.id}`,
        sql`delete from audit_log where id = ${entry.id}`,
      ]) {
        const err = await t.database.db.execute(statement).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(pgErrorCode(err)).toBe('42501');
      }
      expect((await auditOf(t, admin, `target_id=${target.id}`))[0]).toEqual(entry);
    });
  });

  describe('last seen', () => {
    it('is stamped by register, login and refresh', async () => {
      const user = await buildUser(t.app, 'Lena Lastseen');
      expect(await lastSeen(t, user.id)).not.toBeNull();
      await forgetLastSeen(t, user.id);
      const login = await client().post('/api/auth/login', {
        email: user.email,
        password: PASSWORD,
      });
      expect(login.statusCode).toBe(200);
      expect(await lastSeen(t, user.id)).not.toBeNull();
      await forgetLastSeen(t, user.id);
      expect(
        (await client().post('/api/auth/refresh', { refresh_token: login.data.refresh_token }))
          .statusCode,
      ).toBe(200);
      expect(await lastSeen(t, user.id)).not.toBeNull();
    });

    it('is stamped when a socket opens and when it closes', async () => {
      const user = await buildUser(t.app, 'Sonia Socket');
      await forgetLastSeen(t, user.id);
      const probe = await connect(url, user.token);
      open.push(probe);
      await eventually(() => lastSeen(t, user.id));
      await forgetLastSeen(t, user.id);
      probe.close();
      await eventually(() => lastSeen(t, user.id));
    });
  });

  describe('the first admin', () => {
    it('ADMIN_EMAIL creates the administrator once, however many nodes start at once', async () => {
      const email = uniqueEmail('boot');
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          t.app.services.admin.accounts.ensureAdmin({ email, password: 'bootstrap-pass' }),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      const again = await t.app.services.admin.accounts.ensureAdmin({
        email: email.toUpperCase(),
        password: 'other-pass',
      });
      expect(again).toMatchObject({ id: results[0]!.id, created: false, promoted: false });

      const entries = await auditOf(t, admin, `target_id=${results[0]!.id}`);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor: { id: null, name: 'command line', email: null },
        action: 'user.role_changed',
        details: { from: null, to: 'admin', created: true, source: 'ADMIN_EMAIL' },
      });
      const login = await client().post('/api/auth/login', { email, password: 'bootstrap-pass' });
      expect(login.statusCode).toBe(200);
      expect(login.data.user).toMatchObject({ role: 'admin', name: 'Administrator' });
    });

    it('ADMIN_EMAIL promotes an existing account once, keeping its password', async () => {
      const user = await buildUser(t.app, 'Pia Promoted');
      // Signed in as a user: the promotion must reach the cached account at once.
      expect((await client().get('/api/admin/users/', user)).statusCode).toBe(403);
      const results = await Promise.all(
        [1, 2].map(() =>
          t.app.services.admin.accounts.ensureAdmin({
            email: user.email.toUpperCase(),
            password: 'ignored-pass',
          }),
        ),
      );
      expect(results.filter((r) => r.promoted)).toHaveLength(1);
      expect((await client().get('/api/admin/users/', user)).statusCode).toBe(200);
      expect(
        (await client().post('/api/auth/login', { email: user.email, password: PASSWORD }))
          .statusCode,
      ).toBe(200);
      expect(
        (await client().post('/api/auth/login', { email: user.email, password: 'ignored-pass' }))
          .statusCode,
      ).toBe(401);
      const entries = await auditOf(t, admin, `target_id=${user.id}`);
      expect(entries.map((e) => [e.action, e.details, e.actor.name])).toEqual([
        ['user.role_changed', { from: 'user', to: 'admin', source: 'ADMIN_EMAIL' }, 'command line'],
      ]);
    });

    it('ADMIN_EMAIL leaves a disabled administrator disabled', async () => {
      const other = await buildAdmin(t.app, 'Dana Disabled');
      await client().post(`/api/admin/users/${other.id}/disable/`, {}, admin);
      const result = await t.app.services.admin.accounts.ensureAdmin({
        email: other.email,
        password: PASSWORD,
      });
      expect(result).toMatchObject({ created: false, promoted: false, enabled: false });
      expect(
        (await client().post('/api/auth/login', { email: other.email, password: PASSWORD }))
          .statusCode,
      ).toBe(401);
    });

    it('create-admin promotes an existing account, sets its password and enables it', async () => {
      const user = await buildUser(t.app, 'Cleo Cli');
      await client().post(`/api/admin/users/${user.id}/disable/`, {}, admin);
      const result = await t.app.services.admin.accounts.createAdmin({
        email: user.email,
        password: 'brand-new-pass',
      });
      expect(result).toMatchObject({
        id: user.id,
        created: false,
        promoted: true,
        enabled: true,
        passwordSet: true,
      });
      expect(
        (await client().post('/api/auth/login', { email: user.email, password: PASSWORD }))
          .statusCode,
      ).toBe(401);
      const login = await client().post('/api/auth/login', {
        email: user.email,
        password: 'brand-new-pass',
      });
      expect(login.statusCode).toBe(200);
      expect(login.data.user.role).toBe('admin');
      const entries = await auditOf(t, admin, `target_id=${user.id}`);
      expect(entries.map((e) => [e.action, e.actor])).toEqual(
        expect.arrayContaining([
          ['user.role_changed', { id: null, name: 'command line', email: null }],
          ['user.enabled', { id: null, name: 'command line', email: null }],
        ]),
      );
      // Again: nothing left to change but the password, which no entry records.
      const again = await t.app.services.admin.accounts.createAdmin({
        email: user.email,
        password: 'brand-new-pass',
      });
      expect(again).toMatchObject({ promoted: false, enabled: false });
      expect(await auditOf(t, admin, `target_id=${user.id}`)).toHaveLength(entries.length);
    });

    it('takes ADMIN_EMAIL and ADMIN_PASSWORD together or not at all', () => {
      const configured = testConfig({
        ADMIN_EMAIL: 'root@example.com',
        ADMIN_PASSWORD: 'long-enough',
      }).admin;
      expect(configured).toEqual({ email: 'root@example.com', password: 'long-enough' });
      expect(testConfig().admin).toBeUndefined();
      for (const env of [
        { ADMIN_EMAIL: 'root@example.com' },
        { ADMIN_PASSWORD: 'long-enough' },
        { ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: 'short' },
        { ADMIN_EMAIL: 'not an address', ADMIN_PASSWORD: 'long-enough' },
      ]) {
        expect(() => loadConfig(env)).toThrow(ConfigError);
      }
    });
  });
});

// A fresh installation, so that the admins here are the only ones.
describe('never the last active admin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets only one of two admins disabling each other at once succeed', async () => {
    const [a, b] = [await buildAdmin(t.app, 'Ann Admin'), await buildAdmin(t.app, 'Ben Admin')];
    await warm(t, a, b);
    const answers = await Promise.all([
      api(t.app).post(`/api/admin/users/${b.id}/disable/`, {}, a),
      api(t.app).post(`/api/admin/users/${a.id}/disable/`, {}, b),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.data.error.code).toBe('conflict');
    expect(await activeAdmins(t)).toBe(1);

    const survivor = answers[0].statusCode === 200 ? a : b;
    const loser = survivor === a ? b : a;
    // The loser's request was let in before it lost the role: the decision is the database's.
    const accounts = t.app.services.admin.accounts;
    await expect(accounts.disable(actorOf(loser), survivor.id)).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(accounts.setRole(actorOf(loser), survivor.id, 'user')).rejects.toMatchObject({
      code: 'conflict',
    });
    // …and it can no longer change anyone else.
    const bystander = await buildUser(t.app, 'Bea Bystander');
    await expect(accounts.disable(actorOf(loser), bystander.id)).rejects.toMatchObject({
      code: 'forbidden',
    });

    const selfUnmake = await api(t.app).post(
      `/api/admin/users/${survivor.id}/role/`,
      { role: 'user' },
      survivor,
    );
    expect(selfUnmake.statusCode).toBe(409);
    expect(selfUnmake.data.error).toMatchObject({
      code: 'conflict',
      details: { rule: 'last_admin' },
    });
    const selfDisable = await api(t.app).post(
      `/api/admin/users/${survivor.id}/disable/`,
      {},
      survivor,
    );
    expect(selfDisable.statusCode).toBe(409);
    expect(await activeAdmins(t)).toBe(1);

    // With another admin, an admin may step down; the new one then holds the console alone.
    const made = await api(t.app).post(
      `/api/admin/users/${bystander.id}/role/`,
      { role: 'admin' },
      survivor,
    );
    expect(made.statusCode).toBe(200);
    const stepDown = await api(t.app).post(
      `/api/admin/users/${survivor.id}/role/`,
      { role: 'user' },
      survivor,
    );
    expect(stepDown.statusCode).toBe(200);
    expect((await api(t.app).get('/api/admin/users/', survivor)).statusCode).toBe(403);
    expect(
      (await api(t.app).post(`/api/admin/users/${bystander.id}/role/`, { role: 'user' }, bystander))
        .statusCode,
    ).toBe(409);
  });

  it('lets only one of two admins unmaking each other at once succeed', async () => {
    const [c, d] = [await buildAdmin(t.app, 'Cid Admin'), await buildAdmin(t.app, 'Dot Admin')];
    // Only these two are active admins now.
    await t.database.db.execute(
      sql`update users set role = 'user' where role = 'admin' and id not in (${c.id}, ${d.id})`,
    );
    await warm(t, c, d);
    const answers = await Promise.all([
      api(t.app).post(`/api/admin/users/${d.id}/role/`, { role: 'user' }, c),
      api(t.app).post(`/api/admin/users/${c.id}/role/`, { role: 'user' }, d),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await activeAdmins(t)).toBe(1);
  });
});

// Real processes on one PostgreSQL database (the embedded one takes a single process).
if (dbKind === 'postgres') {
  describe('the first admin, from outside', () => {
    let t: TestApp;
    const running: ServerProcess[] = [];
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(async () => {
      await Promise.all(running.map((s) => s.stop()));
      await t.close();
    });

    it('two nodes starting at once with ADMIN_EMAIL create one administrator', async () => {
      const email = uniqueEmail('root');
      const start = () => {
        const server = spawnServer({
          DATABASE_URL: t.database.url!,
          LOG_LEVEL: 'warn',
          JWT_SECRET: 'admin-boot-secret-admin-boot-secret-0001',
          SEED_DEMO: 'false',
          ROLES: 'api',
          ADMIN_EMAIL: email,
          ADMIN_PASSWORD: 'container-secret',
        });
        running.push(server);
        return server;
      };
      const [one] = await Promise.all([start().ready, start().ready]);
      const login = await fetch(`${one}/api/auth/login/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'container-secret' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as Json).user.role).toBe('admin');
      const rows = await queryRows<{ action: string; actor_name: string }>(
        t.database.db,
        sql`select a.action, a.actor_name from audit_log a join users u on u.id = a.target_id
            where lower(u.email) = lower(${email})`,
      );
      expect(rows).toEqual([{ action: 'user.role_changed', actor_name: 'command line' }]);
    });

    it('npm run cli -- create-admin promotes an existing account', async () => {
      const user = await buildUser(t.app, 'Cora Commandline');
      const serverDir = path.resolve(import.meta.dirname, '../../..');
      const { stdout } = await promisify(execFile)(
        path.join(serverDir, '../node_modules/.bin/tsx'),
        ['src/cli.ts', 'create-admin', '--email', user.email, '--password', 'from-the-shell'],
        {
          cwd: serverDir,
          env: { ...process.env, DATABASE_URL: t.database.url!, LOG_LEVEL: 'warn' },
        },
      );
      expect(stdout).toContain(`Administrator ${user.email} made an administrator, password set`);
      const login = await api(t.app).post('/api/auth/login', {
        email: user.email,
        password: 'from-the-shell',
      });
      expect(login.statusCode).toBe(200);
      expect(login.data.user.role).toBe('admin');
    });
  });
}
