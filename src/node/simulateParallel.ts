import { availableParallelism } from 'node:os';
import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import { monthLabelAt } from '../projection/_lib/horizon.js';
import { summarise } from '../projection/_lib/stats.js';
import type { CompiledProjection } from '../projection/compiledProjection.js';
import { type ProjectionSource, toPlan } from '../projection/evaluate.js';
import type { SimulatedOutput, SimulateOptions, SimulationResult } from '../projection/simulate.js';
import { simulateRange } from '../projection/simulateRange.js';
import {
  type RunningWorker,
  rethrow,
  runWorker,
  toPlainData,
  unavailable,
  workerModuleUrl,
  workerProgram,
} from './workerThreads.js';

/** Options of {@link simulateParallel}. */
export interface SimulateParallelOptions extends SimulateOptions {
  /**
   * Worker threads to run the draws in (default: `os.availableParallelism()`, at most 8); the
   * calling thread only validates, waits and summarises. 1 runs everything in the calling thread.
   */
  readonly threads?: number;
  /**
   * The fewest draws worth a worker of their own (default 5,000): starting a worker and loading
   * crorecast in it cost about 0.5 s from the built package on a loaded 2-core machine (seconds
   * under tsx, which compiles the source in each worker), what 3,000–5,000 draws of the 5-year
   * monthly seed plan cost there. Fewer draws than twice this run in the calling thread.
   */
  readonly minDrawsPerThread?: number;
  /**
   * When a worker cannot load crorecast: `true` (default) runs its draws in the calling thread;
   * `false` rejects with `WORKER_UNAVAILABLE` (to make sure the draws did run in parallel).
   */
  readonly fallback?: boolean;
}

const parallelOptionsSchema = lazySchema(() =>
  z
    .object({
      threads: z.number().int().min(1).max(256).optional(),
      minDrawsPerThread: z.number().int().min(1).optional(),
      fallback: z.boolean().optional(),
    })
    .loose(),
);

/** What a worker is given: everything plain data (structured clone), money as decimal text. */
interface WorkerTask {
  readonly moduleUrl: string;
  readonly input: unknown;
  readonly tranches: Readonly<Record<string, string>>;
  readonly slotValues: readonly string[];
  readonly options: unknown;
}

/** The simulation's worker program: recompiles the plan and runs its range of draws. */
export const SIMULATION_WORKER = workerProgram(
  ['simulateRange', 'compileProjection'],
  `
    const plan = mod.compileProjection(t.input, { tranches: t.tranches });
    const values = plan.slots.values;
    if (values.length !== t.slotValues.length || values.some((v, k) => v.toFixed() !== t.slotValues[k])) {
      reply({ kind: 'load-error', message: 'the plan did not survive the transfer to the worker unchanged' });
      return;
    }
    const r = mod.simulateRange(plan, t.options);
    const draws = r.draws.map((d) => d);
    reply({ kind: 'done', draws }, draws.map((d) => d.buffer));`,
);

/**
 * The tranche months a compiled plan was built with, recovered from its expansions (each on
 * line `leadMonths` after its tranche), so that a worker can compile the same plan.
 */
function tranchesOf(plan: CompiledProjection): Record<string, string> {
  const tranches: Record<string, string> = {};
  plan.input.plants.forEach((p, i) => {
    p.expansions.forEach((e, j) => {
      const block = plan.plants[i]?.blocks[j + 1];
      if (typeof e.online !== 'string' && block !== undefined) {
        tranches[e.online.tranche] = monthLabelAt(plan.horizon, block.online - e.online.leadMonths);
      }
    });
  });
  return tranches;
}

/**
 * How many threads a simulation of `draws` runs on, and each one's contiguous range of draws:
 * at most `threads` (default the machine's parallelism, ≤ 8), at least `minDrawsPerThread` draws
 * each, one when workers cannot start (or `WORKER_UNAVAILABLE` without `fallback`).
 */
export function splitDraws(
  draws: number,
  options: {
    readonly threads?: number | undefined;
    readonly minDrawsPerThread: number;
    readonly fallback?: boolean | undefined;
    readonly canStart: boolean;
  },
): { threads: number; ranges: { from: number; to: number }[] } {
  const wanted = options.threads ?? Math.min(8, availableParallelism());
  let threads = Math.max(1, Math.min(wanted, Math.floor(draws / options.minDrawsPerThread)));
  if (!options.canStart && threads > 1) {
    if (options.fallback === false)
      unavailable('the module file crorecast was loaded from is unknown');
    threads = 1;
  }
  const bounds = Array.from({ length: threads + 1 }, (_, t) => Math.round((draws * t) / threads));
  const ranges = bounds.slice(0, -1).map((from, t) => ({ from, to: bounds[t + 1] ?? draws }));
  return { threads, ranges };
}

