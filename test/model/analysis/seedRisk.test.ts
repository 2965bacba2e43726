import { describe, expect, it } from 'vitest';
import { defaultRiskOutputs } from '../../../src/model/analysis/analysisSource.js';
import { exactScenarioModel } from '../../../src/model/analysis/exactScenarioModel.js';
import { resolveInputPath } from '../../../src/model/analysis/inputPaths.js';
import { simulateScenario } from '../../../src/model/analysis/simulateScenario.js';
import { parseScenario } from '../../../src/model/parseScenario.js';
import { seedJson } from '../_seed.js';

describe('simulateScenario on the seed (exact backend, a few draws)', () => {
  it('takes inputs, draws and seed from the file’s uncertainty and rounds money to the paisa', () => {
    const seed = seedJson();
    const parsed = parseScenario(seed);
    expect(parsed.uncertainty?.seed).toBe(1);
    const r = simulateScenario(seed, { backend: 'exact', draws: 1, outputs: ['npv.withPli'] });
    expect(r.seed).toBe(1);
    const paths = r.inputs.map((i) => i.path);
    expect(paths).toEqual(parsed.uncertainty?.inputs.map((i) => i.path));
    // The one draw again by hand: the values the inputs took (money to the paisa), run exactly.
    const money = paths.map((p) => resolveInputPath(seed, p).kind.startsWith('money'));
    expect(money.filter(Boolean)).toHaveLength(5); // three prices, two capex totals
    const model = exactScenarioModel(seed, { inputs: paths, outputs: ['npv.withPli'] });
    const values = Float64Array.from(r.inputs, (i, k) =>
      money[k] ? Math.round(i.summary.min * 100) / 100 : i.summary.min,
    );
    expect(values[paths.indexOf('pli.disbursementLagYears')]).toBeOneOf([1, 2, 3]);
    const out = new Float64Array(1);
    model.evaluate(values, out);
    expect(r.outputs[0]?.summary?.p50).toBe(out[0]);
  });

  // The float64 backend claims the first scheme year on the months' own sales, as the exact one.
  it('float64 (the default) and exact give the same draws to 1e-9 relative', () => {
    const seed = seedJson();
    const options = { draws: 2, outputs: ['npv.withPli', 'pliTotal'], keepDraws: true };
    const fast = simulateScenario(seed, options);
    const exact = simulateScenario(seed, { ...options, backend: 'exact' });
    expect(fast.backend).toBe('float64');
    fast.outputs.forEach((o, k) => {
      const e = exact.outputs[k]?.draws as Float64Array;
      (o.draws as Float64Array).forEach((x, d) => {
        expect(Math.abs(x - (e[d] as number))).toBeLessThanOrEqual(1e-9 * Math.abs(e[d] as number));
      });
    });
  });

  it('watches NPV, IRR, payback and each PLI year by default', () => {
    const outputs = defaultRiskOutputs(parseScenario(seedJson()));
    expect(outputs.slice(0, 6)).toEqual([
      'npv.withPli',
      'npv.withoutPli',
      'npv.incremental',
      'irr',
      'payback',
      'pliTotal',
    ]);
    expect(outputs).toContain('pliPaid[lsem-domestic-mobile]@FY2023-24');
    expect(outputs).toHaveLength(6 + 2 * 5);
  });
});
