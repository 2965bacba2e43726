import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ValidationError } from '../../src/core/errors.js';
import { datedSumKey } from '../../src/finance/_lib/datedRate.js';
import { prepareXnpv } from '../../src/finance/prepareXnpv.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { terminalValue } from '../../src/model/terminalValue.js';
import {
  type SharedXirr,
  valueDatedFlows,
  valueDatedFlowsSharing,
} from '../../src/model/valuation.js';
import { crore } from '../../src/money/constructors.js';
import { seedJson, setAt } from './_seed.js';

const d = (x: string | number) => new Decimal(x);
const cr = (m: { amount: Decimal }) => m.amount.dividedBy(1e7).toFixed(4);

describe('terminalValue (Gordon, hand-worked)', () => {
  const last = { ebit: d(100), netAssets: d(300), workingCapital: d(100) };

  it('capitalises next year’s after-tax operating profit less reinvestment at g', () => {
    // NOPAT₊₁ = 100 × 1.02 × 0.75 = 76.5; reinvestment = 0.02 × 400 = 8; FCF₊₁ = 68.5;
    // TV = 68.5 ÷ (0.12 − 0.02) = 685.
    const tv = terminalValue(last, {
      method: 'perpetuity-growth',
      growth: d('0.02'),
      discountRate: d('0.12'),
      taxRate: d('0.25'),
    });
    expect(tv.value.amount.toFixed()).toBe('685');
    expect(tv.gordon?.nopat.amount.toFixed()).toBe('76.5');
    expect(tv.gordon?.reinvestment.amount.toFixed()).toBe('8');
  });

  it('at g = 0 is NOPAT ÷ r: no growth needs no net reinvestment', () => {
    const tv = terminalValue(last, {
      method: 'perpetuity-growth',
      growth: d(0),
      discountRate: d('0.1'),
      taxRate: d('0.25'),
    });
    expect(tv.value.amount.toFixed()).toBe('750');
  });

  it('refuses g ≥ r with a ValidationError at the field', () => {
    const call = () =>
      terminalValue(last, {
        method: 'perpetuity-growth',
        growth: d('0.12'),
        discountRate: d('0.12'),
        taxRate: d('0.25'),
      });
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(/finance\.terminalValue\.growth/);
  });

  it('net assets: net block plus working capital', () => {
    expect(terminalValue(last, { method: 'net-assets' }).value.amount.toFixed()).toBe('400');
  });
});

