// Stryker configuration for `npm run mutation` (scripts/mutation/run.mjs sets MUTATION_AREA).
// One area per run: its source files are mutated and only its own tests run against each mutant.
const area = process.env.MUTATION_AREA ?? '';
if (!/^[a-z]+$/.test(area)) {
  throw new Error(`MUTATION_AREA must name one area (money, finance, pli, sharing); got "${area}"`);
}
const reports = 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // index.ts files only re-export; types.ts files hold no runtime code.
  mutate: [`src/${area}/**/*.ts`, `!src/${area}/**/index.ts`],
  // Module-level constants (frozen tables, presets) run once at import and would need a full
  // re-run of the suite per mutant; their values are pinned by the tests that read them.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  // The machine is shared: at most two test processes at a time.
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Re-runs only test mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: `${reports}/${area}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/${area}.html` },
  jsonReporter: { fileName: `${reports}/${area}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
};
