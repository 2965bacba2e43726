import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fixed fast-check seed (FC_SEED overrides it): property tests are reproducible in CI.
    setupFiles: ['test/setup/fastCheck.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli.ts', 'src/**/index.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
});