describe('valueDatedFlows', () => {
  const rows = [
    { year: 'FY2021-22', date: '2022-03-31', flow: crore(-100) },
    { year: 'FY2022-23', date: '2023-03-31', flow: crore(20) },
  ];

  it('discounts each flow from the valuation date, Actual/365 (end of year)', () => {
    // 365 and 730 days from 31 Mar 2021: −100/1.12 + 20/1.12² = −71.4286; TV 200/1.12² = 159.4388.
    const v = valueDatedFlows(
      { rows, terminal: { date: '2023-03-31', value: crore(200) } },
      d('0.12'),
      '2021-03-31',
      'end-of-year',
    );
    expect(cr(v.npvWithoutTerminal)).toBe('-73.3418');
    expect(cr(v.terminalValuePresent)).toBe('159.4388');
    expect(cr(v.npv)).toBe('86.0969');
    // The terminal value is 185% of the NPV: flagged.
    expect(v.terminalShare?.toFixed(4)).toBe('1.8519');
    expect(v.terminalDominates).toBe(true);
  });

  it('mid-year: each flow half a year earlier, at 1 October', () => {
    const mid = [
      { year: 'FY2021-22', date: '2021-10-01', flow: crore(-100) },
      { year: 'FY2022-23', date: '2022-10-01', flow: crore(20) },
    ];
    const v = valueDatedFlows(
      { rows: mid, terminal: { date: '2023-03-31', value: crore(0) } },
      d('0.12'),
      '2021-03-31',
      'mid-year',
    );
    // 184 and 549 days: −100 × 1.12^(−184/365) + 20 × 1.12^(−549/365).
    const expected = d(-100)
      .times(d('1.12').toPower(d(-184).dividedBy(365)))
      .plus(d(20).times(d('1.12').toPower(d(-549).dividedBy(365))));
    expect(cr(v.npv)).toBe(expected.toFixed(4));
    expect(v.convention).toBe('mid-year');
    expect(v.terminalShare).toBeNull();
  });

  it('values at a date inside the first year: an earlier flow is compounded forward', () => {
    const v = valueDatedFlows(
      {
        rows: [{ year: 'FY2021-22', date: '2021-04-30', flow: crore(100) }],
        terminal: { date: '2022-03-31', value: crore(0) },
      },
      d('0.1'),
      '2022-04-30',
      'end-of-year',
    );
    // 365 days later: 100 × 1.1.
    expect(cr(v.npv)).toBe('110.0000');
  });

  it('IRR is XIRR on the dated flows: −100 then +121 a year later is 21%', () => {
    const v = valueDatedFlows(
      {
        rows: [
          { year: 'FY2021-22', date: '2022-03-31', flow: crore(-100) },
          { year: 'FY2022-23', date: '2023-03-31', flow: crore(121) },
        ],
        terminal: { date: '2023-03-31', value: crore(0) },
      },
      d('0.1'),
      '2021-08-24',
      'end-of-year',
    );
    expect(v.irr.value?.toFixed(6)).toBe('0.210000');
  });

  it('gives the same digits with a prepared rate, and ignores one prepared for another rate', () => {
    const rate = d('0.12');
    const flows = { rows, terminal: { date: '2023-03-31', value: crore(200) } };
    const plain = valueDatedFlows(flows, rate, '2021-03-31', 'end-of-year');
    const prepared = prepareXnpv(rate);
    const shared = valueDatedFlows(flows, rate, '2021-03-31', 'end-of-year', { prepared });
    expect(JSON.stringify(shared)).toBe(JSON.stringify(plain));
    // Prepared for 9%: not this valuation's rate, so it is not used.
    const other = valueDatedFlows(flows, rate, '2021-03-31', 'end-of-year', {
      prepared: prepareXnpv('0.09'),
    });
    expect(JSON.stringify(other)).toBe(JSON.stringify(plain));
  });

  it('reads each date once, and rejects one that is not a calendar date as xnpv does', () => {
    const rate = d('0.12');
    const bad = [
      { year: 'FY2021-22', date: '2022-03-31', flow: crore(-100) },
      { year: 'FY2022-23', date: '2023-02-30', flow: crore(20) },
    ];
    const flows = { rows: bad, terminal: { date: '2023-03-31', value: crore(200) } };
    expect(() => valueDatedFlows(flows, rate, '2021-03-31', 'end-of-year')).toThrow(
      '[crorecast] date "2023-02-30" (flows[2].date) is not a calendar date: give a yyyy-MM-dd string or a valid Date',
    );
    expect(() =>
      valueDatedFlows(
        { rows, terminal: { date: '2023-03-31', value: crore(200) } },
        rate,
        '31/03/2021',
        'end-of-year',
      ),
    ).toThrow('[crorecast] date "31/03/2021" (flows[0].date) is not a calendar date');
  });

  it('shares one XIRR among valuations whose flows read to the same stream', () => {
    const rate = d('0.12');
    const flows = { rows, terminal: { date: '2023-03-31', value: crore(200) } };
    // A year of zero flow after the horizon (as a variant's longer PLI tail): another valuation,
    // the same stream for XIRR.
    const longer = {
      ...flows,
      rows: [...rows, { year: 'FY2023-24', date: '2024-03-31', flow: crore(0) }],
    };
    const solved = new Map<string, Decimal>();
    let solves = 0;
    const sharedXirr: SharedXirr = (sum, solve) => {
      const key = datedSumKey(sum);
      let rateFound = solved.get(key);
      if (rateFound === undefined) {
        solves++;
        rateFound = solve();
        solved.set(key, rateFound);
      }
      return rateFound;
    };
    const value = (f: typeof flows) =>
      valueDatedFlowsSharing(f, rate, '2021-03-31', 'end-of-year', {}, { xirr: sharedXirr });
    const first = value(flows);
    const second = value(longer);
    expect(solves).toBe(1);
    expect(JSON.stringify(first)).toBe(
      JSON.stringify(valueDatedFlows(flows, rate, '2021-03-31', 'end-of-year')),
    );
    expect(JSON.stringify(second)).toBe(
      JSON.stringify(valueDatedFlows(longer, rate, '2021-03-31', 'end-of-year')),
    );
    expect(second.irr.value).toBe(first.irr.value);
    // What the sharing returns is what the valuation reports.
    const fixed = valueDatedFlowsSharing(
      flows,
      rate,
      '2021-03-31',
      'end-of-year',
      {},
      {
        xirr: () => d('0.5'),
      },
    );
    expect(fixed.irr.value?.toString()).toBe('0.5');
  });
});

