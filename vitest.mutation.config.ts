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
    typecheck: { enabled: false },
    // crorecast is pure, so a worker can keep its module cache between mutant runs (Stryker
    // switches mutants at run time) instead of re-importing decimal.js and zod for each one.
    isolate: false,
  },
});
