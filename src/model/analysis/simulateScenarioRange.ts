import { ValidationError } from '../../core/errors.js';
import { type DrawnInput, drawScenarioRange } from './_lib/scenarioDraws.js';
import {
  type PreparedSource,
  prepareSource,
  type ScenarioAnalysisSource,
} from './analysisSource.js';
import {
  type ResolvedSimulation,
  resolveSimulation,
  type SimulateScenarioOptions,
  simulateScenarioRangeOptionsSchema,
} from './simulationOptions.js';

/** Options of {@link simulateScenarioRange}: a simulation's options and the draws to run. */
export interface SimulateScenarioRangeOptions extends SimulateScenarioOptions {
  /** First draw to run (0-based, inclusive). */
  readonly from: number;
  /** Draw to stop before (exclusive, ≤ the simulation's draws). */
  readonly to: number;
}

/** The raw draws of part of a scenario simulation. */
export interface ScenarioSimulationDraws {
  readonly from: number;
  readonly to: number;
  /** The simulation's draws in all (the options' or the scenario's). */
  readonly draws: number;
  readonly seed: number;
  readonly backend: 'exact' | 'float64';
  /** The simulated inputs, in order. */
  readonly inputs: readonly DrawnInput[];
  /** The output names, in order. */
  readonly outputs: readonly string[];
  /** One array per output: entry k is draw `from + k` (NaN where the output is undefined). */
  readonly outputDraws: readonly Float64Array[];
  /** One array per input: the value it took in draw `from + k`. */
  readonly inputDraws: readonly Float64Array[];
}

/**
 * Runs draws `from` to `to` (exclusive) of a seeded simulation of a scenario and returns them
 * raw — exactly the values `simulateScenario` computes for those draws with the same options.
 * Each input has its own stream (seed and position), so any split of a simulation into ranges
 * reproduces it bit for bit on any number of threads or machines; `simulateScenarioParallel`'s
 * workers (in `crorecast/node`) run this.
 *
 * @param source - the scenario, or a factory of scenario models
 * @param options - the simulation's options and the range
 * @returns the raw draws of the range
 * @throws {ValidationError} for invalid options or range; {AnalysisError} as `simulateScenario`
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const options = { draws: 1000, seed: 1, outputs: ['npv.withPli'],
 *   inputs: [{ path: 'price', distribution: { kind: 'uniform', low: 9, high: 10 } }] };
 * const part = simulateScenarioRange(plan, { ...options, from: 100, to: 200 });
 * part.outputDraws[0][0] === simulateScenario(plan, { ...options, keepDraws: true }).outputs[0].draws[100] //=> true
 * ```
 */
export function simulateScenarioRange(
  source: ScenarioAnalysisSource,
  options: SimulateScenarioRangeOptions,
): ScenarioSimulationDraws {
  return rangeOf(prepareSource(source), options).part;
}

/**
 * Runs a range (all draws when the options give none), with progress every 1,000 draws, and
 * returns it with the options it resolved.
 *
 * @internal
 */
export function rangeOf(
  prepared: PreparedSource,
  options: SimulateScenarioOptions & { readonly from?: number; readonly to?: number },
  onProgress?: (done: number) => void,
): { part: ScenarioSimulationDraws; resolved: ResolvedSimulation } {
  const resolved = resolveSimulation(
    options,
    prepared.defaults,
    simulateScenarioRangeOptionsSchema,
  );
  const from = resolved.from ?? 0;
  const to = resolved.to ?? resolved.draws;
  if (!(from <= to && to <= resolved.draws)) {
    throw new ValidationError('scenario simulation range options', [
      { path: 'to', message: `needs 0 ≤ from (${from}) ≤ to (${to}) ≤ draws (${resolved.draws})` },
    ]);
  }
  const model = prepared.model(resolved.backend, {
    inputs: resolved.inputs.map((i) => i.path),
    outputs: resolved.outputs,
  });
  const raw = drawScenarioRange(model, resolved.inputs, resolved.seed, from, to, onProgress);
  const part = Object.freeze({
    from,
    to,
    draws: resolved.draws,
    seed: resolved.seed,
    backend: resolved.backend,
    inputs: Object.freeze(resolved.inputs),
    outputs: Object.freeze([...resolved.outputs]),
    outputDraws: Object.freeze(raw.outputs),
    inputDraws: Object.freeze(raw.inputs),
  });
  return { part, resolved };
}
