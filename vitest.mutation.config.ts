import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Used only by `npm run mutation` (Stryker): one area's tests, no type tests and no coverage, so
// each of the thousands of mutant runs costs only that area's suite.
const area = process.env.MUTATION_AREA ?? '';
if (!/^[a-z]+$/.test(area)) {
  throw new Error(`MUTATION_AREA must name one area (money, finance, pli, sharing); got "${area}"`);
}

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^fast-check$/,
        replacement: fileURLToPath(new URL('./scripts/mutation/fastCheck.mjs', import.meta.url)),
      },
    ],
  },
  test: {
    include: [`test/${area}/**/*.test.ts`],
    // The fixed fast-check seed of `npm test`, so that a score is reproducible.
    setupFiles: ['test/setup/fastCheck.ts'],
    // As in vitest.config.ts: a test that imports a whole layer takes seconds on a loaded machine.
    testTimeout: 60_000,
    typecheck: { enabled: false },
    // Each mutant run re-imports the library (vitest's default isolation): a shared module cache
    // would keep a lazily built value (a z.lazy schema) from the first run's mutant, and on this
    // shared machine sharing the cache was not measurably faster.
    isolate: true,
  },
});
