import { describe, expect, it } from 'vitest';
import { ScenarioModelError } from '../../../src/model/analysis/errors.js';
import { exactScenarioModel } from '../../../src/model/analysis/exactScenarioModel.js';
import {
  allScenarioOutputs,
  outputScopeOf,
  scenarioFigures,
} from '../../../src/model/analysis/scenarioFigures.js';
import { parseScenario } from '../../../src/model/parseScenario.js';
import { runScenario } from '../../../src/model/runScenario.js';
import { seedResult } from '../../_lib/seedResults.js';
import { seedJson } from '../_seed.js';

const seed = seedJson();
const result = seedResult();
const scope = outputScopeOf(result);

describe('scenarioFigures', () => {
  it('reads the exact result in ₹ crore, NaN where a figure does not exist', () => {
    const [npv, incremental, revenue, paid, late] = scenarioFigures(result, [
      'npv.withPli',
      'npv.incremental',
      'revenue@FY2025-26',
      'pliPaid[lsem-domestic-mobile]@FY2021-22',
      'freeCashFlow@FY2026-27',
    ]);
    expect(npv).toBe(result.valuation.withPli.npv.amount.dividedBy(1e7).toNumber());
    expect(incremental).toBe(npv);
    expect(revenue).toBe(result.operations[4]?.revenue.amount.dividedBy(1e7).toNumber());
    const row = result.pli?.enrolments[0]?.years[0];
    expect(paid).toBe(row?.eligible ? 1 : 0);
    // The seed's lag is one year: FY2026-27 collects the last year's PLI.
    expect(late).toBe(result.cashFlow.withPli[5]?.freeCashFlow.amount.dividedBy(1e7).toNumber());
    expect(scenarioFigures(result, ['freeCashFlow@FY2027-28'])[0]).toBeNaN();
  });

  it('refuses unknown names, years and enrolments, naming the output', () => {
    for (const name of [
      'npv',
      'ebit@FY2021-22',
      'revenue@FY2030-31',
      'pli[nope]@FY2021-22',
      'pli[lsem-domestic-mobile]@FY2026-27',
    ]) {
      expect(() => scenarioFigures(result, [name]), name).toThrow(ScenarioModelError);
    }
  });

  it('lists every output of the seed', () => {
    const names = allScenarioOutputs(scope);
    expect(names).toHaveLength(6 + 2 * 2 * 5 + 6 * 5);
    expect(
      scenarioFigures(result, names).every(
        (v, i) =>
          Number.isFinite(v) ||
          names[i] === 'payback' ||
          names[i] === 'pliPaid[it-hardware-domestic]@FY2025-26',
      ),
    ).toBe(true);
  });
});

describe('exactScenarioModel', () => {
  const inputs = ['fx.USD.rate', 'investments[mobile-lines].total', 'pli.disbursementLagYears'];
  const outputs = ['npv.withPli', 'revenue@FY2025-26', 'freeCashFlow@FY2021-22', 'pliTotal'];
  const model = exactScenarioModel(seed, { inputs, outputs });

  it('has the plan’s own values as its base, and reproduces runScenario there', () => {
    expect(model.backend).toBe('exact');
    expect([...model.base]).toEqual([74.5, 2.5e9, 1]);
    const out = new Float64Array(outputs.length);
    model.evaluate(model.base, out);
    expect([...out]).toEqual([...scenarioFigures(result, outputs)]);
  });

  it('evaluates with inputs changed as a re-run of the changed file would', () => {
    const out = new Float64Array(outputs.length);
    model.evaluate(Float64Array.of(80, 3e9, 2), out);
    const file = structuredClone(seed) as Record<string, unknown>;
    (file.fx as { USD: { rate: string } }).USD.rate = '80';
    const first = (file.investments as { total: string }[])[0];
    if (first !== undefined) first.total = '₹300 crore';
    (file.pli as { disbursementLagYears: number }).disbursementLagYears = 2;
    expect([...out]).toEqual([...scenarioFigures(runScenario(parseScenario(file)), outputs)]);
    expect(out[0]).not.toBe(scenarioFigures(result, ['npv.withPli'])[0]);
  });

  it('fails as parseScenario does for a value the file cannot hold', () => {
    expect(() => model.evaluate(Float64Array.of(74.5, 2.5e9, 1.5), new Float64Array(4))).toThrow(
      /pli\.disbursementLagYears/,
    );
  });

  it('refuses an unknown input path or output', () => {
    expect(() => exactScenarioModel(seed, { inputs: ['fx.EUR.rate'], outputs })).toThrow(
      ScenarioModelError,
    );
    expect(() => exactScenarioModel(seed, { inputs, outputs: ['npv.everything'] })).toThrow(
      ScenarioModelError,
    );
  });
});
