import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness.ts';
import { waitFor } from '../../test/wait.ts';
import { queryRows, type Database } from './db/connect.ts';
import { startNodeHeartbeat } from './nodes.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());
beforeEach(async () => {
  await database.db.execute(sql`delete from server_nodes`);
});

type NodeRow = {
  id: string;
  hostname: string;
  pid: number;
  roles: string[];
  sockets: number;
  started_at: Date | string;
  last_seen_at: Date | string;
  age_seconds: number;
};

const rows = async () =>
  // Raw rows carry times as the driver gives them, a string on node-postgres.
  (
    await queryRows<NodeRow>(
      database.db,
      sql`select *, extract(epoch from now() - last_seen_at)::float8 as age_seconds
          from server_nodes order by hostname`,
    )
  ).map((r) => ({
    ...r,
    started_at: new Date(r.started_at),
    last_seen_at: new Date(r.last_seen_at),
  }));

function recordingLog() {
  const warnings: { obj: object; msg: string }[] = [];
  return { warnings, warn: (obj: object, msg: string) => warnings.push({ obj, msg }) };
}

describe('the node heartbeat', () => {
  it('writes the row at start, refreshes it with the socket count, and removes it on stop', async () => {
    let sockets = 3;
    const log = recordingLog();
    const heartbeat = await startNodeHeartbeat({
      db: database.db,
      roles: ['api', 'worker'],
      sockets: () => sockets,
      log,
      intervalMs: 50,
      hostname: 'node-a',
      pid: 4242,
    });
    try {
      const [first, ...others] = await rows();
      expect(others).toEqual([]);
      expect(first).toMatchObject({
        id: heartbeat.id,
        hostname: 'node-a',
        pid: 4242,
        roles: ['api', 'worker'],
        sockets: 3,
      });
      expect(first!.age_seconds).toBeLessThan(5);
      expect(first!.started_at.getTime()).toBe(first!.last_seen_at.getTime());

      sockets = 7;
      // The timer refreshes it: the new count, a later last_seen_at, the same started_at.
      const refreshed = await waitFor(async () => {
        const [row] = await rows();
        return row && row.sockets === 7 && row.last_seen_at > first!.last_seen_at ? row : undefined;
      });
      expect(refreshed.started_at.getTime()).toBe(first!.started_at.getTime());
    } finally {
      await heartbeat.stop();
    }
    expect(await rows()).toEqual([]);
    // Stopped is stopped: no beat writes the row back.
    await heartbeat.beat();
    await new Promise((r) => setTimeout(r, 150));
    expect(await rows()).toEqual([]);
    expect(log.warnings).toEqual([]);
  });

  it('prunes the rows of nodes not seen for a day, and keeps the others', async () => {
    const insert = (hostname: string, lastSeen: string) =>
      database.db.execute(
        sql`insert into server_nodes (id, hostname, pid, roles, sockets, started_at, last_seen_at)
            values (${randomUUID()}, ${hostname}, 1, array['worker'], 0,
                    now() - interval '3 days', now() - ${lastSeen}::interval)`,
      );
    await insert('gone-for-two-days', '2 days');
    await insert('quiet-for-an-hour', '1 hour');
    const heartbeat = await startNodeHeartbeat({
      db: database.db,
      roles: ['worker'],
      sockets: () => 0,
      log: recordingLog(),
      hostname: 'node-b',
    });
    try {
      expect((await rows()).map((r) => r.hostname)).toEqual(['node-b', 'quiet-for-an-hour']);
    } finally {
      await heartbeat.stop();
    }
    expect((await rows()).map((r) => r.hostname)).toEqual(['quiet-for-an-hour']);
  });

  it('writes the row back if it was removed meanwhile, with its start time', async () => {
    const heartbeat = await startNodeHeartbeat({
      db: database.db,
      roles: ['api'],
      sockets: () => 1,
      log: recordingLog(),
      hostname: 'node-c',
    });
    try {
      const [before] = await rows();
      await database.db.execute(sql`delete from server_nodes`);
      await heartbeat.beat();
      const [after] = await rows();
      expect(after).toMatchObject({ id: heartbeat.id, roles: ['api'], sockets: 1 });
      expect(after!.started_at.getTime()).toBe(before!.started_at.getTime());
    } finally {
      await heartbeat.stop();
    }
  });

  it('logs a failure as a warning and keeps beating', async () => {
    const log = recordingLog();
    let failing = true;
    // A database handle whose statements fail while `failing`, as a lost connection would.
    const flaky = new Proxy(database.db, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (failing && (property === 'insert' || property === 'delete')) {
          return () => {
            throw new Error('connection lost');
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const heartbeat = await startNodeHeartbeat({
      db: flaky,
      roles: ['worker'],
      sockets: () => {
        throw new Error('no gateway');
      },
      log,
      intervalMs: 50,
      hostname: 'node-d',
    });
    try {
      expect(await rows()).toEqual([]);
      expect(log.warnings.slice(0, 2).map((w) => w.msg)).toEqual([
        'heartbeat: could not count the sockets',
        'heartbeat: could not write this node’s row',
      ]);
      failing = false;
      const [row] = await waitFor(async () => {
        const found = await rows();
        return found.length > 0 ? found : undefined;
      });
      // A socket count that cannot be read is written as 0.
      expect(row).toMatchObject({ id: heartbeat.id, hostname: 'node-d', sockets: 0 });
      failing = true;
    } finally {
      await heartbeat.stop();
    }
    expect(log.warnings.at(-1)?.msg).toBe('heartbeat: could not remove this node’s row');
    failing = false;
    await database.db.execute(sql`delete from server_nodes`);
  });
});
