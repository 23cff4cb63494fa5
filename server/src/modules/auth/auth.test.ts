import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { queryRows } from '../../platform/db/connect.ts';
import { buildUser } from '../../../test/factories.ts';
import {
  api,
  createTestApp,
  testConfig,
  uniqueEmail,
  type TestApp,
} from '../../../test/harness.ts';
import { emailedToken } from '../../../test/outbox.ts';
import { connect, listen, settle, testRedisUrl } from '../../../test/realtime.ts';

describe('auth', () => {
  let t: TestApp;
  // No SMTP_URL: the emails are files in DATA_DIR/outbox, as a new installation keeps them.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-auth-'));
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
      ACCESS_TOKEN_TTL_SECONDS: '60',
      DATA_DIR: dataDir,
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signUp = (body: Record<string, unknown>) => api(t.app).post('/api/auth/register/', body);
  const confirm = (token: string) => api(t.app).post('/api/auth/register/confirm/', { token });
  /** Every email written to the outbox for `email`, oldest first. */
  const mailsTo = (email: string) => {
    const outbox = path.join(dataDir, 'outbox');
    return readdirSync(outbox)
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .map((name) => readFileSync(path.join(outbox, name), 'utf8').replace(/=\r?\n/g, ''))
      .filter((mail) => mail.toLowerCase().includes(`<${email.toLowerCase()}>`));
  };

  it('signs up by an emailed link, then logs in case-insensitively and answers /me', async () => {
    const email = uniqueEmail('Mixed');
    const asked = await signUp({
      email,
      password: 'password123',
      name: 'Mia Mixed',
      phone: '+15555550100',
    });
    expect(asked.statusCode).toBe(202);
    expect(asked.data).toEqual({ status: 'accepted' });
    // No account until the link is followed.
    expect(
      (await api(t.app).post('/api/auth/login/', { email, password: 'password123' })).statusCode,
    ).toBe(401);

    const token = await emailedToken(dataDir, email, 'confirm-registration');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [kept] = await queryRows<{ token_hash: string }>(
      t.database.db,
      sql`select token_hash from pending_registrations where email = ${email}`,
    );
    expect(kept?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(kept?.token_hash).not.toContain(token);

    const reg = await confirm(token);
    expect(reg.statusCode).toBe(201);
    expect(reg.data.user).toMatchObject({
      email,
      name: 'Mia Mixed',
      phone: '+15555550100',
      role: 'user',
    });
    expect(reg.data.user).not.toHaveProperty('password_hash');
    expect(reg.data.access_token).toEqual(expect.any(String));
    // The link works once.
    const again = await confirm(token);
    expect(again.statusCode).toBe(400);
    expect(again.data.error.details).toEqual([
      { field: 'body.token', message: 'is invalid or has expired' },
    ]);

    const login = await api(t.app).post('/api/auth/login', {
      email: email.toUpperCase(),
      password: 'password123',
    });
    expect(login.statusCode).toBe(200);
    const me = await api(t.app).call('GET', '/api/auth/me/', { as: login.data.access_token });
    expect(me.statusCode).toBe(200);
    expect(me.data.id).toBe(reg.data.user.id);
  });

  it('keeps a phone written with spaces as the E.164 number SMS use, and refuses a local one', async () => {
    const email = uniqueEmail('phone');
    await signUp({
      email,
      password: 'password123',
      name: 'Paula Phone',
      phone: ' +351 (912) 345-678 ',
    });
    const reg = await confirm(await emailedToken(dataDir, email, 'confirm-registration'));
    expect(reg.statusCode).toBe(201);
    expect(reg.data.user.phone).toBe('+351912345678');
    const settings = await api(t.app).call('GET', '/api/messaging/notification-settings/', {
      as: reg.data.access_token,
    });
    expect(settings.statusCode).toBe(200);
    expect(settings.data.phone).toBe('+351912345678');

    const local = await signUp({
      email: uniqueEmail('local'),
      password: 'password123',
      name: 'Lou Local',
      phone: '912 345 678',
    });
    expect(local.statusCode).toBe(400);
    expect(local.data.error.details.map((d: { field: string }) => d.field)).toEqual(['body.phone']);
  });

  it('answers a sign-up for a registered address as for a new one, and tells its owner by email', async () => {
    const owner = await buildUser(t.app, 'Olive Owner');
    const taken = await signUp({
      email: owner.email.toUpperCase(),
      password: 'another-password',
      name: 'Mallory',
    });
    const fresh = await signUp({
      email: uniqueEmail('fresh'),
      password: 'another-password',
      name: 'Mallory',
    });
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.body).toBe(fresh.body);
    expect(taken.statusCode).toBe(202);

    await expect.poll(() => mailsTo(owner.email).length).toBe(1);
    const [notice] = mailsTo(owner.email);
    expect(notice).toContain('You already have a FlexBNB account');
    expect(notice).toContain('/forgot-password');
    expect(notice).not.toContain('/confirm-registration');
    // The account is untouched: its password and its sessions.
    expect(
      (await api(t.app).post('/api/auth/login/', { email: owner.email, password: 'password123' }))
        .statusCode,
    ).toBe(200);
    const [pending] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from pending_registrations where lower(email) = lower(${owner.email})`,
    );
    expect(pending?.n).toBe(0);
  });

  it('makes one account of two sign-ups of an address: the second link finds it taken', async () => {
    const email = uniqueEmail('twice');
    await signUp({ email, password: 'password123', name: 'First' });
    const first = await emailedToken(dataDir, email, 'confirm-registration');
    await signUp({ email, password: 'password456', name: 'Second' });
    await expect.poll(() => mailsTo(email).length).toBe(2);
    const links = mailsTo(email).map(
      (mail) => /confirm-registration\?token=3D([\w-]+)/.exec(mail)?.[1],
    );
    const second = links.find((token) => token !== first);
    expect(links).toContain(first);
    if (!second) throw new Error('the second sign-up emailed no link of its own');

    expect((await confirm(second)).statusCode).toBe(201);
    const late = await confirm(first);
    expect(late.statusCode).toBe(409);
    expect(late.data.error.code).toBe('email_taken');
  });

  it('refuses a sign-up link after a day', async () => {
    const email = uniqueEmail('slow');
    await signUp({ email, password: 'password123', name: 'Sid Slow' });
    const token = await emailedToken(dataDir, email, 'confirm-registration');
    t.clock.offsetMs = 24 * 60 * 60 * 1000 + 1000;
    try {
      expect((await confirm(token)).statusCode).toBe(400);
    } finally {
      t.clock.offsetMs = 0;
    }
  });

  it('rejects a wrong password and an unknown email alike', async () => {
    const user = await buildUser(t.app);
    const wrong = await api(t.app).post('/api/auth/login/', {
      email: user.email,
      password: 'nope-nope',
    });
    const unknown = await api(t.app).post('/api/auth/login/', {
      email: uniqueEmail(),
      password: 'nope-nope',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.data.error).toEqual(unknown.data.error);
  });

  it('rotates refresh tokens: each works once', async () => {
    const user = await buildUser(t.app);
    const first = await api(t.app).post('/api/auth/refresh/', { refresh_token: user.refreshToken });
    expect(first.statusCode).toBe(200);
    expect(first.data.refresh_token).not.toBe(user.refreshToken);
    const reuse = await api(t.app).post('/api/auth/refresh/', { refresh_token: user.refreshToken });
    expect(reuse.statusCode).toBe(401);
    const access = await api(t.app).post('/api/auth/refresh/', { refresh_token: user.token });
    expect(access.statusCode).toBe(401);
  });

  it('ends the whole sign-in when a spent refresh token is shown again, and only that one', async () => {
    const user = await buildUser(t.app);
    const laptop = await api(t.app).post('/api/auth/login/', {
      email: user.email,
      password: 'password123',
    });
    expect(laptop.statusCode).toBe(200);
    const url = await listen(t.app);
    const stolenSocket = await connect(url, user.token);
    const laptopSocket = await connect(url, laptop.data.access_token);
    try {
      // The thief refreshes first with the copied token; the owner's copy is now spent.
      const thief = await api(t.app).post('/api/auth/refresh/', {
        refresh_token: user.refreshToken,
      });
      expect(thief.statusCode).toBe(200);
      const owner = await api(t.app).post('/api/auth/refresh/', {
        refresh_token: user.refreshToken,
      });
      expect(owner.statusCode).toBe(401);

      // Everything of that sign-in is over: the thief's new tokens and the open socket.
      const thiefRefresh = await api(t.app).post('/api/auth/refresh/', {
        refresh_token: thief.data.refresh_token,
      });
      expect(thiefRefresh.statusCode).toBe(401);
      const thiefMe = await api(t.app).call('GET', '/api/auth/me/', {
        as: thief.data.access_token,
      });
      expect(thiefMe.statusCode).toBe(401);
      expect((await api(t.app).get('/api/auth/me/', user)).statusCode).toBe(401);
      expect(await stolenSocket.next('session.ended', undefined, 3000)).toMatchObject({
        code: 'unauthorized',
      });

      // The laptop's sign-in is another family: untouched.
      const me = await api(t.app).call('GET', '/api/auth/me/', { as: laptop.data.access_token });
      expect(me.statusCode).toBe(200);
      const laptopRefresh = await api(t.app).post('/api/auth/refresh/', {
        refresh_token: laptop.data.refresh_token,
      });
      expect(laptopRefresh.statusCode).toBe(200);
      await settle();
      expect(laptopSocket.socket.connected).toBe(true);
      expect(laptopSocket.named('session.ended')).toEqual([]);
    } finally {
      stolenSocket.close();
      laptopSocket.close();
    }
  });

  it('signs out this device with logout, and every device with logout-all', async () => {
    const user = await buildUser(t.app);
    const signIn = async () =>
      (await api(t.app).post('/api/auth/login/', { email: user.email, password: 'password123' }))
        .data;
    const [phone, laptop] = [await signIn(), await signIn()];

    const out = await api(t.app).post('/api/auth/logout/', { refresh_token: phone.refresh_token });
    expect(out.statusCode).toBe(204);
    expect(
      (await api(t.app).post('/api/auth/refresh/', { refresh_token: phone.refresh_token }))
        .statusCode,
    ).toBe(401);
    expect(
      (await api(t.app).call('GET', '/api/auth/me/', { as: phone.access_token })).statusCode,
    ).toBe(401);
    expect(
      (await api(t.app).call('GET', '/api/auth/me/', { as: laptop.access_token })).statusCode,
    ).toBe(200);
    // Signing out twice, or with a token that is not one, is no error: nothing is left to end.
    expect(
      (await api(t.app).post('/api/auth/logout/', { refresh_token: phone.refresh_token }))
        .statusCode,
    ).toBe(204);
    expect(
      (await api(t.app).post('/api/auth/logout/', { refresh_token: 'not-a-token' })).statusCode,
    ).toBe(204);

    const all = await api(t.app).call('POST', '/api/auth/logout-all/', { as: laptop.access_token });
    expect(all.statusCode).toBe(204);
    for (const session of [laptop, { access_token: user.token }]) {
      expect(
        (await api(t.app).call('GET', '/api/auth/me/', { as: session.access_token })).statusCode,
      ).toBe(401);
    }
    expect(
      (await api(t.app).post('/api/auth/refresh/', { refresh_token: laptop.refresh_token }))
        .statusCode,
    ).toBe(401);
  });

  it('keeps a browser refresh token in an HttpOnly cookie, never in the body', async () => {
    const user = await buildUser(t.app);
    const login = await api(t.app).post('/api/auth/login/', {
      email: user.email,
      password: 'password123',
      refresh_cookie: true,
    });
    expect(login.statusCode).toBe(200);
    expect(login.data).not.toHaveProperty('refresh_token');
    expect(login.data.access_token).toEqual(expect.any(String));
    const cookie = login.cookies.find((c) => c.name === 'flexbnb_refresh')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    // Served over plain HTTP (a LAN install): a Secure cookie would never come back.
    expect(cookie.secure).toBeUndefined();
    expect(cookie.maxAge).toBeGreaterThan(86_400);

    const withCookie = (value: string) => ({
      body: {},
      headers: { cookie: `flexbnb_refresh=${value}` },
    });
    const refreshed = await api(t.app).call('POST', '/api/auth/refresh/', withCookie(cookie.value));
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.data).not.toHaveProperty('refresh_token');
    const next = refreshed.cookies.find((c) => c.name === 'flexbnb_refresh')!;
    expect(next.value).not.toBe(cookie.value);
    expect(next.httpOnly).toBe(true);

    const out = await api(t.app).call('POST', '/api/auth/logout/', withCookie(next.value));
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'flexbnb_refresh')!;
    expect(cleared.value).toBe('');
    expect(cleared.path).toBe('/api/auth');
    expect(
      (await api(t.app).call('POST', '/api/auth/refresh/', withCookie(next.value))).statusCode,
    ).toBe(401);
    const none = await api(t.app).call('POST', '/api/auth/refresh/', { body: {} });
    expect(none.statusCode).toBe(401);
    expect(none.data.error.code).toBe('unauthorized');
  });

  it('marks the refresh cookie Secure behind HTTPS', async () => {
    const https = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const user = await buildUser(https.app);
      const login = await api(https.app).call('POST', '/api/auth/login/', {
        body: { email: user.email, password: 'password123', refresh_cookie: true },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(login.cookies.find((c) => c.name === 'flexbnb_refresh')?.secure).toBe(true);
    } finally {
      await https.close();
    }
  });

  it('answers 401 for a missing, malformed or expired token', async () => {
    const user = await buildUser(t.app);
    // Verified once, so the expiry below is checked on the remembered token too.
    expect((await api(t.app).get('/api/messaging/conversations/', user)).statusCode).toBe(200);
    expect((await api(t.app).get('/api/auth/me/')).data.error.code).toBe('unauthorized');
    const garbage = await api(t.app).call('GET', '/api/auth/me/', { as: 'not.a.token' });
    expect(garbage.statusCode).toBe(401);
    t.clock.offsetMs = 61_000;
    try {
      const expired = await api(t.app).get('/api/auth/me/', user);
      expect(expired.statusCode).toBe(401);
      expect(expired.data.error.code).toBe('token_expired');
    } finally {
      t.clock.offsetMs = 0;
    }
  });

  it('rate-limits logins per email and address with Retry-After', async () => {
    // Not buildUser: its own sign-in would spend one of the three tries.
    const user = await t.app.services.auth.createUser({
      email: uniqueEmail('limited'),
      password: 'password123',
      name: 'Lim Ited',
    });
    const responses = [];
    for (let i = 0; i < 4; i++) {
      responses.push(
        await api(t.app).post('/api/auth/login/', {
          email: user.email,
          password: 'wrong-password',
        }),
      );
    }
    expect(responses.map((r) => r.statusCode)).toEqual([401, 401, 401, 429]);
    const limited = responses[3];
    expect(limited?.data.error.code).toBe('rate_limited');
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    // Another email from the same address is not held back.
    const other = await buildUser(t.app);
    const ok = await api(t.app).post('/api/auth/login/', {
      email: other.email,
      password: 'password123',
    });
    expect(ok.statusCode).toBe(200);
  });

  it('limits sign-ins, sign-ups and resets per address too, whatever the email', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '5' });
    const from = (remoteAddress: string, url: string, body: object) =>
      limited.app.inject({ method: 'POST', url, remoteAddress, payload: body });
    try {
      const sprayer = '203.0.113.7';
      const signUps = await Promise.all(
        ['a', 'b'].map((who) =>
          from(sprayer, '/api/auth/register/', {
            email: uniqueEmail(`spray-${who}`),
            password: 'password123',
            name: 'Sam Spray',
          }),
        ),
      );
      expect(signUps.map((r) => r.statusCode)).toEqual([202, 202]);
      // One password tried on one account after another: each email is new, the address is not.
      const tries = [];
      for (const who of ['c', 'd', 'e', 'f']) {
        tries.push(
          (
            await from(sprayer, '/api/auth/login/', {
              email: uniqueEmail(`victim-${who}`),
              password: 'Summer2026!',
            })
          ).statusCode,
        );
      }
      expect(tries).toEqual([401, 401, 401, 429]);
      const reset = await from(sprayer, '/api/auth/password-reset/', { email: uniqueEmail() });
      expect(reset.statusCode).toBe(429);
      expect(Number(reset.headers['retry-after'])).toBeGreaterThan(0);
      // Another address has its own budget.
      const elsewhere = await from('198.51.100.2', '/api/auth/register/', {
        email: uniqueEmail('elsewhere'),
        password: 'password123',
        name: 'Elle Sewhere',
      });
      expect(elsewhere.statusCode).toBe(202);
    } finally {
      await limited.close();
    }
  });
});

describe('authentication cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_CACHE_SECONDS: '1' });
  });
  afterAll(() => t.close());

  const disable = (id: string) =>
    t.database.db.execute(sql`update users set disabled_at = now() where id = ${id}`);
  // A route that reads nothing of the account but the token's actor.
  const list = (app: TestApp['app'], user: { token: string }) =>
    api(app).call('GET', '/api/messaging/conversations/', { as: user.token });

  it('refuses a disabled account at once after invalidateAccount', async () => {
    const user = await buildUser(t.app);
    expect((await list(t.app, user)).statusCode).toBe(200);
    await disable(user.id);
    t.app.services.auth.invalidateAccount(user.id);
    const refused = await list(t.app, user);
    expect(refused.statusCode).toBe(401);
    expect(refused.data.error.code).toBe('unauthorized');
  });

  it('refuses a disabled account within AUTH_CACHE_SECONDS without it', async () => {
    const user = await buildUser(t.app);
    expect((await list(t.app, user)).statusCode).toBe(200);
    await disable(user.id);
    // Still trusted from the cache: the documented staleness bound.
    expect((await list(t.app, user)).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await list(t.app, user)).statusCode).toBe(401);
  });

  it('tells the other nodes through Redis', async () => {
    const redisEnv = {
      AUTH_CACHE_SECONDS: '600',
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: `authtest-${randomBytes(4).toString('hex')}`,
    };
    const node = async () => {
      const app = await buildApp(testConfig(redisEnv), { database: t.database });
      await app.ready();
      return app;
    };
    const [a, b] = await Promise.all([node(), node()]);
    try {
      const user = await buildUser(a);
      expect((await list(a, user)).statusCode).toBe(200);
      expect((await list(b, user)).statusCode).toBe(200);
      await disable(user.id);
      expect((await list(b, user)).statusCode).toBe(200);
      a.services.auth.invalidateAccount(user.id);
      const deadline = Date.now() + 5000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        status = (await list(b, user)).statusCode;
      }
      expect(status).toBe(401);
      expect((await list(a, user)).statusCode).toBe(401);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('auth with an external token issuer', () => {
  let t: TestApp;
  let server: Server;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  const issuer = 'https://platform.example';

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    privateKey = keys.privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    t = await createTestApp({
      JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: 'messenger',
    });
  });
  afterAll(async () => {
    await t.close();
    server.close();
  });

  const externalToken = (claims: Record<string, unknown>, audience = 'messenger') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);

  it('maps the subject to a user, creating it once', async () => {
    const email = uniqueEmail('ext');
    const token = await externalToken({ sub: 'platform-user-42', email, name: 'Ext Ernal' });
    const first = await api(t.app).call('GET', '/api/auth/me/', { as: token });
    expect(first.statusCode).toBe(200);
    expect(first.data).toMatchObject({ email, name: 'Ext Ernal' });
    const again = await api(t.app).call('GET', '/api/auth/me/', {
      as: await externalToken({ sub: 'platform-user-42' }),
    });
    expect(again.data.id).toBe(first.data.id);
  });

  it('refuses a token that never expires, from the platform or signed with our own key', async () => {
    const forever = await new SignJWT({ sub: 'platform-user-forever', email: uniqueEmail('f') })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience('messenger')
      .setIssuedAt()
      .sign(privateKey);
    const external = await api(t.app).call('GET', '/api/auth/me/', { as: forever });
    expect(external.statusCode).toBe(401);

    const user = await buildUser(t.app);
    const secret = new TextEncoder().encode(testConfig().jwtSecret);
    const own = await new SignJWT({ typ: 'access', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('flexbnb-messenger')
      .setIssuedAt()
      .sign(secret);
    expect((await api(t.app).call('GET', '/api/auth/me/', { as: own })).statusCode).toBe(401);
  });

  it('refuses a token for another audience', async () => {
    const token = await externalToken({ sub: 'x', email: uniqueEmail() }, 'someone-else');
    const res = await api(t.app).call('GET', '/api/auth/me/', { as: token });
    expect(res.statusCode).toBe(401);
  });
});
