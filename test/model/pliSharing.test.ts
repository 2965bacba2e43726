import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { computedInr } from '../../src/money/money.js';
import { shareParsed } from '../../src/sharing/shareIncentive.js';
import { seedJson } from './_seed.js';

// The split's steps in words are written when a reader asks (sharePliByYear): each year's are
// those shareParsed gives for the amount in scope, read in any order, and none for a year
// without a split.
describe('sharePliByYear', () => {
  it("writes each year's sharing steps when read: shareParsed's for the amount in scope", () => {
    const scenario = parseScenario(seedJson());
    const agreement = scenario.pli?.sharing?.agreement;
    if (agreement === undefined) throw new Error('the seed shares its PLI');
    const result = runScenario({ ...scenario, variants: [] });
    expect(result.pli?.years.some((y) => y.sharingSteps.length > 0)).toBe(true);
    for (const pli of [result.pli, result.actuals?.pli]) {
      const years = [...(pli?.years ?? [])].reverse();
      for (const y of years) {
        const want = y.inScope.amount.greaterThan(0)
          ? shareParsed(computedInr(y.inScope.amount), agreement).steps.map((s) => s.description)
          : [];
        expect(y.sharingSteps).toEqual(want);
        expect(y.sharingSteps).toBe(y.sharingSteps);
        expect(Object.keys(y)).toContain('sharingSteps');
      }
    }
  });
});

describe('sharePliByYear: the amount in scope', () => {
  it("is each shared enrolment's incentive × its scoped segments' share of its sales, zero when nothing is earned", () => {
    const scenario = parseScenario(seedJson());
    const scope = scenario.pli?.sharing?.scope;
    const result = runScenario({ ...scenario, variants: [] });
    for (const pli of [result.pli, result.actuals?.pli]) {
      pli?.years.forEach((y, i) => {
        let want = new Decimal(0);
        for (const e of pli.enrolments) {
          if (!(scope?.enrolments ?? []).includes(e.id)) continue;
          const amount = e.years[i]?.incentive.amount ?? new Decimal(0);
          const sales = (keep: (id: string) => boolean) =>
            (result.operations[i]?.segments ?? [])
              .filter((s) => e.segments.includes(s.segment) && keep(s.segment))
              .reduce((a, s) => a.plus(s.revenue.amount), new Decimal(0));
          const all = sales(() => true);
          const share = all.isZero()
            ? new Decimal(0)
            : sales((id) => scope?.segments?.includes(id) ?? true).dividedBy(all);
          want = want.plus(amount.times(share));
        }
        expect(y.inScope.amount.toString()).toBe(want.toString());
      });
    }
    expect(result.pli?.years.some((y) => y.inScope.amount.greaterThan(0))).toBe(true);
  });
});
