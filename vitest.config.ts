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

// The web app's components, in a simulated DOM.
const webProject = {
  test: {
    name: 'web',
    include: ['web/src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['web/src/test/setup.ts'],
    // A real server for the pieces that talk to the API (see e2e/global-setup.ts).
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 15_000,
    hookTimeout: 120_000,
  },
};

// End to end: the built app served by a real server, driven in Debian's Chromium.
const e2eProject = {
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
};

export default defineConfig({
  test: {
    projects: [
      serverProject('pglite'),
      ...(postgresUrl ? [serverProject('postgres')] : []),
      webProject,
      e2eProject,
    ],
  },
});
