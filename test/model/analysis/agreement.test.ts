import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenarioModel } from '../../../src/model/analysis/compileScenarioModel.js';
import { planAndBaseline } from '../../../src/model/analysis/exactScenarioModel.js';
import { resolveInputPath, withInputValue } from '../../../src/model/analysis/inputPaths.js';
import {
  allScenarioOutputs,
  outputScopeOf,
  scenarioFigures,
} from '../../../src/model/analysis/scenarioFigures.js';
import { parseScenario } from '../../../src/model/parseScenario.js';
import { runScenario } from '../../../src/model/runScenario.js';
import type { Scenario } from '../../../src/model/scenario.js';
import type { ScenarioResult } from '../../../src/model/types.js';
import { seedJson, withExports } from '../_seed.js';

/**
 * The two backends figure by figure: the seed and each of its variants (built as runScenario
 * builds them: the file's values, then the variant's overrides), every output of every fiscal
 * year, at the plan's values and at perturbed values of eight inputs; and the plan with exports.
 */

/** The seed with its tax regime stated as the same rate, so the rate is an input path. */
function seedWithTaxRate(): Record<string, unknown> {
  const json = seedJson();
  const finance = json.finance as Record<string, unknown>;
  finance.tax = { regime: 'normal', rate: '0.25168', reason: 'section 115BAA, stated as its rate' };
  return json;
}

const INPUTS = [
  'segments[smartphones-value].price.perUnit',
  'segments[laptops].price.perUnit',
  'segments[smartphones-value].volume.anchors[2].value',
  'segments[hearables-wearables].volume.anchors[1].value',
  'fx.USD.rate',
  'investments[mobile-lines].total',
  'finance.tax.rate',
  'pli.disbursementLagYears',
] as const;

/** Each input's value drawn from a factor of its base value (the lag drawn whole). */
const draws = fc.tuple(
  fc.double({ min: 0.8, max: 1.2, noNaN: true }),
  fc.double({ min: 0.8, max: 1.2, noNaN: true }),
  fc.double({ min: 0.7, max: 1.3, noNaN: true }),
  fc.double({ min: 0.7, max: 1.3, noNaN: true }),
  fc.double({ min: 0.85, max: 1.2, noNaN: true }),
  fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  fc.double({ min: 0.6, max: 1.4, noNaN: true }),
  fc.integer({ min: 0, max: 3 }),
);

const raw = seedWithTaxRate();
const parsed = parseScenario(raw);
const base = Float64Array.from(INPUTS, (p) => resolveInputPath(raw, p).value);
const cases: { id: string; variant: number; file?: Record<string, unknown> }[] = [
  { id: 'plan', variant: -1 },
  ...parsed.variants.map((v, i) => ({ id: v.id, variant: i })),
  { id: 'plan-with-exports', variant: -1, file: withExports(seedWithTaxRate()) },
];

/** The scenario a case runs, from a file (the plan, or its variant as parseScenario merges it). */
function scenarioOf(file: unknown, variant: number): Scenario {
  const s = parseScenario(file);
  return variant < 0 ? s : (s.variants[variant]?.scenario as Scenario);
}

