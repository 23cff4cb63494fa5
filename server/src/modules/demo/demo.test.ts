import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, guardDemoAccounts, seedDemo } from '../../demo.ts';
import { loadConfig } from '../../config.ts';
import { queryRows } from '../../platform/db/connect.ts';
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

  it('seeds threads dated over the last days, unread only for whoever was written to last', async () => {
    // Seeded in the test before this one.
    const seenAt = Date.now();
    const lastTimes: number[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const login = await api(t.app).post('/api/auth/login/', {
        email: account.email,
        password: DEMO_PASSWORD,
      });
      const token: string = login.data.access_token;
      const list = await api(t.app).call('GET', '/api/messaging/conversations/?filter=all', {
        as: token,
      });
      expect(list.statusCode).toBe(200);
      for (const c of list.data as {
        unread_count: number;
        last_message: { sender_id: string; created_at: string };
        created_at: string;
      }[]) {
        const mine = c.last_message.sender_id === login.data.user.id;
        // No badge on a thread whose last word is your own; one where the other side's is.
        expect(c.unread_count === 0, `${account.email}: ${JSON.stringify(c)}`).toBe(mine);
        lastTimes.push(Date.parse(c.last_message.created_at));
        expect(Date.parse(c.created_at)).toBeLessThanOrEqual(Date.parse(c.last_message.created_at));
      }
    }
    // Every thread of the host (each seen by a guest too) and none of them "now".
    expect(lastTimes.length).toBeGreaterThanOrEqual(6);
    for (const at of lastTimes) expect(seenAt - at).toBeGreaterThan(30 * 60_000);
    // Spread over days: the oldest last message is days older than the newest.
    expect(Math.max(...lastTimes) - Math.min(...lastTimes)).toBeGreaterThan(3 * 86_400_000);

    // The thread itself reads in order, each message read after it arrived.
    const host = await api(t.app).post('/api/auth/login/', {
      email: 'host@demo.flexbnb.test',
      password: DEMO_PASSWORD,
    });
    const inbox = await api(t.app).call('GET', '/api/messaging/conversations/', {
      as: host.data.access_token,
    });
    for (const c of inbox.data as { id: string }[]) {
      const thread = await api(t.app).call('GET', `/api/messaging/conversations/${c.id}/`, {
        as: host.data.access_token,
      });
      const messages = thread.data.messages as { created_at: string; read_at: string | null }[];
      for (let i = 1; i < messages.length; i++) {
        expect(Date.parse(messages[i]!.created_at)).toBeGreaterThan(
          Date.parse(messages[i - 1]!.created_at),
        );
      }
      for (const m of messages) {
        if (m.read_at) expect(Date.parse(m.read_at)).toBeGreaterThan(Date.parse(m.created_at));
      }
    }
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

  it('keeps the published demo accounts out of production, and the demo admin out of admin', async () => {
    // Seeded two tests above.
    await expect(
      guardDemoAccounts(t.database.db, { env: 'production', allowDemoAccounts: false }),
    ).rejects.toThrow(/demo accounts \(.*admin@demo\.flexbnb\.test.*ALLOW_DEMO_ACCOUNTS=true/s);
    expect(
      await guardDemoAccounts(t.database.db, { env: 'development', allowDemoAccounts: false }),
    ).toEqual({ demoted: false });
    expect(
      await guardDemoAccounts(t.database.db, { env: 'production', allowDemoAccounts: true }),
    ).toEqual({ demoted: true });
    const [admin] = await queryRows<{ role: string }>(
      t.database.db,
      sql`select role from users where email = 'admin@demo.flexbnb.test'`,
    );
    expect(admin?.role).toBe('user');
    // A node started after the guard, as a production node is.
    const app = await buildApp(testConfig(), { database: t.database });
    try {
      const login = await api(app).post('/api/auth/login/', {
        email: 'admin@demo.flexbnb.test',
        password: DEMO_PASSWORD,
      });
      const adminConsole = await api(app).call('GET', '/api/admin/users/', {
        as: login.data.access_token,
      });
      expect(adminConsole.statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});

describe('SEED_DEMO by default', () => {
  it('is on for the embedded database outside production only', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example/messenger' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });
});
