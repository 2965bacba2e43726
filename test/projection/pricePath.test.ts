import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseInput } from '../../src/core/validate.js';
import { samePricePath } from '../../src/projection/_lib/pricePath.js';
import { compileParsedProjection } from '../../src/projection/compile.js';
import { type ProjectionInput, projectionInputSchema } from '../../src/projection/inputSchema.js';
import { type ProjectionResult, runProjection } from '../../src/projection/runProjection.js';
import { eightSegmentPlan } from './fixtures.js';
import { usd } from './helpers.js';

// A run may take its price path (FX, INR prices, cost components, unit costs) from another run
// whose plan shares the very same price, cost, export and FX inputs — an opening-run-rate
// baseline and its plan. The result must be the one computed afresh, to the digit.

/** The fixture with exports on one segment (so every branch of the price path runs). */
function parsedPlan(passThrough = '0.4'): ProjectionInput {
  const json = eightSegmentPlan();
  const [first, ...rest] = json.segments;
  const withExports = {
    ...first,
    price: { ...(first as { price: object }).price, fxPassThrough: passThrough },
    exports: {
      share: [{ share: '0.1' }, { from: '2024-04', share: '0.3' }],
      price: { perUnit: usd('140'), yearlyChange: '-0.01' },
    },
  };
  return parseInput(projectionInputSchema, { ...json, segments: [withExports, ...rest] }, 'plan');
}

/** A baseline of a parsed plan: flat volumes, no expansions — prices, costs and FX kept. */
function baselineOf(plan: ProjectionInput, volume: (i: number) => string): ProjectionInput {
  return {
    ...plan,
    segments: plan.segments.map((s, i) => ({
      ...s,
      volume: { kind: 'flat' as const, value: new Decimal(volume(i)) },
    })),
    plants: plan.plants.map((p) => ({ ...p, expansions: [] })),
  };
}

const shown = (r: ProjectionResult) => JSON.stringify(r);
const buffers = (r: ProjectionResult) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(r.workspace).filter(([, v]) => Array.isArray(v) && typeof v[0] === 'object'),
    ),
  );

describe('runProjection — pricesFrom', () => {
  it('takes a baseline’s price path from its plan’s run: the same digits, shared values', () => {
    const plan = parsedPlan();
    const planRun = runProjection(compileParsedProjection(plan));
    const base = baselineOf(plan, (i) => String(1000 * (i + 1)));
    const fresh = runProjection(compileParsedProjection(base));
    const shared = runProjection(compileParsedProjection(base), { pricesFrom: planRun });
    expect(shown(shared)).toBe(shown(fresh));
    expect(buffers(shared)).toBe(buffers(fresh));
    // Taken, not recomputed: the very Decimal instances of the plan's run.
    const price = shared.workspace.price as Decimal[];
    const planPrice = planRun.workspace.price as Decimal[];
    expect(price.every((p, i) => p === planPrice[i])).toBe(true);
    expect(shared.workspace.unitCost[5]).toBe(planRun.workspace.unitCost[5]);
  });

  it('ignores a run whose prices, costs, exports, FX or horizon are other objects', () => {
    const plan = parsedPlan();
    const planRun = runProjection(compileParsedProjection(plan));
    const equalButOther = parsedPlan(); // the same values, parsed again: other objects
    const otherPassThrough = parsedPlan('0.6');
    const compiled = (p: ProjectionInput) => compileParsedProjection(p);
    expect(samePricePath(compiled(plan), compiled(plan))).toBe(true);
    expect(samePricePath(compiled(equalButOther), planRun.plan)).toBe(false);
    expect(samePricePath(compiled({ ...plan, fx: { ...plan.fx } }), planRun.plan)).toBe(false);
    expect(samePricePath(compiled({ ...plan, horizon: { ...plan.horizon } }), planRun.plan)).toBe(
      false,
    );
    expect(
      samePricePath(compiled({ ...plan, segments: plan.segments.slice(1) }), planRun.plan),
    ).toBe(false);
    for (const field of ['price', 'costs', 'exports'] as const) {
      const changed = {
        ...plan,
        segments: plan.segments.map((s, i) => (i === 0 ? { ...s, [field]: { ...s[field] } } : s)),
      } as ProjectionInput;
      expect(samePricePath(compiled(changed), planRun.plan)).toBe(false);
    }
    // Ignored: the result is the fresh one, with the other pass-through's prices.
    const other = runProjection(compiled(otherPassThrough), { pricesFrom: planRun });
    expect(shown(other)).toBe(shown(runProjection(compiled(otherPassThrough))));
    expect(shown(other)).not.toBe(shown(planRun));
  });

  it('gives the fresh run’s digits for any baseline volumes', () => {
    const plan = parsedPlan();
    const planRun = runProjection(compileParsedProjection(plan));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 8, maxLength: 8 }),
        (units) => {
          const base = baselineOf(plan, (i) => String(units[i] ?? 0));
          const fresh = runProjection(compileParsedProjection(base));
          const shared = runProjection(compileParsedProjection(base), { pricesFrom: planRun });
          expect(shown(shared)).toBe(shown(fresh));
        },
      ),
      { numRuns: 8 },
    );
  });
});