describe('runScenario — incremental valuation against a baseline', { timeout: 60_000 }, () => {
  const run = (edit: (json: Record<string, unknown>) => void = () => {}) => {
    const json = seedJson();
    edit(json);
    return runScenario(parseScenario(json));
  };

  it('without a baseline values the whole business, and says so', () => {
    const r = run((j) => {
      setAt(j, 'baseline', undefined);
      const meta = j.meta as { assumptions: { appliesTo: string[] }[] };
      meta.assumptions = meta.assumptions.filter((a) => !a.appliesTo.includes('baseline'));
    });
    expect(r.valuation.basis).toBe('whole-business');
    expect(r.valuation.baseline).toBeNull();
    expect(r.valuation.incremental).toBeNull();
  });

  it('with the opening run-rate values plan − baseline flows, year by year', () => {
    const r = run((j) => setAt(j, 'baseline', { kind: 'opening-run-rate' }));
    const v = r.valuation;
    expect(v.basis).toBe('incremental');
    const inc = v.incremental?.withPli ?? [];
    for (const y of inc) {
      expect(y.increment.amount.toFixed()).toBe(y.plan.amount.minus(y.baseline.amount).toFixed());
    }
    // The plan's own flows are the whole business's.
    expect(inc.map((y) => y.plan.amount.toFixed())).toEqual(
      r.cashFlow.withPli.map((f) => f.freeCashFlow.amount.toFixed()),
    );
    // NPV is linear: the increment's NPV is the plan's less the baseline's (valued alike).
    const baselineNpv = v.business.withPli.npv.amount.minus(v.withPli.npv.amount);
    const tvBaseline = v.baseline?.terminalValue.amount ?? d(0);
    // At OEL's opening scale (A17) the baseline loses money on its fixed costs: its NPV is
    // negative, though it still holds working capital at the end.
    expect(baselineNpv.lessThan(0)).toBe(true);
    expect(tvBaseline.greaterThan(0)).toBe(true);
    // The baseline earns no PLI (no new investment meets a threshold): without PLI the gap
    // between plan and increment is the same baseline.
    const gapWithout = v.business.withoutPli.npv.amount.minus(v.withoutPli.npv.amount);
    expect(gapWithout.toFixed(6)).toBe(baselineNpv.toFixed(6));
  });

  it('with a named variant as the baseline, values against that variant', () => {
    const r = run((j) => {
      (j.variants as unknown[]).push({
        id: 'no-plan',
        name: 'Without the plan',
        overrides: { operatingCosts: { shareOfRevenue: '0.5' } },
      });
      setAt(j, 'baseline', { variant: 'no-plan' });
    });
    expect(r.valuation.baseline?.kind).toBe('variant');
    const inc = r.valuation.incremental?.withPli ?? [];
    const noPlan = r.variants.find((v) => v.id === 'no-plan')?.result;
    expect(inc[0]?.baseline.amount.toFixed()).toBe(
      noPlan?.cashFlow.withPli[0]?.freeCashFlow.amount.toFixed(),
    );
  });

  it('names an unknown baseline variant at its path', () => {
    const json = seedJson();
    setAt(json, 'baseline', { variant: 'nowhere' });
    expect(() => parseScenario(json)).toThrow(/baseline\.variant/);
  });
});
