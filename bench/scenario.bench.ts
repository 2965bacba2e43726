/**
 * (b) The seed scenario end to end in Decimal: `parseScenario` + `runScenario` from the parsed
 * JSON (what `crorecast run` does after reading the file), with its parts alongside so that a
 * miss shows where the time goes: `runScenario` alone, the projection's `runProjection` (exact
 * rows and fiscal-year roll-ups), the bare Decimal equations (`evaluateProjection` with
 * `decimalCalculator`) and the same equations on float64.
 * Target: ≤ 10 ms median end to end.
 */
import { decimalCalculator } from '../src/core/calculator.js';
import { parseScenario } from '../src/model/parseScenario.js';
import { runScenario } from '../src/model/runScenario.js';
import { compileParsedProjection } from '../src/projection/compile.js';
import { evaluateProjection } from '../src/projection/evaluate.js';
import { runProjection } from '../src/projection/runProjection.js';
import { checkTarget, measure, printTable, type Stats } from './harness.js';
import { loadSeed } from './seed.js';

export function runScenarioBench(runs = 15): Stats[] {
  console.log('\n== (b) the seed scenario end to end (Decimal) ==');
  const seed = loadSeed();
  const outputs = seed.plan.horizon.fiscalYears.flatMap((fy) => [
    `revenue@${fy}`,
    `cogs@${fy}`,
    `headcount@${fy}`,
    `payroll@${fy}`,
  ]);
  const stats = measure(
    [
      { name: 'parseScenario + runScenario', fn: () => runScenario(parseScenario(seed.json)) },
      { name: 'runScenario', fn: () => runScenario(seed.scenario) },
      {
        name: 'compile + runProjection',
        fn: () =>
          runProjection(compileParsedProjection(seed.projection, { tranches: seed.tranches })),
      },
      {
        name: 'equations only, Decimal',
        fn: () => evaluateProjection(seed.plan, outputs, { calculator: decimalCalculator }),
      },
      { name: 'equations only, float64', fn: () => evaluateProjection(seed.plan, outputs) },
    ],
    { warmup: 5, runs },
  );
  printTable(
    `seed plan: ${seed.plan.horizon.months.length} months, ${seed.plan.segments.length} segments, ${seed.plan.plants.length} plants`,
    stats,
    'parseScenario + runScenario',
  );
  const [endToEnd] = stats as [Stats];
  checkTarget({
    benchmark: 'seed scenario end to end',
    measured: `${endToEnd.median.toFixed(1)} ms median`,
    target: '≤ 10 ms',
    met: endToEnd.median <= 10,
  });
  return stats;
}
