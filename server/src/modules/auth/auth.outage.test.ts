import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { openPostgres, type Database } from '../../platform/db/connect.ts';
import { api, testConfig } from '../../../test/harness.ts';
import { connect, listen, refusal } from '../../../test/realtime.ts';
import type { FastifyInstance } from 'fastify';

/** An access token as the server signs one, for an account it cannot read right now. */
async function accessToken(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ typ: 'access', role: 'user', sid: randomUUID() })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(randomUUID())
    .setIssuer('flexbnb-messenger')
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(new TextEncoder().encode(testConfig().jwtSecret));
}

describe('authentication while the database is down', () => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    // A real PostgreSQL client pointed at a port nothing listens on: every query is refused.
    database = await openPostgres({ url: 'postgres://postgres@127.0.0.1:1/none', migrate: false });
    app = await buildApp(testConfig({ AUTH_CACHE_SECONDS: '0' }), { database });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers 503 with Retry-After, never 401, so that nobody is signed out', async () => {
    const res = await api(app).call('GET', '/api/auth/me/', { as: await accessToken() });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.data).toEqual({
      error: { code: 'unavailable', message: 'The database is unavailable; try again' },
    });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a socket as unavailable, not unauthorized', async () => {
    const url = await listen(app);
    expect(await refusal(connect(url, await accessToken()))).toEqual({
      code: 'unavailable',
      message: 'The database is unavailable; try again',
    });
  });

  it('still refuses a bad token with 401 at once', async () => {
    const res = await api(app).call('GET', '/api/auth/me/', { as: 'not.a.token' });
    expect(res.statusCode).toBe(401);
  });
});
