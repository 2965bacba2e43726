/**
 * crorecast's benchmarks: `npm run bench` (all, ~2–4 minutes on 2 idle cores) or
 * `npm run bench -- money scenario simulate scaling parallel` for a subset, `--quick` for fewer
 * runs. Not part of `npm test`: timings depend on the machine and its load.
 *
 * (a) money, (b) the seed scenario and (e) simulateParallel run on a fresh bundle of the library
 * (`out/bench-dist`, as it ships); (c) and (d) need internals and run the TypeScript source
 * through tsx, the float64 reference alongside it under the same conditions.
 *
 * Each benchmark measures its candidates side by side in this one process, prints medians, p90s
 * and ratios, and says whether its target was met; the summary at the end repeats them with the
 * machine they ran on.
 */
import { cpus, loadavg } from 'node:os';
import { loadBuiltLibrary } from './build.js';
import { results } from './harness.js';
import { runMoneyBench } from './money.bench.js';
import { runParallelBench } from './parallel.bench.js';
import { runScalingBench } from './scaling.bench.js';
import { runScenarioBench } from './scenario.bench.js';
import { runSimulateBench } from './simulate.bench.js';
import { runWholePlanBench } from './wholePlan.bench.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const chosen = args.filter((a) => !a.startsWith('--'));
const wants = (name: string) => chosen.length === 0 || chosen.includes(name);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `crorecast benchmarks — Node ${process.version}, ${cpus().length} × ${cpu}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}${quick ? ' (quick)' : ''}`,
);

// The simulation first: once this process has run the exact (Decimal) projection, the shared
// equations run about 3× slower on float64 (measured in (d)); (c) measures the fresh state.
// The whole-plan float64 model first of all, in a process that has run no exact projection.
if (wants('wholeplan')) runWholePlanBench(quick ? 7 : 15, 10_000);
if (wants('simulate')) runSimulateBench(quick ? 3 : 7);
const lib = await loadBuiltLibrary();
if (wants('money')) runMoneyBench(lib, quick ? 15 : 40);
if (wants('scenario')) runScenarioBench(lib, quick ? 7 : 21);
if (wants('scaling')) runScalingBench(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
if (wants('parallel')) await runParallelBench(lib, quick ? [10_000] : [10_000, 50_000]);

console.log(`\n== targets (load average now ${loadavg()[0]?.toFixed(2)}) ==`);
for (const r of results) {
  console.log(
    `  ${r.met ? 'MET   ' : 'MISSED'}  ${r.benchmark}: ${r.measured} (target ${r.target})`,
  );
}
