import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { float64Calculator } from '../../src/core/calculator.js';
import { fiscalYearRange } from '../../src/model/_lib/fiscalYears.js';
import { projectionInputOf } from '../../src/model/_lib/projectionInput.js';
import { investmentsByYear } from '../../src/model/investments.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import type { Scenario } from '../../src/model/scenario.js';
import {
  createFloatWorkspace,
  LEAN_SKIPS,
  runFloatEquations,
} from '../../src/projection/_lib/floatEquations.js';
import { compileParsedProjection, compileProjection } from '../../src/projection/compile.js';
import type { CompiledProjection } from '../../src/projection/compiledProjection.js';
import { runEquations } from '../../src/projection/equations.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { createWorkspace } from '../../src/projection/workspace.js';
import { seedJson, withExports } from '../model/_seed.js';
import { eightSegmentPlan } from './fixtures.js';
import { compound, flat, inr, usd } from './helpers.js';

/**
 * The float64-specialised equations (`runFloatEquations`, what the whole-plan model runs) against
 * the calculator-generic ones on `float64Calculator`: the same operations in the same order, so
 * every figure of the workspace must be the same number, bit for bit — on the seed, its
 * variants, the Pegatron seed, a plan that exports, an 8-segment plan (priority and pro rata,
 * capacity binding, hiring limit), every kind of volume curve, and at random parameters.
 */

/**
 * Runs both and returns the names of the workspace figures that differ (empty: all equal); a
 * lean run must leave the figures it skips at zero instead.
 */
function differences(plan: CompiledProjection, p: Float64Array, lean = false): string[] {
  const generic = createWorkspace(plan, float64Calculator);
  const special = createFloatWorkspace(plan, { lean });
  let genericError: unknown;
  let specialError: unknown;
  try {
    runEquations(plan, p, generic);
  } catch (error) {
    genericError = error;
  }
  try {
    runFloatEquations(plan, p, special);
  } catch (error) {
    specialError = error;
  }
  if (genericError !== undefined || specialError !== undefined) {
    return String(genericError) === String(specialError)
      ? []
      : [`errors: ${String(genericError)} vs ${String(specialError)}`];
  }
  const out: string[] = [];
  let compared = 0;
  for (const [name, value] of Object.entries(generic)) {
    if (!(value instanceof Float64Array || value instanceof Uint8Array)) continue;
    const mine = (special as unknown as Record<string, ArrayLike<number>>)[name];
    compared++;
    if (lean && (LEAN_SKIPS as readonly string[]).includes(name)) {
      if (mine === undefined || Array.from(mine).some((x) => x !== 0))
        out.push(`${name}: not skipped`);
      continue;
    }
    if (mine === undefined || mine.length !== value.length) {
      out.push(`${name}: length`);
      continue;
    }
    for (let i = 0; i < value.length; i++) {
      if (!Object.is(value[i], mine[i])) {
        out.push(`${name}[${i}]: ${value[i]} vs ${mine[i]}`);
        break;
      }
    }
  }
  if (compared < 45) out.push(`only ${compared} figures compared`);
  return out;
}

const vector = (plan: CompiledProjection) =>
  Float64Array.from(plan.slots.values, (d) => d.toNumber());

/** A scenario's projection compiled as the model compiles it (tranches from its schedule). */
function planOf(scenario: Scenario): CompiledProjection {
  const years = fiscalYearRange(scenario.horizon.start, scenario.horizon.years ?? 0);
  return compileParsedProjection(projectionInputOf(scenario), {
    tranches: investmentsByYear(scenario, years).completion,
  });
}

function pegatronJson(): unknown {
  return JSON.parse(
    readFileSync(new URL('../../seeds/pegatron-india-2022.json', import.meta.url), 'utf8'),
  );
}

