/**
 * (e) `simulateParallel` against `simulate` on the seed plan: identical results (checked), the
 * time at several draw counts on all cores, and the fixed cost of starting a worker (a 2-draw
 * run on 2 threads: start, load crorecast, compile the plan, return). Under tsx the worker also
 * compiles the TypeScript source, so this start-up cost is higher here than from `dist`; when a
 * build with `simulateParallel` is in `dist/` (`npm run build`), its start-up is measured too.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { simulate } from '../src/projection/simulate.js';
import { simulateParallel } from '../src/projection/simulateParallel.js';
import { formatMs, stats } from './harness.js';
import { loadSeed, type Seed, seedSimulationInputs } from './seed.js';
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
  sizes: readonly number[] = [10_000, 50_000],
): Promise<{ startupMs: number; rows: ParallelRow[] }> {
  const threads = availableParallelism();
  console.log(`\n== (e) simulateParallel (${threads} threads) vs simulate ==`);
  const seed = loadSeed();
  const options = {
    seed: SIM_SEED,
    inputs: seedSimulationInputs(seed),
    outputs: seedOutputs(seed.plan).map(selector),
  };
  const startupMs = await timeAsync(3, () =>
    simulateParallel(seed.plan, {
      ...options,
      draws: 2,
      threads: 2,
      minDrawsPerThread: 1,
      fallback: false,
    }),
  );
  console.log(
    `  worker start-up (start a thread, load crorecast under tsx, compile the plan): ${formatMs(startupMs)} median`,
  );
  const distStartupMs = await distStartup(seed, options);
  if (distStartupMs !== undefined) {
    console.log(
      `  worker start-up from the built dist/index.js: ${formatMs(distStartupMs)} median`,
    );
  } else {
    console.log('  (no dist/ build with simulateParallel: run `npm run build` to time it)');
  }
  const rows: ParallelRow[] = [];
  console.log('  draws     simulate   simulateParallel   speed-up   identical');
  for (const draws of sizes) {
    const runs = draws >= 50_000 ? 1 : 3;
    const single = simulate(seed.plan, { ...options, draws });
    const parallel = await simulateParallel(seed.plan, {
      ...options,
      draws,
      minDrawsPerThread: 1,
      fallback: false,
    });
    const identical = JSON.stringify(single) === JSON.stringify(parallel);
    if (!identical) throw new Error(`simulateParallel differs from simulate at ${draws} draws`);
    const simulateMs = timeSync(runs, () => simulate(seed.plan, { ...options, draws }));
    const parallelMs = await timeAsync(runs, () =>
      simulateParallel(seed.plan, { ...options, draws, minDrawsPerThread: 1, fallback: false }),
    );
    rows.push({ draws, simulateMs, parallelMs });
    console.log(
      `  ${String(draws).padStart(6)}  ${formatMs(simulateMs).padStart(10)}  ${formatMs(parallelMs).padStart(17)}  ${`${(simulateMs / parallelMs).toFixed(2)}×`.padStart(9)}   ${identical ? 'yes' : 'NO'}`,
    );
  }
  return { startupMs, rows };
}

interface Lib {
  simulateParallel?: (source: unknown, options: Record<string, unknown>) => Promise<unknown>;
  compileProjection?: (input: unknown, options?: unknown) => unknown;
}

/** Worker start-up with the built package, when there is one (skipped otherwise). */
async function distStartup(
  seed: Seed,
  options: Record<string, unknown>,
): Promise<number | undefined> {
  const file = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  if (!existsSync(file)) return undefined;
  const lib = (await import(pathToFileURL(file).href)) as Lib;
  const { simulateParallel: parallel, compileProjection } = lib;
  if (parallel === undefined || compileProjection === undefined) return undefined;
  // The built copy has its own Decimal class: hand it the input as plain data.
  const plan = compileProjection(JSON.parse(JSON.stringify(seed.projection)), {
    tranches: seed.tranches,
  });
  return timeAsync(3, () =>
    parallel(plan, { ...options, draws: 2, threads: 2, minDrawsPerThread: 1, fallback: false }),
  );
}
