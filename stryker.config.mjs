// Stryker configuration for `npm run mutation` (scripts/mutation/run.mjs sets MUTATION_AREA).
// One area per run: its source files are mutated and only its own tests run against each mutant.
const area = process.env.MUTATION_AREA ?? '';
if (!/^[a-z]+$/.test(area)) {
  throw new Error(`MUTATION_AREA must name one area (money, finance, pli, sharing); got "${area}"`);
}
const reports = 'reports/mutation';
// A part of an area, for a run that must finish in the time there is (a report is written only
// when a run ends): MUTATION_FILES lists files under src/<area>/ to mutate, or (each starting
// with `!`) files to leave out; MUTATION_PART names the part's report (`finance-solvers`).
const part = process.env.MUTATION_PART ?? '';
if (!/^[a-z]*$/.test(part))
  throw new Error(`MUTATION_PART must be a lower-case word; got "${part}"`);
const name = part === '' ? area : `${area}-${part}`;
const files = (process.env.MUTATION_FILES ?? '').split(',').filter((f) => f !== '');
const everything = [`src/${area}/**/*.ts`, `!src/${area}/**/index.ts`];
const mutate = files.every((f) => f.startsWith('!'))
  ? [...everything, ...files.map((f) => `!src/${area}/${f.slice(1)}`)]
  : files.map((f) => `src/${area}/${f}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // index.ts files only re-export; types.ts files hold no runtime code.
  mutate,
  // Module-level constants (frozen tables, presets) run once at import and would need a full
  // re-run of the suite per mutant; their values are pinned by the tests that read them.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  // The machine is shared: at most two test processes at a time.
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  // A mutant may run its covering tests for their dry-run time × 1.5 + timeoutMS before it is
  // scored as timed out (detected). A mutant that makes a loop endless is rightly detected that
  // way; MUTATION_TIMEOUT (ms) re-runs with a longer allowance, to tell such mutants from ones
  // that were merely slowed by the load of a shared machine.
  timeoutMS: Number(process.env.MUTATION_TIMEOUT ?? 10000),
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Re-runs only test mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: `${reports}/${name}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/${name}.html` },
  jsonReporter: { fileName: `${reports}/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
};
