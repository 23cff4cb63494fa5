import os from 'node:os';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../server/src/platform/db/connect.ts';
import { Samples } from './stats.ts';

/** Prints the machine and the PostgreSQL settings that decide the figures, on one line. */
export async function describeMachine(db: DbOrTx, extra = '') {
  const [server] = await queryRows<{ version: string; fsync: string; commit: string }>(
    db,
    sql`select current_setting('server_version') as version, current_setting('fsync') as fsync,
               current_setting('synchronous_commit') as commit`,
  );
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
      `PostgreSQL ${server?.version} (fsync ${server?.fsync}, ` +
      `synchronous_commit ${server?.commit})${extra}`,
  );
}

/** The 1, 5 and 15 minute load averages: other work on the machine shows in the p99s. */
export function loadAverage() {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

/**
 * The baseline every bench measures in its own run: a bare `INSERT … RETURNING` into this
 * table, one round trip, so that runs on machines of different speed compare by their ratios.
 */
export const BASELINE_TABLE = `create table bench_baseline (
  id uuid primary key default gen_random_uuid(),
  body text not null,
  created_at timestamptz not null default now()
)`;
export const BASELINE_INSERT = `insert into bench_baseline (body) values ('Bench row') returning *`;

/**
 * Times `iterations` bare inserts (after 200 that warm up the connection and the plan) into
 * the baseline table, which it creates: their summary, and how many a second they make.
 */
export async function measureBaseline(db: DbOrTx, iterations: number) {
  await db.execute(sql.raw(BASELINE_TABLE));
  const baseline = new Samples('bare INSERT … RETURNING');
  for (let i = 0; i < iterations + 200; i++) {
    const insert = () => db.execute(sql.raw(BASELINE_INSERT));
    if (i < 200) await insert();
    else await baseline.time(insert);
  }
  const summary = baseline.summary();
  return {
    summary,
    insertsPerSecond: (1000 * summary.count) / baseline.values.reduce((a, b) => a + b, 0),
  };
}
