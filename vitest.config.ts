import { defineConfig } from 'vitest/config';

// Every server test runs twice: on embedded PGlite, and on the PostgreSQL server named by
// TEST_DATABASE_URL. CI must not quietly lose the second run.
const postgresUrl = process.env.TEST_DATABASE_URL;
if (process.env.CI && !postgresUrl) {
  throw new Error('CI must set TEST_DATABASE_URL: the server tests have to run on PostgreSQL too');
}

// The realtime tests need Redis (several nodes); CI must not run them against nothing.
if (process.env.CI && !process.env.TEST_REDIS_URL) {
  throw new Error('CI must set TEST_REDIS_URL: the realtime tests run on Redis');
}

const serverProject = (name: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'],
    env: { TEST_DB: name },
    globalSetup: ['server/test/global-setup.ts'],
    pool: 'forks' as const,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [serverProject('pglite'), ...(postgresUrl ? [serverProject('postgres')] : [])],
  },
});
