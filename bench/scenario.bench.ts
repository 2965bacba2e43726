/**
 * (b) The seed scenario end to end in Decimal, on the built bundle (as it ships):
 * `parseScenario` + `runScenario` from the parsed JSON (what `crorecast run` does after reading
 * the file; the seed's variants are run in full too), with its parts alongside so that a miss
 * shows where the time goes: `runScenario` alone, and without the variants, `compileProjection` + `runProjection` (the exact monthly and fiscal-year rows), the bare
 * Decimal equations (`evaluateProjection` with `decimalCalculator`) and the same on float64.
 * Target (issue 15): `runScenario` of the base plan ≤ 10 ms median warm. Figures only a report
 * reads are worked out when first read, so the same run with its result serialised to JSON (every
 * figure built) is measured beside it. The first calls in the process (cold) are printed too.
 */
import type { ProjectionInputJson } from '../src/projection/inputSchema.js';
import type { Lib } from './build.js';
import { checkTarget, measure, printTable, type Stats } from './harness.js';
import { loadSeed } from './seed.js';

export function runScenarioBench(lib: Lib, runs = 15): Stats[] {
  console.log('\n== (b) the seed scenario end to end (Decimal, built bundle) ==');
  const seed = loadSeed();
  // The bundle has its own Decimal class: hand it the file's plain data, not src's values.
  // Cold: the first calls in this process (the bundle's code not yet compiled by the JIT), as a
  // CLI run meets them; then the warm medians below.
  const coldStart = performance.now();
  const scenario = lib.parseScenario(seed.json);
  const coldParse = performance.now() - coldStart;
  const coldBase = performance.now();
  lib.runScenario({ ...scenario, variants: [] });
  const coldRun = performance.now() - coldBase;
  console.log(
    `  cold (first calls in this process): parseScenario ${coldParse.toFixed(1)} ms, runScenario of the base plan ${coldRun.toFixed(1)} ms`,
  );
  // The seed's variants (each run in full by runScenario) removed: one plan's cost.
  const variants = scenario.variants.length;
  const baseOnly = { ...scenario, variants: [] };
  const projection: ProjectionInputJson = JSON.parse(JSON.stringify(seed.projection));
  const compile = () => lib.compileProjection(projection, { tranches: seed.tranches });
  const plan = compile();
  const outputs = plan.horizon.fiscalYears.flatMap((fy) => [
    `revenue@${fy}`,
    `cogs@${fy}`,
    `headcount@${fy}`,
    `payroll@${fy}`,
  ]);
  const stats = measure(
    [
      {
        name: 'parseScenario + runScenario',
        fn: () => lib.runScenario(lib.parseScenario(seed.json)),
      },
      { name: `runScenario (base + ${variants} variants)`, fn: () => lib.runScenario(scenario) },
      { name: 'runScenario, base plan only', fn: () => lib.runScenario(baseOnly) },
      {
        name: 'runScenario, base plan, read in full (JSON)',
        fn: () => JSON.stringify(lib.runScenario(baseOnly)),
      },
      { name: 'compile + runProjection', fn: () => lib.runProjection(compile()) },
      {
        name: 'equations only, Decimal',
        fn: () => lib.evaluateProjection(plan, outputs, { calculator: lib.decimalCalculator }),
      },
      { name: 'equations only, float64', fn: () => lib.evaluateProjection(plan, outputs) },
    ],
    { warmup: 20, runs },
  );
  printTable(
    `seed plan: ${plan.horizon.months.length} months, ${plan.segments.length} segments, ${plan.plants.length} plants`,
    stats,
    'parseScenario + runScenario',
  );
  const [endToEnd, withVariants, base, full] = stats as [Stats, Stats, Stats, Stats];
  checkTarget({
    benchmark: 'seed scenario, base plan (runScenario)',
    measured: `${base.median.toFixed(1)} ms median (read in full: ${full.median.toFixed(1)} ms; with its ${variants} variants ${withVariants.median.toFixed(1)} ms; parse + run with variants ${endToEnd.median.toFixed(1)} ms)`,
    target: '≤ 10 ms',
    met: base.median <= 10,
  });
  return stats;
}
