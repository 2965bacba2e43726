import { differenceInCalendarDays, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import type { OutturnLine } from '../../src/model/outturn.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { ScenarioResult } from '../../src/model/types.js';
import type { Money } from '../../src/money/money.js';
import { seedResult } from '../_lib/seedResults.js';
import { seedJson, setAt } from './_seed.js';

const d = (x: string | number) => new Decimal(x);
const crore = (m: Money) => m.amount.dividedBy(1e7).toFixed(2);
const run = (edit: (j: Record<string, unknown>) => void = () => {}): ScenarioResult => {
  const json = seedJson();
  edit(json);
  return runScenario(parseScenario(json));
};
const line = (lines: readonly OutturnLine[] | undefined, id: string) => {
  const found = lines?.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no line ${id}`);
  return found;
};
const at = (l: OutturnLine, year: string) => {
  const y = l.years.find((x) => x.year === year);
  if (y === undefined) throw new Error(`no ${year} in ${l.id}`);
  return y;
};

/** Every line's totals are the sums of its rows, and each variance is outturn − plan. */
function expectLinesTie(lines: readonly OutturnLine[]) {
  for (const l of lines) {
    const sum = (f: (x: (typeof l.years)[number]) => Money) =>
      l.years.reduce((s, x) => s.plus(f(x).amount), d(0)).toFixed();
    expect(l.total.plan.amount.toFixed(), l.id).toBe(sum((x) => x.plan));
    expect(l.total.outturn.amount.toFixed(), l.id).toBe(sum((x) => x.outturn));
    expect(l.total.variance.amount.toFixed(), l.id).toBe(sum((x) => x.variance));
    for (const x of l.years) {
      expect(x.variance.amount.toFixed(), `${l.id} ${x.year}`).toBe(
        x.outturn.amount.minus(x.plan.amount).toFixed(),
      );
    }
  }
}

describe('the outturn: the plan with what happened, through P&L, cash flow and value', () => {
  // One known year, FY2023-24, with revenue at ₹8,373.29 crore (half the plan's ₹16,746.58).
  const half = run((j) =>
    setAt(j, 'actuals', [
      {
        year: 'FY2023-24',
        revenue: '₹8,373.29 crore',
        confidence: 'reported',
        sources: ['news-2021-08-24'],
      },
    ]),
  );
  const o = half.outturn;

  it('is the plan, line for line, when the actuals change no figure', () => {
    const same = run((j) =>
      setAt(j, 'actuals', [
        { year: 'FY2022-23', confidence: 'reported', sources: ['news-2021-08-24'] },
      ]),
    );
    const lines = [...(same.outturn?.profitAndLoss ?? []), ...(same.outturn?.cashFlow ?? [])];
    expect(lines.length).toBe(17);
    for (const l of lines) expect(l.total.variance.amount.isZero(), l.id).toBe(true);
    expect(same.outturn?.npv.withPli.outturn.amount.toFixed()).toBe(
      same.valuation.withPli.npv.amount.toFixed(),
    );
    expect(same.outturn?.npv.withoutPli.variance.amount.isZero()).toBe(true);
  });

  it('takes the actual revenue in the known year and re-forecasts the later years at its ratio', () => {
    const revenue = line(o?.profitAndLoss, 'revenue');
    // FY2023-24: the actual. The ratio 8,373.29 ÷ 16,746.58… ≈ 0.5, so FY2024-25 is about half
    // the plan's ₹20,520.86 crore (₹10,260.43 crore) and FY2025-26 half of ₹22,821.44 crore.
    const known = at(revenue, 'FY2023-24');
    expect(crore(known.outturn)).toBe('8373.29');
    const ratio = known.outturn.amount.dividedBy(known.plan.amount);
    for (const year of ['FY2024-25', 'FY2025-26']) {
      expect(at(revenue, year).outturn.amount.toFixed(6)).toBe(
        at(revenue, year).plan.amount.times(ratio).toFixed(6),
      );
    }
    expect(crore(at(revenue, 'FY2024-25').outturn)).toBe('10260.43');
    // The years before stay the plan's.
    expect(at(revenue, 'FY2022-23').variance.amount.isZero()).toBe(true);
  });

  it('scales costs as the model implies and the P&L ties line by line (FY2023-24)', () => {
    const pnl = o?.profitAndLoss;
    const y = 'FY2023-24';
    const v = (id: string) => at(line(pnl, id), y).outturn.amount;
    const p = (id: string) => at(line(pnl, id), y).plan.amount;
    const ratio = v('revenue').dividedBy(p('revenue'));
    expect(ratio.toFixed(6)).toBe('0.500000');
    // Cost of goods and payroll (no headcount actuals) with revenue; other costs: the fixed part
    // as planned and 1% of the revenue change.
    expect(v('costOfGoods').toFixed(6)).toBe(p('costOfGoods').times(ratio).toFixed(6));
    expect(v('payroll').toFixed(6)).toBe(p('payroll').times(ratio).toFixed(6));
    expect(v('otherOperatingCosts').toFixed(6)).toBe(
      p('otherOperatingCosts')
        .plus(v('revenue').minus(p('revenue')).times('0.01'))
        .toFixed(6),
    );
    // EBITDA = revenue − the three costs; PBT = EBITDA − depreciation + PLI − partners' share;
    // PAT = PBT − tax.
    expect(v('ebitda').toFixed(6)).toBe(
      v('revenue')
        .minus(v('costOfGoods'))
        .minus(v('payroll'))
        .minus(v('otherOperatingCosts'))
        .toFixed(6),
    );
    expect(v('profitBeforeTax').toFixed(6)).toBe(
      v('ebitda')
        .minus(v('depreciation'))
        .plus(v('pliIncome'))
        .minus(v('pliPaidToPartners'))
        .toFixed(6),
    );
    expect(v('profitAfterTax').toFixed(6)).toBe(v('profitBeforeTax').minus(v('tax')).toFixed(6));
    // Capex is unchanged, so depreciation is the plan's.
    expect(at(line(pnl, 'depreciation'), y).variance.amount.isZero()).toBe(true);
  });

  it('scales payroll with headcount and both depreciations with cumulative capex, to the digit', () => {
    const known = run((j) =>
      setAt(j, 'actuals', [
        {
          year: 'FY2022-23',
          revenue: '₹3,000 crore',
          headcount: 900,
          capex: '₹30 crore',
          confidence: 'reported',
          sources: ['news-2021-08-24'],
        },
      ]),
    );
    const y = 'FY2022-23';
    const pnl = known.outturn?.profitAndLoss;
    const v = (id: string) => at(line(pnl, id), y).outturn.amount;
    const p = (id: string) => at(line(pnl, id), y).plan.amount;
    const plan = known.profitAndLoss.withPli;
    const years = known.investment.years;
    const index = years.findIndex((x) => x.year === y);
    let cumPlan = d(0);
    let cumOut = d(0);
    years.slice(0, index + 1).forEach((x, i) => {
      cumPlan = cumPlan.plus(x.capex.amount);
      cumOut = cumOut.plus(i === index ? d('300000000') : x.capex.amount);
    });
    const heads = known.actuals?.rows.find((r) => r.metric === 'headcount')?.years[index];
    const headRatio = d(900).dividedBy(heads?.plan as Decimal);
    const capexRatio = cumOut.dividedBy(cumPlan);
    expect(v('costOfGoods').toString()).toBe(
      p('costOfGoods')
        .times(v('revenue').dividedBy(p('revenue')))
        .toString(),
    );
    expect(v('payroll').toString()).toBe(p('payroll').times(headRatio).toString());
    expect(headRatio.equals(v('revenue').dividedBy(p('revenue')))).toBe(false);
    expect(v('depreciation').toString()).toBe(p('depreciation').times(capexRatio).toString());
    const taxDep = known.outturn?.outturnProfitAndLoss.find((r) => r.year === y)?.taxDepreciation;
    const planTaxDep = plan.find((r) => r.year === y)?.taxDepreciation.amount ?? d(0);
    expect(taxDep?.amount.toString()).toBe(planTaxDep.times(capexRatio).toString());
    expect(capexRatio.equals(1)).toBe(false);
  });

  it('totals tie: each line’s totals are the sums of its rows', () => {
    expectLinesTie([...(o?.profitAndLoss ?? []), ...(o?.cashFlow ?? [])]);
  });

  it('cash flow ties: FCF = EBITDA − tax paid − capex − Δ working capital + PLI received', () => {
    const cf = o?.cashFlow;
    for (const x of line(cf, 'freeCashFlow').years) {
      const g = (id: string) => at(line(cf, id), x.year).outturn.amount;
      expect(x.outturn.amount.toFixed(6), x.year).toBe(
        g('ebitda')
          .minus(g('currentTax'))
          .minus(g('capex'))
          .minus(g('changeInWorkingCapital'))
          .plus(g('pliReceived'))
          .toFixed(6),
      );
    }
    // Working capital from the days on the outturn: FY2023-24 closes at 45/365 of revenue +
    // (45 − 60)/365 of cost of goods; its change is that less FY2022-23's (the plan's, unchanged).
    const pnl = o?.profitAndLoss;
    const close = (year: string) => {
      const rev = at(line(pnl, 'revenue'), year).outturn.amount;
      const cogs = at(line(pnl, 'costOfGoods'), year).outturn.amount;
      return rev
        .times(45)
        .plus(cogs.times(45 - 60))
        .dividedBy(365);
    };
    expect(at(line(cf, 'changeInWorkingCapital'), 'FY2023-24').outturn.amount.toFixed(6)).toBe(
      close('FY2023-24').minus(close('FY2022-23')).toFixed(6),
    );
  });

  it('values the outturn as the plan is valued: XNPV of the increment over the baseline', () => {
    // Recomputed here: each year's outturn flow less the baseline's at 1 October (mid-year), the
    // terminal value less the baseline's at 31 March 2026, at 12% from 24 August 2021 (Actual/365).
    const baseline = half.valuation.incremental?.withPli ?? [];
    const pv = (amount: Decimal, date: string) =>
      amount.dividedBy(
        d('1.12').pow(
          d(differenceInCalendarDays(parseISO(date), parseISO('2021-08-24'))).dividedBy(365),
        ),
      );
    let npv = d(0);
    for (const x of line(o?.cashFlow, 'freeCashFlow').years) {
      const base = baseline.find((b) => b.year === x.year)?.baseline.amount ?? d(0);
      npv = npv.plus(pv(x.outturn.amount.minus(base), `20${x.year.slice(4, 6)}-10-01`));
    }
    const tv = (o?.terminalValue.outturn.amount ?? d(0)).minus(
      half.valuation.baseline?.terminalValue.amount ?? d(0),
    );
    npv = npv.plus(pv(tv, '2026-03-31'));
    expect(o?.npv.withPli.outturn.amount.dividedBy(1e7).toFixed(6)).toBe(
      npv.dividedBy(1e7).toFixed(6),
    );
    // The plan's side is the headline valuation itself, and the variance is the difference.
    expect(o?.npv.withPli.plan.amount.toFixed()).toBe(half.valuation.withPli.npv.amount.toFixed());
    expect(o?.npv.withPli.variance.amount.toFixed()).toBe(
      o?.npv.withPli.outturn.amount.minus(o.npv.withPli.plan.amount).toFixed(),
    );
  });

  it('takes a stated PLI receipt over the disbursement schedule', () => {
    const none = run((j) =>
      setAt(j, 'actuals', [
        {
          year: 'FY2023-24',
          pliReceived: '₹0 crore',
          confidence: 'reported',
          sources: ['news-2021-08-24'],
        },
      ]),
    );
    const received = line(none.outturn?.cashFlow, 'pliReceived');
    // The plan receives ₹333.43 crore in FY2023-24 (FY2022-23's share, a year late); the outturn
    // none. The P&L still books the incentive as earned, so it is earned and never received.
    expect(crore(at(received, 'FY2023-24').plan)).toBe('333.43');
    expect(crore(at(received, 'FY2023-24').outturn)).toBe('0.00');
    expect(crore(none.outturn?.pliNotReceived as Money)).toBe('333.43');
    expect(crore(at(received, 'FY2024-25').outturn)).toBe('311.23');
  });

  it('sets the seed’s 2021 plan against what happened (reported revenue, no PLI received)', () => {
    const seed = seedResult();
    const s = seed.outturn;
    const revenue = line(s?.profitAndLoss, 'revenue');
    // OEL's turnover: ₹581.41 crore in FY2023-24, ₹231.19 crore in FY2024-25 (its parent's
    // disclosures); FY2025-26 re-forecast at 231.19 ÷ 20,520.86 of the plan's ₹22,821.44 crore.
    expect(revenue.years.map((x) => crore(x.outturn))).toEqual([
      '3712.03',
      '10979.50',
      '581.41',
      '231.19',
      '257.11',
    ]);
    // PLI: LSEM missed FY2021-22 to FY2023-24 and its later sales move with revenue, below the
    // base year: nothing. IT Hardware earns on the plan's sales of the years whose revenue is not
    // known (₹5.70 and ₹53.74 crore) and nothing once revenue falls; none of it is received.
    expect(line(s?.profitAndLoss, 'pliIncome').years.map((x) => crore(x.outturn))).toEqual([
      '5.70',
      '53.74',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(crore(line(s?.cashFlow, 'pliReceived').total.outturn)).toBe('0.00');
    expect(crore(s?.pliNotReceived as Money)).toBe('59.44');
    expect([crore(s?.npv.withPli.plan as Money), crore(s?.npv.withPli.outturn as Money)]).toEqual([
      '1199.99',
      '-292.11',
    ]);
    expect(crore(s?.npv.withoutPli.outturn as Money)).toBe('-278.76');
    expectLinesTie([...(s?.profitAndLoss ?? []), ...(s?.cashFlow ?? [])]);
  });
});

describe('the outturn of a year the plan left empty', () => {
  // No segment sells in FY2021-22 (every volume anchor up to March 2022 set to zero), but the
  // actuals report ₹100 crore of revenue that year: its costs follow the plan-wide ratios.
  const empty = run((j) => {
    for (const seg of j.segments as {
      volume: { anchors: { period: string; value: string }[] };
    }[]) {
      const later = seg.volume.anchors.filter((a) => a.period > '2022-03');
      seg.volume.anchors = [
        { period: '2021-04', value: '0' },
        { period: '2022-03', value: '0' },
        ...later,
      ];
    }
    setAt(j, 'actuals', [
      {
        year: 'FY2021-22',
        revenue: '₹100 crore',
        confidence: 'reported',
        sources: ['news-2021-08-24'],
      },
    ]);
  });

  it('books cost of goods at the plan-wide cost per rupee of revenue, not zero', () => {
    const revenue = at(line(empty.outturn?.profitAndLoss, 'revenue'), 'FY2021-22');
    const cogs = at(line(empty.outturn?.profitAndLoss, 'costOfGoods'), 'FY2021-22');
    expect(revenue.plan.amount.isZero()).toBe(true);
    expect(cogs.plan.amount.isZero()).toBe(true);
    const plan = empty.profitAndLoss.withPli;
    const ratio = plan
      .reduce((s, p) => s.plus(p.costOfGoods.amount), d(0))
      .dividedBy(plan.reduce((s, p) => s.plus(p.revenue.amount), d(0)));
    expect(cogs.outturn.amount.toFixed(2)).toBe(revenue.outturn.amount.times(ratio).toFixed(2));
    expect(cogs.outturn.amount.gt(0)).toBe(true);
    expectLinesTie([...(empty.outturn?.profitAndLoss ?? []), ...(empty.outturn?.cashFlow ?? [])]);
  });
});
