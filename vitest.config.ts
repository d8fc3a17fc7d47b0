import { defineConfig } from 'vitest/config';

// Three tiers: pure domain rules, then the database-backed suite once per storage engine.
// PostgreSQL runs when TEST_DATABASE_URL is set (CI always sets it).
const databaseTests = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'];
// The web application in Debian's Chromium, on PGlite with the demo data (npm test builds the app first).
const browserTests = ['test/e2e/**/*.e2e.test.ts'];
const engines = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', 'junit'] : ['default'],
    outputFile: { junit: 'test-results/junit.xml' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: [...databaseTests, ...browserTests],
        },
      },
      ...engines.map((engine) => ({
        test: {
          name: engine,
          include: databaseTests,
          env: { JUMELAGE_TEST_ENGINE: engine },
          globalSetup: ['test/helpers/global-setup.ts'],
          // Limits for a test that hangs, not for speed: a test that starts the command line several
          // times (each opening PGlite) took 53 s on a busy 2-core machine and over 120 s on a busier one.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      })),
      {
        test: {
          name: 'browser',
          include: browserTests,
          env: { JUMELAGE_TEST_ENGINE: 'pglite' },
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Pages answer in milliseconds, but a busy machine can take seconds.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time on a small machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
