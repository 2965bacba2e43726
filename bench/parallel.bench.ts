/**
 * (e) `simulateParallel` against `simulate` on the seed plan, both from the built bundle (as it
 * ships; its workers load that bundle): identical results (checked), the time at several draw
 * counts on all cores, and the fixed cost of a worker (a 2-draw run on 2 threads: start a
 * thread, load crorecast, compile the plan, return). `simulate` runs in this process, which has
 * run the exact projection in (b) — as a process that reports and then simulates would have.
 */
import { availableParallelism } from 'node:os';
import type { Lib } from './build.js';
import { formatMs, stats } from './harness.js';
import { loadSeed, seedSimulationInputs } from './seed.js';
import { SIM_SEED, seedOutputs, selector } from './simulate.bench.js';

export interface ParallelRow {
  readonly draws: number;
  readonly simulateMs: number;
  readonly parallelMs: number;
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats('', samples).median;
}

function timeSync(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return stats('', samples).median;
}

export async function runParallelBench(
  lib: Lib,
  sizes: readonly number[] = [10_000, 50_000],
): Promise<{ startupMs: number; rows: ParallelRow[] }> {
  const threads = availableParallelism();
  console.log(`\n== (e) simulateParallel (${threads} threads) vs simulate, built bundle ==`);
  const seed = loadSeed();
  // The bundle has its own Decimal class: hand it the input as plain data.
  const plan = lib.compileProjection(JSON.parse(JSON.stringify(seed.projection)), {
    tranches: seed.tranches,
  });
  const options = {
    seed: SIM_SEED,
    inputs: seedSimulationInputs(seed),
    outputs: seedOutputs(seed.plan).map(selector),
  };
  const startupMs = await timeAsync(3, () =>
    lib.simulateParallel(plan, {
      ...options,
      draws: 2,
      threads: 2,
      minDrawsPerThread: 1,
      fallback: false,
    }),
  );
  console.log(
    `  worker start-up (start a thread, load the bundle, compile the plan): ${formatMs(startupMs)} median`,
  );
  const rows: ParallelRow[] = [];
  console.log('  draws     simulate   simulateParallel   speed-up   identical');
  for (const draws of sizes) {
    const runs = draws >= 50_000 ? 1 : 3;
    const single = lib.simulate(plan, { ...options, draws });
    const parallel = await lib.simulateParallel(plan, {
      ...options,
      draws,
      minDrawsPerThread: 1,
      fallback: false,
    });
    const identical = JSON.stringify(single) === JSON.stringify(parallel);
    if (!identical) throw new Error(`simulateParallel differs from simulate at ${draws} draws`);
    const simulateMs = timeSync(runs, () => lib.simulate(plan, { ...options, draws }));
    const parallelMs = await timeAsync(runs, () =>
      lib.simulateParallel(plan, { ...options, draws, minDrawsPerThread: 1, fallback: false }),
    );
    rows.push({ draws, simulateMs, parallelMs });
    console.log(
      `  ${String(draws).padStart(6)}  ${formatMs(simulateMs).padStart(10)}  ${formatMs(parallelMs).padStart(17)}  ${`${(simulateMs / parallelMs).toFixed(2)}×`.padStart(9)}   ${identical ? 'yes' : 'NO'}`,
    );
  }
  return { startupMs, rows };
}
