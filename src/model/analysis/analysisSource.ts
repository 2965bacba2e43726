import { checkModel } from './_lib/scenarioDraws.js';
import type { ScenarioModel, ScenarioModelOptions } from './scenarioModel.js';
import type { ScenarioBackend, ScenarioModelFactory } from './scenarioModelSource.js';
import type { SimulationDefaults } from './simulationOptions.js';

/**
 * What whole-plan analysis runs over: a factory of {@link ScenarioModel}s (see
 * {@link ScenarioModelFactory}).
 */
export type ScenarioAnalysisSource = ScenarioModelFactory;

/** Builds the model of a source on a backend, checked to have what it was built for. */
export function analysisModel(
  source: ScenarioAnalysisSource,
  backend: ScenarioBackend,
  options: ScenarioModelOptions,
): ScenarioModel {
  const model = source(backend, options);
  checkModel(model, options.inputs, options.outputs);
  return model;
}

/** What a source contributes to a simulation's defaults. */
export function simulationDefaults(_source: ScenarioAnalysisSource): SimulationDefaults {
  return {};
}
