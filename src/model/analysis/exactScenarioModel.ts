import { fiscalYearRange, horizonYears } from '../_lib/fiscalYears.js';
import { parseScenario } from '../parseScenario.js';
import { runScenario } from '../runScenario.js';
import type { Scenario } from '../scenario.js';
import { ScenarioModelError } from './errors.js';
import { resolveInputPath, withInputValue } from './inputPaths.js';
import {
  parseScenarioOutput,
  type ScenarioOutput,
  type ScenarioOutputScope,
  scenarioFigure,
} from './scenarioFigures.js';
import type { ScenarioModel, ScenarioModelOptions } from './scenarioModel.js';

/**
 * The output scope of a parsed scenario: its years, enrolments and whether it has a baseline.
 *
 * @internal
 */
export function scopeOfScenario(scenario: Scenario, years: readonly string[]): ScenarioOutputScope {
  return {
    years,
    enrolments: scenario.pli?.enrolments.map((e) => e.id) ?? [],
    hasBaseline: scenario.baseline !== undefined,
  };
}

/**
 * The scenario without the variants its run does not need: the plan and its baseline are what a
 * model evaluates, so only a variant named as the baseline is kept (the file is still validated
 * whole, variants included, since its registry may point into them).
 *
 * @param scenario - a scenario parsed by `parseScenario`
 * @returns the same scenario with only its baseline variant, if any
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * planAndBaseline(parseScenario(seedJson)).variants //=> [] (the seed's baseline is its opening run-rate)
 * ```
 */
export function planAndBaseline(scenario: Scenario): Scenario {
  const baseline = scenario.baseline;
  const keep =
    baseline !== undefined && 'variant' in baseline
      ? scenario.variants.filter((v) => v.id === baseline.variant)
      : [];
  return { ...scenario, variants: keep };
}

/**
 * The exact backend of a whole-plan model: each evaluation writes the values into the scenario
 * file at their paths, validates it with `parseScenario` and runs it with `runScenario` — the
 * plan and its baseline, not its other variants — then reads the outputs (money in ₹ crore).
 * Every figure is exact (then rounded once to a float64); a value the file cannot hold (a
 * fractional number of months) fails as `parseScenario` fails, naming the path. Slow (one whole
 * run per evaluation): the reference the float64 backend is tested against.
 *
 * @param scenarioInput - the scenario file as written (JSON)
 * @param options - the input paths and output names
 * @returns the model (`backend: 'exact'`)
 * @throws {ValidationError} for an invalid scenario; {ScenarioModelError} for an unknown or
 *   non-numeric input path, or an unknown output
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const model = exactScenarioModel(seedJson, { inputs: ['fx.USD.rate'], outputs: ['npv.withPli'] });
 * const out = new Float64Array(1);
 * model.evaluate(Float64Array.of(80), out);
 * Math.round(out[0]!) //=> -1361 (the NPV with PLI at ₹80 to the dollar, ₹ crore)
 * ```
 */
export function exactScenarioModel(
  scenarioInput: unknown,
  options: ScenarioModelOptions,
): ScenarioModel {
  if (typeof scenarioInput !== 'object' || scenarioInput === null || Array.isArray(scenarioInput)) {
    throw new ScenarioModelError('UNKNOWN_INPUT', '', 'a scenario must be a JSON object');
  }
  return exactModelOf(scenarioInput, parseScenario(scenarioInput), options);
}

/**
 * {@link exactScenarioModel} of a file already parsed (`parsed` is `parseScenario(input)`): a
 * model without inputs runs the parsed scenario instead of parsing the file again.
 *
 * @internal
 */
export function exactModelOf(
  input: object,
  parsed: Scenario,
  options: ScenarioModelOptions,
): ScenarioModel {
  const inputs = Object.freeze([...options.inputs]);
  const base = Float64Array.from(inputs, (path) => resolveInputPath(input, path).value);
  const years = fiscalYearRange(parsed.horizon.start, horizonYears(parsed.horizon) ?? 0);
  const scope = scopeOfScenario(parsed, years);
  const outputs: ScenarioOutput[] = options.outputs.map((n) => parseScenarioOutput(n, scope));
  return Object.freeze({
    backend: 'exact' as const,
    inputs,
    base,
    outputs: Object.freeze([...options.outputs]),
    evaluate(values: Float64Array, out: Float64Array): void {
      let file: unknown = input;
      inputs.forEach((path, i) => {
        file = withInputValue(file, path, values[i] ?? Number.NaN);
      });
      const scenario = inputs.length === 0 ? parsed : parseScenario(file);
      const result = runScenario(planAndBaseline(scenario));
      outputs.forEach((o, i) => {
        out[i] = scenarioFigure(result, o);
      });
    },
  });
}
