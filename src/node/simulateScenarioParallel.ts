import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import {
  type PreparedSource,
  prepareSource,
  type ScenarioAnalysisSource,
} from '../model/analysis/analysisSource.js';
import {
  type ScenarioSimulation,
  summariseScenarioDraws,
} from '../model/analysis/simulateScenario.js';
import { rangeOf, type ScenarioSimulationDraws } from '../model/analysis/simulateScenarioRange.js';
import type { SimulateScenarioOptions } from '../model/analysis/simulationOptions.js';
import { splitDraws } from './simulateParallel.js';
import {
  type RunningWorker,
  rethrow,
  runWorker,
  toPlainData,
  unavailable,
  workerModuleUrl,
  workerProgram,
} from './workerThreads.js';

/** Options of {@link simulateScenarioParallel}. */
export interface SimulateScenarioParallelOptions extends SimulateScenarioOptions {
  /** Worker threads (default `os.availableParallelism()`, at most 8); 1 runs in this thread. */
  readonly threads?: number;
  /**
   * The fewest draws worth a worker of their own (default 10,000: a worker first loads crorecast
   * and validates and compiles the scenario, about a second of CPU — as long as ~10,000 draws of
   * the seed take on the float64 backend — so fewer draws finish sooner in this thread).
   */
  readonly minDrawsPerThread?: number;
  /** When a worker cannot load crorecast: run its draws here (`true`, default) or reject. */
  readonly fallback?: boolean;
  /**
   * Called with the draws done so far: every 1,000 draws and at the end in this thread, and as
   * each worker's range arrives. The CLI prints progress with it; it does not change the result.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

const parallelOptionsSchema = lazySchema(() =>
  z
    .object({
      threads: z.number().int().min(1).max(256).optional(),
      minDrawsPerThread: z.number().int().min(1).optional(),
      fallback: z.boolean().optional(),
      onProgress: z.function().optional(),
    })
    .loose(),
);

/** See `minDrawsPerThread`. */
const MIN_DRAWS_PER_THREAD = 10_000;

type RangeReply = {
  readonly kind: 'done';
  readonly outputDraws: Float64Array[];
  readonly inputDraws: Float64Array[];
};

/** The worker's program: the scenario's range of draws with `simulateScenarioRange`. */
const SCENARIO_WORKER = workerProgram(
  ['simulateScenarioRange'],
  `
    const r = mod.simulateScenarioRange(t.input, t.options);
    const outputDraws = r.outputDraws.map((d) => d);
    const inputDraws = r.inputDraws.map((d) => d);
    reply({ kind: 'done', outputDraws, inputDraws }, [...outputDraws, ...inputDraws].map((d) => d.buffer));`,
);

/**
 * `simulateScenario` on every core: the draws split into one contiguous range per worker
 * thread, each run by `simulateScenarioRange` on the scenario as written, and summarised once
 * here — so the result is the same, byte for byte, as `simulateScenario` with the same options,
 * whatever the number of threads. A source that is a model factory (not plain data a worker can
 * receive), fewer than `2 × minDrawsPerThread` draws, or `threads: 1` run in this thread.
 *
 * Asynchronous and starts worker threads; no other side effect (no file, no state; the workers
 * end with the call). A worker that cannot load crorecast has its range run here instead.
 *
 * @param source - the scenario file as written (JSON), or a factory of scenario models
 * @param options - `simulateScenario`'s options, plus `threads`, `minDrawsPerThread`,
 *   `fallback` and `onProgress`
 * @returns a promise of what `simulateScenario` returns for the same options
 * @throws (rejects with) as `simulateScenario`; {CrorecastError} `WORKER_UNAVAILABLE` when a
 *   worker cannot load and `fallback` is `false`
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const options = { draws: 1000, seed: 1, outputs: ['npv.withPli'],
 *   inputs: [{ path: 'price', distribution: { kind: 'uniform', low: 9, high: 10 } }] };
 * const r = await simulateScenarioParallel(plan, options);
 * JSON.stringify(r) === JSON.stringify(simulateScenario(plan, options)) //=> true
 * ```
 */
export async function simulateScenarioParallel(
  source: ScenarioAnalysisSource,
  options: SimulateScenarioParallelOptions = {},
): Promise<ScenarioSimulation> {
  return simulatePreparedParallel(prepareSource(source), options);
}

/**
 * {@link simulateScenarioParallel} of a source already prepared (the CLI's, whose file it
 * parsed once): the draws run here use its models; workers are sent the file as written.
 *
 * @internal
 */
export async function simulatePreparedParallel(
  prepared: PreparedSource,
  options: SimulateScenarioParallelOptions = {},
): Promise<ScenarioSimulation> {
  const source = prepared.source;
  const extra = parseInput(parallelOptionsSchema, options, 'simulation options');
  const { threads: _t, minDrawsPerThread: _m, fallback: _f, onProgress, ...simulation } = options;
  // An empty range validates everything (options, paths, outputs) before any thread starts.
  const { part: checked, resolved } = rangeOf(prepared, { ...simulation, from: 0, to: 0 });
  const draws = resolved.draws;
  const moduleUrl = workerModuleUrl('model');
  // A model factory cannot be sent to a worker: its draws run in this thread.
  const { threads, ranges } = splitDraws(draws, {
    ...extra,
    ...(typeof source === 'function' ? { threads: 1 } : {}),
    minDrawsPerThread: extra.minDrawsPerThread ?? MIN_DRAWS_PER_THREAD,
    canStart: moduleUrl !== undefined,
  });
  const plainOptions = toPlainData(simulation) as Record<string, unknown>;
  const running: RunningWorker<RangeReply>[] =
    threads > 1
      ? ranges.map((r) =>
          runWorker<RangeReply>(
            { moduleUrl, input: source, options: { ...plainOptions, ...r } },
            SCENARIO_WORKER,
          ),
        )
      : [];
  const here = (r: { from: number; to: number }, done: number) =>
    rangeOf(prepared, { ...simulation, ...r }, (k) => onProgress?.(done + k, draws)).part;
  const parts: ScenarioSimulationDraws[] = [];
  try {
    if (threads === 1) {
      parts.push(here({ from: 0, to: draws }, 0));
      onProgress?.(draws, draws);
    }
    let done = 0;
    for (const [k, r] of running.length > 0 ? ranges.entries() : []) {
      const reply = await (running[k] as RunningWorker<RangeReply>).reply;
      if (reply.kind === 'done') {
        parts.push({
          ...checked,
          from: r.from,
          to: r.to,
          outputDraws: reply.outputDraws,
          inputDraws: reply.inputDraws,
        });
      } else if (reply.kind === 'error') rethrow(reply);
      else if (extra.fallback === false) unavailable(reply.message);
      else parts.push(here(r, done));
      done = r.to;
      onProgress?.(done, draws);
    }
  } finally {
    for (const w of running) w.stop();
  }
  return summariseScenarioDraws(parts, resolved.bins, resolved.keepDraws);
}
