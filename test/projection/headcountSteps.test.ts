// A run's headcount steps that repeat month after month remember their last operands
// (issue 15): one per plant's crew, the indirect ratio, the two pay rates, each team's cost and
// sums, the requirement's sums and heads × pay.
import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { headcountSteps } from '../../src/projection/_lib/headcountMonth.js';
import { compileProjection } from '../../src/projection/compile.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { createWorkspace } from '../../src/projection/workspace.js';
import { eightSegmentPlan, flatPlan } from './fixtures.js';

describe('headcountSteps', () => {
  it('has a step per plant crew and per team, each repeating its result for the same operands', () => {
    const plan = compileProjection(flatPlan());
    const hc = plan.headcount;
    if (hc === undefined) throw new Error('the fixture has headcount');
    const steps = headcountSteps(plan, hc, createWorkspace(plan, decimalCalculator));
    expect(steps.crew).toHaveLength(plan.plants.length);
    expect(steps.teamCost).toHaveLength(hc.teams.length);
    expect(steps.teamSums).toHaveLength(hc.teams.length);
    const wage = new Decimal('19000');
    const factor = new Decimal('1.07');
    const pay = steps.payDirect[0](wage, factor);
    expect(steps.payDirect[0](wage, factor)).toBe(pay);
    expect(pay.toJSON()).toBe('20330');
    // Each step remembers on its own: another step's call does not disturb it.
    steps.payIndirect[0](factor, wage);
    expect(steps.payDirect[0](wage, factor)).toBe(pay);
    expect(steps.payDirect[0](wage, new Decimal('1.07'))).not.toBe(pay);
  });

  it('a month of the same units on the same plants requires the same direct staff', () => {
    const r = runProjection(flatPlan());
    const ws = r.workspace;
    const S = r.plan.segments.length;
    let repeated = 0;
    for (let m = 1; m < r.months.length; m++) {
      const same = Array.from({ length: S }, (_, s) => ws.units[m * S + s]).every((u, s) =>
        Object.is(u, ws.units[(m - 1) * S + s]),
      );
      const P = r.plan.plants.length;
      const plants = Array.from({ length: P }, (_, q) => ws.nameplate[m * P + q]);
      if (same && plants.every((n, q) => Object.is(n, ws.nameplate[(m - 1) * P + q]))) {
        expect(ws.requiredDirect[m]).toBe(ws.requiredDirect[m - 1]);
        repeated++;
      }
    }
    expect(repeated).toBeGreaterThan(20);
  });

  it('a month of the same direct staff and teams requires the very same total, with the same digits', () => {
    for (const [json, repeats] of [
      [flatPlan(), true],
      [eightSegmentPlan(), false],
    ] as const) {
      const r = runProjection(json);
      const ws = r.workspace;
      let repeated = 0;
      for (let m = 1; m < r.months.length; m++) {
        const required = (ws.requiredDirect[m] as Decimal)
          .plus(ws.requiredIndirect[m] as Decimal)
          .plus(ws.requiredTeams[m] as Decimal);
        expect(ws.required[m]?.toJSON()).toBe(required.toJSON());
        if (
          Object.is(ws.requiredDirect[m], ws.requiredDirect[m - 1]) &&
          Object.is(ws.requiredTeams[m], ws.requiredTeams[m - 1])
        ) {
          expect(ws.required[m]).toBe(ws.required[m - 1]);
          repeated++;
        }
      }
      expect(repeated > 20).toBe(repeats);
    }
  });
});
