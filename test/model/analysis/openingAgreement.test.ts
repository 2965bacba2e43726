import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenarioModel } from '../../../src/model/analysis/compileScenarioModel.js';
import { planAndBaseline } from '../../../src/model/analysis/exactScenarioModel.js';
import {
  allScenarioOutputs,
  outputScopeOf,
  scenarioFigures,
} from '../../../src/model/analysis/scenarioFigures.js';
import { parseScenario } from '../../../src/model/parseScenario.js';
import { runScenario } from '../../../src/model/runScenario.js';

/**
 * The Pegatron seed starts from an opening position (a build year's ₹600 crore counted towards
 * the PLI investment threshold, a net block depreciated in the book and for tax, an opening
 * headcount): float64 must give every figure of the exact run to 1e-9 relative.
 */
const file = JSON.parse(
  readFileSync(new URL('../../../seeds/pegatron-india-2022.json', import.meta.url), 'utf8'),
) as unknown;

describe('float64 with an opening position (the Pegatron seed)', () => {
  it('agrees with runScenario figure by figure', { timeout: 60_000 }, () => {
    const scenario = parseScenario(file);
    expect(scenario.opening?.investments.length).toBe(1);
    const result = runScenario(planAndBaseline(scenario));
    const names = allScenarioOutputs(outputScopeOf(result));
    const exact = scenarioFigures(result, names);
    const model = compileScenarioModel(scenario, { inputs: [], outputs: names });
    const float = new Float64Array(names.length);
    model.evaluate(new Float64Array(0), float);
    if (process.env.AGREEMENT_REPORT !== undefined)
      console.log(names.length, names.slice(0, 8), [...float.slice(0, 8)]);
    names.forEach((name, i) => {
      const a = exact[i] as number;
      const b = float[i] as number;
      if (Number.isNaN(a)) expect(Number.isNaN(b), name).toBe(true);
      else
        expect(Math.abs(a - b), `${name}: exact ${a}, float64 ${b}`).toBeLessThanOrEqual(
          1e-9 * Math.max(Math.abs(a), 1),
        );
    });
  });
});