/** One plant, a segment per kind of volume curve, launches and ends, a rupee price with FX pass-through. */
function everyCurve(): ProjectionInputJson {
  const segment = (
    id: string,
    volume: ProjectionInputJson['segments'][number]['volume'],
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    plant: 'noida',
    volume,
    price: { perUnit: inr('9000'), yearlyChange: '-0.02', fxPassThrough: '0.5' },
    costs: { parts: { perUnit: usd('60'), yearlyChange: '0.01' } },
    unitsPerWorkerPerMonth: '150',
    ...extra,
  });
  return {
    horizon: { start: 'FY2022-23', years: 3 },
    fx: { USD: [{ rate: '79' }, { from: '2023-09', rate: '82.5' }] },
    plants: [
      {
        id: 'noida',
        unitsPerMonth: '400000',
        shifts: 2,
        minimumDirectPerShift: '120',
        utilisation: { initial: '0.3', target: '0.95', months: 7 },
      },
    ],
    segments: [
      segment('flat', flat('50000')),
      segment('linear', { kind: 'linear', start: '20000', slope: '30000' }),
      segment('compound', compound('40000', '0.3'), { launch: '2022-08', end: '2024-11' }),
      segment('s-curve', {
        kind: 'sCurve',
        start: '1000',
        end: '120000',
        midpoint: '1.2',
        steepness: '3',
      }),
      segment('steps', {
        kind: 'steps',
        initial: '10000',
        steps: [
          { at: '0.5', value: '30000' },
          { at: '1.25', value: '45000' },
        ],
      }),
      segment('anchors-linear', {
        kind: 'anchors',
        method: 'linear',
        anchors: [
          { period: '2022-06', value: '5000' },
          { period: '2023-06', value: '60000' },
          { period: '2024-12', value: '20000' },
        ],
      }),
      segment('anchors-compound', {
        kind: 'anchors',
        method: 'compound',
        anchors: [
          { period: '2022-04', value: '8000' },
          { period: '2024-04', value: '90000' },
        ],
      }),
    ],
    headcount: {
      indirectRatio: '0.2',
      yearlyAttrition: '0.3',
      maxHiresPerMonth: '200',
      payroll: { direct: inr('18000'), indirect: usd('700'), yearlyIncrease: '0.06' },
    },
  };
}

const seed = parseScenario(seedJson());
const cases: { id: string; plan: () => CompiledProjection }[] = [
  { id: 'the seed', plan: () => planOf(seed) },
  ...seed.variants.map((v) => ({
    id: `the seed's variant ${v.id}`,
    plan: () => planOf(v.scenario as Scenario),
  })),
  { id: 'the Pegatron seed', plan: () => planOf(parseScenario(pegatronJson())) },
  {
    id: 'the seed with exports (their dollar price falling 2 % a year)',
    plan: () => {
      const json = withExports(seedJson());
      const phones = (json.segments as { exports?: { price: Record<string, unknown> } }[])[0];
      if (phones?.exports !== undefined) phones.exports.price.yearlyChange = '-0.02';
      return planOf(parseScenario(json));
    },
  },
  { id: 'an 8-segment plan (priority)', plan: () => compileProjection(eightSegmentPlan()) },
  {
    id: 'an 8-segment plan (pro rata)',
    plan: () => compileProjection({ ...eightSegmentPlan(), capacityAllocation: 'pro-rata' }),
  },
  { id: 'every kind of volume curve', plan: () => compileProjection(everyCurve()) },
];

describe('the float64-specialised projection equations', () => {
  it('has cases that sell abroad, bind capacity pro rata and bind the hiring limit', () => {
    const exporting = cases[seed.variants.length + 2]?.plan();
    expect(exporting?.segments.filter((s) => s.exports !== null).length).toBe(2);
    const plan = compileProjection({ ...eightSegmentPlan(), capacityAllocation: 'pro-rata' });
    const ws = createFloatWorkspace(plan);
    runFloatEquations(plan, vector(plan), ws);
    expect(Array.from(ws.unmet as Float64Array).some((u) => u > 0)).toBe(true);
    expect(ws.hiringLimitBinds.some((b) => b === 1)).toBe(true);
  });

  for (const c of cases) {
    it(`match the generic equations bit for bit: ${c.id}`, () => {
      const plan = c.plan();
      expect(differences(plan, vector(plan))).toEqual([]);
      // Lean (the whole-plan model's): the same figures, those it skips left at zero.
      expect(differences(plan, vector(plan), true)).toEqual([]);
    });
  }

  it('match them at random parameters (each scaled by 0.5–1.5), run after run in one workspace', () => {
    const plans = [cases[0], cases[cases.length - 3], cases[cases.length - 1]].map((c) =>
      (c as (typeof cases)[number]).plan(),
    );
    const scales = fc.array(fc.double({ min: 0.5, max: 1.5, noNaN: true }), {
      minLength: 1,
      maxLength: 400,
    });
    for (const plan of plans) {
      const base = vector(plan);
      // One reused workspace of each kind: curves rebuilt only where their inputs changed.
      const generic = createWorkspace(plan, float64Calculator);
      const special = createFloatWorkspace(plan);
      fc.assert(
        fc.property(scales, fc.boolean(), (s, keepCurves) => {
          const p = Float64Array.from(base, (x, k) => {
            const inCurve = plan.segments.some((seg) => seg.curveSlots.includes(k));
            return keepCurves && inCurve ? x : x * (s[k % s.length] as number);
          });
          runEquations(plan, p, generic);
          runFloatEquations(plan, p, special);
          for (const [name, value] of Object.entries(generic)) {
            if (!(value instanceof Float64Array)) continue;
            const mine = (special as unknown as Record<string, Float64Array>)[name] as Float64Array;
            for (let i = 0; i < value.length; i++) if (!Object.is(value[i], mine[i])) return false;
          }
          return differences(plan, p).length === 0 && differences(plan, p, true).length === 0;
        }),
        { numRuns: 25, seed: 15 },
      );
    }
  });
});
