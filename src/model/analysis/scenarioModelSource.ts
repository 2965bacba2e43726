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
 * const factory: ScenarioModelFactory = (backend, { inputs, outputs }) => myModel(backend, inputs, outputs);
 * simulateScenario(factory, { draws: 100, seed: 1, inputs, outputs }).draws //=> 100
 * ```
 */
export type ScenarioModelFactory = (
  backend: ScenarioBackend,
  options: ScenarioModelOptions,
) => ScenarioModel;
