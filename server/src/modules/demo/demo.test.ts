import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../demo.ts';
import { buildApp } from '../../app.ts';
import { api, createTestApp, testConfig, type TestApp } from '../../../test/harness.ts';

describe('GET /api/demo-accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('is public and empty while the demo accounts do not exist', async () => {
    const res = await api(t.app).get('/api/demo-accounts/');
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual([]);
  });

  it('lists the seeded demo accounts with the documented password only', async () => {
    await seedDemo(t.app.services);
    const res = await api(t.app).get('/api/demo-accounts');
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual(
      DEMO_ACCOUNTS.map((a) => ({
        email: a.email,
        name: a.name,
        label: a.label,
        password: DEMO_PASSWORD,
      })),
    );
    const login = await api(t.app).post('/api/auth/login/', {
      email: res.data[0].email,
      password: res.data[0].password,
    });
    expect(login.statusCode).toBe(200);
  });

  it('advertises nothing when SEED_DEMO is off, even on a demo database', async () => {
    const app = await buildApp(testConfig({ SEED_DEMO: 'false' }), { database: t.database });
    try {
      const res = await api(app).get('/api/demo-accounts/');
      expect(res.statusCode).toBe(200);
      expect(res.data).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
