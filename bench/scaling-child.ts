/**
 * One measurement of (d) in a fresh process, so that its peak memory (`maxRSS`) is its own:
 * `node --import tsx --expose-gc bench/scaling-child.ts <draws> <runs>` prints one JSON line.
 * With 0 draws it loads, compiles and warms up only — the baseline the others are compared with.
 * With a third argument `after-decimal` it first runs the exact projection (`runProjection`, the
 * same equations on Decimal), as a process that reports and then simulates does.
 */
import { runProjection } from '../src/projection/runProjection.js';
import { simulate } from '../src/projection/simulate.js';
import { gc } from './harness.js';
import { loadSeed, seedSimulationInputs } from './seed.js';
import { SIM_SEED } from './simulate.bench.js';

const draws = Number(process.argv[2] ?? 0);
const runs = Number(process.argv[3] ?? 1);
const seed = loadSeed();
const options = {
  seed: SIM_SEED,
  inputs: seedSimulationInputs(seed),
  // Four outputs for every fiscal year, so that the memory the draws need stands out of the noise.
  outputs: seed.plan.horizon.fiscalYears.flatMap((fy) =>
    ['revenue', 'grossProfit', 'headcount', 'payroll'].map((m) => `${m}@${fy}`),
  ),
};
if (process.argv[4] === 'after-decimal') for (let i = 0; i < 3; i++) runProjection(seed.plan);
// Warm-up: the same code paths, few draws.
simulate(seed.plan, { ...options, draws: 200 });
gc();
const heapBefore = process.memoryUsage();
const times: number[] = [];
let p50 = 0;
for (let r = 0; r < (draws > 0 ? runs : 0); r++) {
  const t0 = performance.now();
  const result = simulate(seed.plan, { ...options, draws });
  times.push(performance.now() - t0);
  p50 = result.outputs[0]?.p50 ?? Number.NaN;
}
gc();
const heapAfter = process.memoryUsage();
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    draws,
    runs: times.length,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    outputs: options.outputs.length,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapRetainedBytes: heapAfter.heapUsed - heapBefore.heapUsed,
    p50,
  }),
);
