import type { ScenarioModel, ScenarioModelOptions } from './scenarioModel.js';

/** The two backends of a {@link ScenarioModel}. */
export type ScenarioBackend = ScenarioModel['backend'];

/**
 * Builds a {@link ScenarioModel} on a backend for the given inputs and outputs. Whole-plan
 * analysis calls it once per backend it needs; a caller may pass one instead of a scenario to
 * analyse a model of its own (a hand-built model with a known answer, in tests).
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * plan('float64', { inputs: ['price'], outputs: ['npv.withPli'] }).base[0] //=> 10
 * ```
 */
export type ScenarioModelFactory = (
  backend: ScenarioBackend,
  options: ScenarioModelOptions,
) => ScenarioModel;
