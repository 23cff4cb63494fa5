import { sql, type SQL } from 'drizzle-orm';
import { defineJob, type JobDefinition } from './define.ts';

/** How often a sweep sends whatever is due besides. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Work that falls due at instants (reminders, scheduled messages), sent by jobs of the
 * backbone: one `kind` job per distinct instant, keyed by it, so that what falls due together
 * goes out together and a running worker starts it through the wake-up path, not a poll.
 */
export interface DueAtInstants {
  /** The job of each instant. */
  kind: string;
  /** The recurring job that sends whatever is due besides, every `SWEEP_EVERY_MS`. */
  sweepKind: string;
  maxAttempts: number;
}

/**
 * The jobs of `due` at the instants of `rows` (a query with `scheduled_for`), as rows for
 * `enqueueSql`: one per instant; an instant that has its job already keeps it.
 */
export function instantJobsSql(due: DueAtInstants, rows: SQL): SQL {
  return sql`select distinct ${due.kind}::text as kind,
      'at:' || (extract(epoch from s.scheduled_for) * 1000)::bigint as idempotency_key,
      jsonb_build_object('due_at', s.scheduled_for) as payload, s.scheduled_for as run_at,
      ${due.maxAttempts}::int as max_attempts
    from ${rows} s`;
}

/**
 * The definitions of `due`'s jobs, each running `sendDue` (which sends everything due by now):
 * an instant's job, and the sweep — which sends what an instant's job left to another sender
 * that then failed.
 */
export function dueAtInstantsJobs(due: DueAtInstants, sendDue: () => Promise<unknown>) {
  const run = async () => {
    await sendDue();
  };
  const jobs: JobDefinition[] = [
    defineJob({
      kind: due.kind,
      maxAttempts: due.maxAttempts,
      backoff: { baseMs: 1_000, maxMs: 60_000 },
      run,
    }),
    defineJob({ kind: due.sweepKind, every: { ms: SWEEP_EVERY_MS }, maxAttempts: 3, run }),
  ];
  return jobs;
}
