import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fixed fast-check seed (FC_SEED overrides it): property tests are reproducible in CI.
    setupFiles: ['test/setup/fastCheck.ts'],
    // A seed run values the plan against its baseline and each variant against its own: several
    // whole runs, which take seconds on a shared 2-core machine under coverage.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli.ts', 'src/**/index.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
});
