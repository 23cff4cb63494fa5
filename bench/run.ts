import type { BenchContext, BenchModule } from './lib/bench.ts';

/**
 * Every bench, by name; `npm run bench` runs them all in this order and
 * `npm run bench -- <name> …` only the ones named. A new bench is one line here.
 *
 * BENCH_DATABASE_URL names the PostgreSQL server (default the local `test` database's);
 * each bench creates its own `flexbnb_bench_<random>` database there and drops it after.
 * BENCH_ITERATIONS and BENCH_WARM_UP change how often the messaging bench times each
 * operation (default 2,000 after 200).
 */
const benches: Record<string, () => Promise<BenchModule>> = {
  messaging: () => import('./messaging/index.ts'),
  realtime: () => import('./realtime.ts'),
  'send-path': () => import('./send-path.ts'),
  jobs: () => import('./jobs.ts'),
  notifications: () => import('./notifications.ts'),
  reminders: () => import('./reminders.ts'),
  import: () => import('./import.ts'),
  search: () => import('./search.ts'),
  soak: () => import('./soak.ts'),
};

async function main() {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in benches));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench ${unknown.join(', ')}; choose from: ${Object.keys(benches).join(', ')}`,
    );
    process.exitCode = 2;
    return;
  }
  const context: BenchContext = {
    serverUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  };
  for (const name of names.length > 0 ? names : Object.keys(benches)) {
    console.log(`\n=== bench: ${name} ===`);
    const bench = await benches[name]!();
    await bench.run(context);
  }
}

// Sockets and pools a bench leaves behind must not keep the process alive.
await main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
