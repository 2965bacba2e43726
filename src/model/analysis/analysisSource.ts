import { fiscalYearRange, horizonYears } from '../_lib/fiscalYears.js';
import { parseScenario } from '../parseScenario.js';
import type { Scenario } from '../scenario.js';
import { checkModel } from './_lib/scenarioDraws.js';
import { compileScenarioModel } from './compileScenarioModel.js';
import { exactModelOf } from './exactScenarioModel.js';
import { resolveInputPath } from './inputPaths.js';
import type { ScenarioModel, ScenarioModelOptions } from './scenarioModel.js';
import type { ScenarioBackend, ScenarioModelFactory } from './scenarioModelSource.js';
import type { SimulationDefaults } from './simulationOptions.js';

/**
 * What whole-plan analysis runs over: a scenario file as written (JSON, validated here with
 * `parseScenario`), or a factory of {@link ScenarioModel}s (see {@link ScenarioModelFactory}).
 */
export type ScenarioAnalysisSource = ScenarioModelFactory | Readonly<Record<string, unknown>>;

/**
 * A source made ready: the source itself, what it says about a simulation's defaults, and its
 * models on demand (each built once: asking again with the same backend, inputs and outputs
 * returns the same model).
 */
export interface PreparedSource {
  readonly source: ScenarioAnalysisSource;
  readonly defaults: SimulationDefaults;
  model(backend: ScenarioBackend, options: ScenarioModelOptions): ScenarioModel;
}

/**
 * The outputs a risk analysis watches when nobody names any: NPV with and without PLI (and the
 * increment over the baseline), IRR, payback, PLI in all and whether each enrolment's year pays.
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * defaultRiskOutputs(parseScenario(seedJson)).slice(0, 3) //=> ['npv.withPli', 'npv.withoutPli', 'npv.incremental']
 * ```
 */
export function defaultRiskOutputs(scenario: Scenario): string[] {
  const years = fiscalYearRange(scenario.horizon.start, horizonYears(scenario.horizon) ?? 0);
  return [
    'npv.withPli',
    'npv.withoutPli',
    ...(scenario.baseline === undefined ? [] : ['npv.incremental']),
    'irr',
    'payback',
    ...(scenario.pli === undefined ? [] : ['pliTotal']),
    ...(scenario.pli?.enrolments ?? []).flatMap((e) => years.map((y) => `pliPaid[${e.id}]@${y}`)),
  ];
}

/**
 * Validates a scenario source once and returns its models and defaults.
 *
 * @param source - the scenario file as written, or a factory of models
 * @param parsed - the file already parsed by `parseScenario` (the CLI has parsed it): not parsed
 *   again
 */
export function prepareSource(source: ScenarioAnalysisSource, parsed?: Scenario): PreparedSource {
  if (typeof source === 'function') {
    return {
      source,
      defaults: {},
      model: (backend, options) => built(source(backend, options), options),
    };
  }
  const scenario = parsed ?? parseScenario(source);
  // The uncertainty section changes no figure: the compiled model is given the plan without it.
  const { uncertainty, ...plan } = scenario;
  return {
    source,
    defaults: {
      ...(uncertainty === undefined ? {} : { uncertainty }),
      outputs: defaultRiskOutputs(scenario),
    },
    model: cached((backend, options) =>
      built(
        toMinorUnits(
          backend === 'exact'
            ? exactModelOf(source, scenario, options)
            : compileScenarioModel(plan, options),
          source,
        ),
        options,
      ),
    ),
  };
}

/** A model builder that builds each backend, inputs and outputs once. */
function cached(build: PreparedSource['model']): PreparedSource['model'] {
  const models = new Map<string, ScenarioModel>();
  return (backend, options) => {
    const key = JSON.stringify([backend, options.inputs, options.outputs]);
    let model = models.get(key);
    if (model === undefined) {
      model = build(backend, options);
      models.set(key, model);
    }
    return model;
  };
}

/**
 * The model with its money inputs rounded half-even to the paisa (2 decimals) before each
 * evaluation: a scenario file holds money in minor units only, so a drawn ₹2,624,447,852.5232
 * of capex is ₹2,624,447,852.52 — on both backends alike.
 */
function toMinorUnits(model: ScenarioModel, source: unknown): ScenarioModel {
  const money = model.inputs.map((path) => {
    const kind = resolveInputPath(source, path).kind;
    return kind === 'money' || kind === 'money-text';
  });
  if (!money.includes(true)) return model;
  const rounded = new Float64Array(model.inputs.length);
  return Object.freeze({
    backend: model.backend,
    inputs: model.inputs,
    base: model.base,
    outputs: model.outputs,
    evaluate(values: Float64Array, out: Float64Array): void {
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        rounded[i] = money[i] ? roundHalfEven(v * 100) / 100 : v;
      }
      model.evaluate(rounded, out);
    },
  });
}

/** Rounds to an integer, ties to even (as money rounds by default). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function built(model: ScenarioModel, options: ScenarioModelOptions): ScenarioModel {
  checkModel(model, options.inputs, options.outputs);
  return model;
}
