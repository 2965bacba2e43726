import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { Money } from '../../src/money/money.js';
import { seedResult } from '../_lib/seedResults.js';
import { seedJson, setAt } from './_seed.js';

const crore = (m: Money) => m.amount.dividedBy(1e7).toFixed(2);
const run = (mutate: (json: Record<string, unknown>) => void) => {
  const json = seedJson();
  mutate(json);
  return runScenario(parseScenario(json));
};
const base = seedResult();

/** Removes the registry's references to fields a variant deletes (the registry must stay valid). */
function dropFromRegistry(json: Record<string, unknown>, paths: RegExp): void {
  type Entry = { appliesTo: string[] };
  const meta = json.meta as { assumptions: Entry[]; facts: Entry[] };
  for (const e of [...meta.assumptions, ...meta.facts]) {
    e.appliesTo = e.appliesTo.filter((p) => !paths.test(p));
  }
  meta.assumptions = meta.assumptions.filter((e) => e.appliesTo.length > 0);
  meta.facts = meta.facts.filter((e) => e.appliesTo.length > 0);
}

describe('runScenario — variants of the seed', () => {
  it('a longer PLI lag moves receipts later and lowers NPV, leaving the P&L alone', () => {
    const late = run((j) => setAt(j, 'pli.disbursementLagYears', 2));
    expect(late.pli?.years.map((y) => y.year).slice(-2)).toEqual(['FY2026-27', 'FY2027-28']);
    expect(crore(late.pli?.years[2]?.received as Money)).toBe(
      crore(base.pli?.years[0]?.shares.optiemus as Money),
    );
    expect(late.profitAndLoss.withPli.map((p) => crore(p.profitAfterTax))).toEqual(
      base.profitAndLoss.withPli.map((p) => crore(p.profitAfterTax)),
    );
    expect(late.valuation.withPli.npv.amount.lessThan(base.valuation.withPli.npv.amount)).toBe(
      true,
    );
    expect(crore(late.valuation.withoutPli.npv)).toBe(crore(base.valuation.withoutPli.npv));
  });

  it('with no lag the company receives PLI in the year it is earned', () => {
    const now = run((j) => setAt(j, 'pli.disbursementLagYears', 0));
    expect(now.pli?.years).toHaveLength(5);
    expect(now.pli?.years.map((y) => crore(y.received))).toEqual(
      base.pli?.years.slice(0, 5).map((y) => crore(y.shares.optiemus as Money)),
    );
  });

  it('without sharing the company keeps the whole incentive', () => {
    const alone = run((j) => {
      setAt(j, 'pli.sharing', undefined);
      dropFromRegistry(j, /^pli\.sharing/);
    });
    expect(alone.pli?.parties.map((p) => p.id)).toEqual(['company']);
    expect(crore(alone.pli?.totalShares.company as Money)).toBe(crore(base.pli?.total as Money));
  });

  it('runs without PLI, headcount or targets', () => {
    const bare = run((j) => {
      setAt(j, 'pli', undefined);
      setAt(j, 'headcount', undefined);
      setAt(j, 'targets', undefined);
      setAt(j, 'variants', undefined);
      setAt(j, 'actuals', undefined);
      // The seed's uncertainty section draws PLI and headcount inputs that are gone here.
      setAt(j, 'uncertainty', undefined);
      dropFromRegistry(j, /^(pli|headcount|targets|variants|actuals|uncertainty)/);
    });
    expect(bare.pli).toBeNull();
    expect(bare.operations.every((o) => o.headcount === null)).toBe(true);
    expect(bare.targets).toEqual([]);
    expect(bare.answers.revenue).toBeNull();
    // Without payroll the EBITDA is higher by exactly the payroll.
    const payroll = base.operations[0]?.headcount?.payroll.amount;
    expect(bare.profitAndLoss.withPli[0]?.ebitda.amount.minus(payroll ?? 0).toFixed(6)).toBe(
      base.profitAndLoss.withPli[0]?.ebitda.amount.toFixed(6),
    );
  });

  it('values a perpetuity on after-tax operating profit without PLI, reinvesting at g', () => {
    const gordon = run((j) =>
      setAt(j, 'finance.terminalValue', { method: 'perpetuity-growth', growth: '0.04' }),
    );
    // Gordon by hand from the last year: FCF₊₁ = EBIT × 1.04 × (1 − t) − 0.04 × (net block +
    // working capital); TV = FCF₊₁ ÷ (0.12 − 0.04). PLI is left out: it ends with the scheme.
    const ebit = gordon.profitAndLoss.withoutPli[4]?.ebit.amount;
    const capital = gordon.valuation.terminal.gordon?.reinvestment.amount.dividedBy('0.04');
    const t = gordon.tax.rate;
    const fcf = ebit
      ?.times('1.04')
      .times(t.negated().plus(1))
      .minus(capital?.times('0.04') ?? 0);
    expect(gordon.cashFlow.withoutPli[4]?.terminalValue.amount.toFixed(6)).toBe(
      fcf?.dividedBy('0.08').toFixed(6),
    );
    // The capital base is the closing net block + CWIP and working capital.
    const closingWc = gordon.workingCapital[4]?.net.amount;
    const netBlock = gordon.investment.years[4]?.netBlock.amount;
    expect(capital?.minus(closingWc ?? 0).greaterThanOrEqualTo(netBlock ?? 0)).toBe(true);
    expect(gordon.valuation.terminalMethod).toBe('perpetuity-growth');
  });

  it('refuses a growth rate at or above the discount rate, at the field', () => {
    const json = seedJson();
    setAt(json, 'finance.terminalValue', { method: 'perpetuity-growth', growth: '0.12' });
    expect(() => parseScenario(json)).toThrow(/finance\.terminalValue\.growth/);
  });

  it('an invoice floor splits the phones into bands: below ₹15,000 earns nothing', () => {
    // The same phones under LSEM's global category (what the global partner could claim): the
    // engine gets each segment's whole units at its average invoice value and applies the floor.
    // (In place of the domestic enrolment: the same phones cannot be claimed twice.)
    const global = run((j) => {
      const pli = j.pli as { enrolments: Record<string, unknown>[] };
      pli.enrolments[0] = {
        ...pli.enrolments[0],
        category: 'global-mobile',
        baseYearSales: '₹0 crore',
      };
    });
    const view = global.pli?.enrolments.find((e) => e.id === 'lsem-domestic-mobile');
    const ops = global.operations[0];
    const below = (ops?.segments ?? [])
      .filter((seg) => seg.segment === 'smartphones-value' || seg.segment === 'feature-phones')
      .reduce((sum, seg) => sum.plus(seg.revenue.amount), new Decimal(0));
    // Value smartphones (₹9,000) and feature phones (₹1,050) are all below the floor; the
    // difference is at most half a unit per segment from rounding to whole units.
    // Year 1 counts from 1 August: the plan's own sales of August to March, month by month —
    // more than 8/12 of the year's (the plant ramps up through the year), less than all of it.
    const counted = view?.years[0]?.belowFloorSales.amount ?? new Decimal(0);
    expect(counted.greaterThan(below.times(2).dividedBy(3))).toBe(true);
    expect(counted.lessThan(below)).toBe(true);
    expect(view?.years[0]?.belowFloorSales.amount.greaterThan(0)).toBe(true);
  });

  it('with no terminal value the plan is valued on its own years', () => {
    const none = run((j) => setAt(j, 'finance.terminalValue', { method: 'none' }));
    expect(none.cashFlow.withPli.every((f) => f.terminalValue.amount.isZero())).toBe(true);
    expect(
      none.valuation.withoutPli.npv.amount.lessThan(base.valuation.withoutPli.npv.amount),
    ).toBe(true);
  });

  it('a hiring limit that binds is named as the binding constraint', () => {
    const slow = run((j) => setAt(j, 'headcount.maxHiresPerMonth', '150'));
    const hc = slow.targets.find((t) => t.metric === 'headcount');
    expect(hc?.reached).toBe(false);
    expect(hc?.bindingConstraint).toBe('hiring-limit');
    expect(slow.operations.some((o) => (o.headcount?.hiringLimitMonths ?? 0) > 0)).toBe(true);
  });

  it("runs the seed's variants in full and compares them in the report", () => {
    expect(base.variants.map((v) => v.id)).toEqual([
      'pli-two-years-late',
      'weaker-rupee',
      'pli-rules-notified-at-the-time',
      'pli-not-earned',
    ]);
    const [late, rupee] = base.variants;
    // Two years' lag: the same PLI, received later, so a lower NPV with PLI.
    expect(crore(late?.result.pli?.total as Money)).toBe(crore(base.pli?.total as Money));
    expect(
      late?.result.valuation.withPli.npv.amount.lessThan(base.valuation.withPli.npv.amount),
    ).toBe(true);
    // A weaker rupee raises the cost of imported parts faster than prices: lower EBITDA.
    const ebitda = (r: typeof base) => r.profitAndLoss.withPli[4]?.ebitda.amount;
    expect(ebitda(rupee?.result ?? base)?.lessThan(ebitda(base) ?? 0)).toBe(true);
    expect(late?.result.variants).toEqual([]);
  });

  it("names a variant's problems by the variant and the merged field", () => {
    expect(() =>
      run((j) => {
        const variants = j.variants as { overrides: Record<string, unknown> }[];
        if (variants[1]) variants[1].overrides = { finance: { taxRate: '1.5' } };
      }),
    ).toThrow(/variants\[1\]\.overrides\.finance\.taxRate: must be a fraction between 0 and 1/);
  });

  it('rejects capex beyond the horizon, naming the investment', () => {
    expect(() => run((j) => setAt(j, 'investments[5].periods', 6))).toThrow(
      /investments\[5\]: spends in FY2026-27, outside the horizon FY2021-22\.\.FY2025-26/,
    );
  });
});