/**
 * `simulate` on every core: the same seeded Monte Carlo, with the same results bit for bit for
 * the same options, its draws split into one contiguous range per thread, each run by
 * `simulateRange` in a `node:worker_threads` worker. Because every draw is a function of the
 * seed and its number alone, the percentiles do not depend on the number of threads. Below
 * `2 × minDrawsPerThread` draws, or with `threads: 1`, it runs in the calling thread.
 *
 * Workers also run faster per draw than a thread that has already run the exact (Decimal)
 * projection: the equations are shared by both calculators, and an engine that has seen both
 * specialises them for neither (measured about 3–4× slower per draw; see the README's
 * performance section). Starting a worker costs about 0.5 s, hence the threshold.
 *
 * Unlike the rest of crorecast this function is asynchronous and starts worker threads; it has
 * no other side effect (it reads no file, keeps no state, and the workers end with the call).
 * Workers load crorecast from the file this code came from (the built package, or the
 * TypeScript source under tsx); if a worker cannot load it, its range runs in the calling
 * thread instead, so the result never depends on whether threads were available.
 *
 * @param source - the projection input or a compiled plan
 * @param options - `simulate`'s options, plus `threads`, `minDrawsPerThread` and `fallback`
 * @returns a promise of what `simulate` returns for the same options
 * @throws (rejects with) {ValidationError} for invalid options; {ProjectionError} as `simulate`;
 *   {CrorecastError} `WORKER_UNAVAILABLE` when a worker cannot load and `fallback` is `false`
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const options = { draws: 20_000, seed: 42, outputs: ['revenue@FY2023-24'],
 *   inputs: [{ path: 'segments[phones].volume.rate', distribution: { kind: 'uniform', low: 0.1, high: 0.3 } }] };
 * const r = await simulateParallel(plan, { ...options, threads: 2 });
 * r.outputs[0]?.p50 === simulate(plan, options).outputs[0]?.p50 //=> true
 * ```
 */
export async function simulateParallel(
  source: ProjectionSource,
  options: SimulateParallelOptions,
): Promise<SimulationResult> {
  const extra = parseInput(parallelOptionsSchema, options, 'simulation options');
  const plan = toPlan(source, options);
  // An empty range validates everything (options, input paths, outputs) before any thread starts.
  const checked = simulateRange(plan, { ...options, from: 0, to: 0 });
  const draws = options.draws;
  const minPerThread = extra.minDrawsPerThread ?? 5_000;
  const moduleUrl = workerModuleUrl();
  const { threads, ranges } = splitDraws(draws, {
    ...extra,
    minDrawsPerThread: minPerThread,
    canStart: moduleUrl !== undefined,
  });
  let running: RunningWorker[] = [];
  if (threads > 1) {
    const task = {
      moduleUrl: moduleUrl as string,
      input: toPlainData(plan.input),
      tranches: tranchesOf(plan),
      slotValues: plan.slots.values.map((v) => v.toFixed()),
    };
    const plainOptions = toPlainData({
      draws,
      seed: options.seed,
      inputs: options.inputs,
      outputs: options.outputs,
    }) as Record<string, unknown>;
    running = ranges.map((r) =>
      runWorker(
        { ...task, options: { ...plainOptions, ...r } } satisfies WorkerTask,
        SIMULATION_WORKER,
      ),
    );
  }
  // Every range runs in a worker of its own (none in this thread, which stays free, and whose
  // engine may have specialised the shared equations for Decimal already); collect them in
  // order. A worker that could not load is replaced in this thread. Any error stops the others:
  // the call settles with nothing left running.
  const parts: (readonly Float64Array[])[] = [];
  try {
    if (threads === 1) parts.push(simulateRange(plan, { ...options, from: 0, to: draws }).draws);
    for (const [k, r] of running.length > 0 ? ranges.entries() : []) {
      const reply = await (running[k] as RunningWorker).reply;
      if (reply.kind === 'done') parts.push(reply.draws);
      else if (reply.kind === 'error') rethrow(reply);
      else if (extra.fallback === false) unavailable(reply.message);
      else parts.push(simulateRange(plan, { ...options, ...r }).draws);
    }
  } finally {
    for (const w of running) w.stop();
  }
  const keepDraws = options.keepDraws === true;
  const outputs: SimulatedOutput[] = checked.outputs.map((output, o) => {
    const values = new Float64Array(draws);
    let at = 0;
    for (const part of parts) {
      const chunk = part[o] as Float64Array;
      values.set(chunk, at);
      at += chunk.length;
    }
    return Object.freeze({ output, ...summarise(values), ...(keepDraws ? { draws: values } : {}) });
  });
  return Object.freeze({
    draws,
    seed: options.seed,
    inputs: checked.inputs,
    outputs: Object.freeze(outputs),
  });
}
