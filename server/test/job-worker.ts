// A worker process for the crash test (platform/jobs/crash.test.ts): it runs one job kind
// whose handler records its side effect, keyed by the job's idempotency key, then hangs
// until the test kills the process. Env: DATABASE_URL, JOB_KIND, LEASE_MS.
import { sql } from 'drizzle-orm';
import { openPostgres } from '../src/platform/db/connect.ts';
import { createJobRunner, defineJob } from '../src/platform/jobs/index.ts';

const database = await openPostgres({
  url: process.env.DATABASE_URL!,
  poolSize: 2,
  migrate: false,
});
const hang = defineJob({
  kind: process.env.JOB_KIND!,
  leaseMs: Number(process.env.LEASE_MS),
  run: async (job, { db }) => {
    await db.execute(
      sql`insert into job_side_effects (key, attempt, pid)
          values (${job.idempotencyKey}, ${job.attempt}, ${process.pid})
          on conflict (key) do nothing`,
    );
    console.log(`started ${job.id} attempt ${job.attempt}`);
    await new Promise(() => {});
  },
});
const runner = createJobRunner({ database, jobs: [hang], concurrency: 1, pollMs: 50 });
await runner.start();
console.log('worker ready');
// The runner's timers are unref'd; this process lives until it is killed.
setInterval(() => {}, 60_000);
