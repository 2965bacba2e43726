import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { workersFromSourceBundles } from './test/_lib/sourceBundles';

export default defineConfig({
  // Worker threads and the CLI process run a bundle of the sources built when the run starts,
  // not the TypeScript source under tsx (test/_lib/sourceBundles.ts).
  plugins: [workersFromSourceBundles()],
  test: {
    globalSetup: ['test/_lib/sourceBundles.ts'],
    // A fixed fast-check seed (FC_SEED overrides it): property tests are reproducible in CI.
    setupFiles: ['test/setup/fastCheck.ts'],
    // A seed run values the plan against its baseline and each variant against its own: several
    // whole runs, which take seconds on a shared 2-core machine under load. A timeout is for a
    // hung test, not a slow machine.
    testTimeout: 60_000,
    // The type tests (test/**/*.test-d.ts: expectTypeOf assertions) are compiled by `npm run
    // typecheck` (tsc over src and test), which fails on any broken assertion; running them
    // again through vitest's experimental typecheck mode would only repeat that work.
    typecheck: { enabled: false },
    // Every core (vitest's default leaves one idle: one worker on a 2-core machine). The library
    // is pure and the tests mock nothing, so test files share their worker's module cache
    // (`isolate: false`) instead of importing crorecast afresh for each of ~120 files: on
    // test/{finance,money,time,series} that took 8.8 s of CPU against 32 s (issue 14 item 9).
    maxWorkers: availableParallelism(),
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli.ts', 'src/**/index.ts'],
      // A summary, not a 200-line table; `npx vitest run --coverage --coverage.reporter=text`
      // prints the table by file.
      reporter: ['text-summary'],
      // A little under what the suite reaches (1 Dec 2026: statements 96.6%, branches 85.5%,
      // functions 98.3%, lines 97.9%): a change that drops coverage fails `npm test`.
      thresholds: { statements: 95, branches: 84, functions: 97, lines: 96 },
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], pool: 'threads' },
      },
      {
        // The calendar tests again in a time zone west of UTC, where a `Date` at local midnight
        // is the previous day in UTC — in the same `vitest run` (one start, one coverage
        // report). In a process of their own (`forks`): the time zone is the process's, and
        // setting TZ in a thread would move its neighbours' clocks.
        extends: true,
        test: {
          name: 'tz-los-angeles',
          include: ['test/time/**/*.test.ts'],
          pool: 'forks',
          env: { TZ: 'America/Los_Angeles' },
        },
      },
    ],
  },
});