/** Whether a variant's overrides replace the value at the input path (then it is not varied). */
function overridden(variant: number, path: string): boolean {
  if (variant < 0) return false;
  const overrides = (raw.variants as { overrides: unknown }[])[variant]?.overrides;
  let node: unknown = overrides;
  for (const key of resolveInputPath(raw, path).keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

function close(exact: number, float: number): boolean {
  if (Number.isNaN(exact) || Number.isNaN(float)) return Number.isNaN(exact) && Number.isNaN(float);
  return Math.abs(exact - float) <= 1e-9 * Math.max(Math.abs(exact), 1);
}

/** Whether a PLI year's figure sits within 1e-9 (relative) of one of its thresholds. */
function atThreshold(result: ScenarioResult, name: string): boolean {
  const m = /^pliPaid\[(.+)\]@(.+)$/.exec(name);
  const row = result.pli?.enrolments
    .find((e) => e.id === m?.[1])
    ?.years.find((y) => y.year === m?.[2]);
  if (row === undefined) return false;
  const near = (
    actual: { amount: { toNumber(): number } },
    required: { amount: { toNumber(): number } } | null,
  ) =>
    required !== null &&
    Math.abs(actual.amount.toNumber() - required.amount.toNumber()) <=
      1e-9 * Math.abs(required.amount.toNumber());
  return (
    near(row.netIncrementalSales, row.salesThreshold) ||
    near(row.cumulativeInvestment, row.investmentThreshold)
  );
}

/**
 * Compares every output of the two backends for one case at `values`; a threshold test may
 * differ only at its threshold (then the year's incentive and all that follows differ too, and
 * the draw is not compared further).
 */
function compare(
  c: (typeof cases)[number],
  inputs: readonly string[],
  values: Float64Array,
): number {
  const source = c.file ?? raw;
  let file: unknown = source;
  inputs.forEach((p, i) => {
    file = withInputValue(file, p, values[i] as number);
  });
  const result = runScenario(planAndBaseline(scenarioOf(file, c.variant)));
  const scope = outputScopeOf(result);
  const late = ['FY2026-27', 'FY2027-28', 'FY2028-29'].map((y) => `freeCashFlow@${y}`);
  const names = [...allScenarioOutputs(scope), ...late];
  const exact = scenarioFigures(result, names);
  const model = compileScenarioModel(scenarioOf(source, c.variant), { inputs, outputs: names });
  const float = new Float64Array(names.length);
  model.evaluate(values, float);
  const flipped = names.filter(
    (n, i) => n.startsWith('pliPaid') && exact[i] !== float[i] && !Number.isNaN(exact[i] as number),
  );
  for (const name of flipped)
    expect(atThreshold(result, name), `${c.id} ${name} flipped away from its threshold`).toBe(true);
  if (flipped.length > 0) return 0;
  let worst = 0;
  names.forEach((name, i) => {
    const a = exact[i] as number;
    const b = float[i] as number;
    expect(close(a, b), `${c.id} ${name}: exact ${a}, float64 ${b}`).toBe(true);
    if (!Number.isNaN(a)) worst = Math.max(worst, Math.abs(a - b) / Math.max(Math.abs(a), 1));
  });
  if (process.env.AGREEMENT_REPORT !== undefined) console.log(c.id, [...values].join(' '), worst);
  return worst;
}

describe('exact and float64 backends agree figure by figure', () => {
  it('has a case whose plan sells abroad', () => {
    const exported = parseScenario(withExports(seedWithTaxRate())).segments.filter(
      (s) => s.exports !== undefined,
    );
    expect(exported.map((s) => s.id)).toEqual(['smartphones-value', 'laptops']);
  });

  for (const c of cases) {
    it(`${c.id}: at the plan's values`, () => {
      const inputs = INPUTS.filter((p) => !overridden(c.variant, p));
      const values = Float64Array.from(
        inputs,
        (p) => base[INPUTS.indexOf(p as (typeof INPUTS)[number])] as number,
      );
      expect(compare(c, inputs, values)).toBeLessThan(1e-9);
    });

    it(`${c.id}: at perturbed prices, volumes, FX, capex, tax rate and PLI lag`, {
      timeout: 180_000,
    }, () => {
      const inputs = INPUTS.filter((p) => !overridden(c.variant, p));
      fc.assert(
        fc.property(draws, (d) => {
          // Money (prices, capex) to the paisa, as a file holds it; the lag whole.
          const paise = (x: number) => Math.round(x * 100) / 100;
          const all = INPUTS.map((_, i) =>
            i === 7
              ? (d[7] as number)
              : i === 0 || i === 1 || i === 5
                ? paise((base[i] as number) * (d[i] as number))
                : (base[i] as number) * (d[i] as number),
          );
          const values = Float64Array.from(
            inputs,
            (p) => all[INPUTS.indexOf(p as (typeof INPUTS)[number])] as number,
          );
          compare(c, inputs, values);
        }),
        { numRuns: 4 },
      );
    });
  }
});
