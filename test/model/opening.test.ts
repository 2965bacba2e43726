import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/model/index.js';
import { scenarioIssues, seedSingleRun } from './_seed.js';

// biome-ignore lint/suspicious/noExplicitAny: a scenario file edited in place, as JSON
type Json = Record<string, any>;

/**
 * The seed without its variants, actuals and baseline (one run, not six), and with the phone
 * lines' first phase moved to FY2022-23: the LSEM enrolment then has nothing invested by the end
 * of FY2021-22, its first scheme year, whose cumulative threshold is ₹50 crore.
 */
function plan(): Json {
  const json = seedSingleRun() as Json;
  json.investments[0].start = 'FY2022-23';
  return json;
}

/** The plan with a ₹60 crore pilot line of FY2020-21 as its opening position. */
function withOpening(): Json {
  const json = plan();
  json.opening = {
    investments: [{ id: 'pilot-line', name: 'Pilot line', year: 'FY2020-21', amount: '₹60 crore' }],
    netBlock: {
      book: '₹57 crore',
      remainingLife: '9.5',
      taxWrittenDownValue: { 'plant-and-machinery': '₹51 crore' },
    },
    headcount: '1800',
    sales: [
      { year: 'FY2019-20', amount: '₹3,400 crore' },
      { year: 'FY2020-21', amount: '₹2,900 crore', note: 'lockdowns' },
    ],
  };
  json.pli.enrolments[0].investments.push('pilot-line');
  // The opening headcount moves from the projection's field to the opening position.
  delete json.headcount.opening;
  const moved = (p: string) => (p === 'headcount.opening' ? 'opening.headcount' : p);
  for (const list of [json.meta.facts, json.meta.assumptions]) {
    for (const f of list) f.appliesTo = f.appliesTo.map(moved);
  }
  return json;
}

describe('opening position', () => {
  it('counts investment before the horizon towards the PLI investment threshold', {
    timeout: 60_000,
  }, () => {
    const without = runScenario(parseScenario(plan())).pli?.enrolments[0]?.years[0];
    const withIt = runScenario(parseScenario(withOpening())).pli?.enrolments[0]?.years[0];
    // Without it: ₹0 invested by the end of FY2021-22 against a ₹50 crore threshold — no incentive.
    expect(without?.cumulativeInvestment.amount.toFixed()).toBe('0');
    expect(without?.reasons).toContain(
      'cumulative investment ₹0 crore is below the ₹50 crore threshold for scheme year 1',
    );
    expect(without?.incentive.amount.isZero()).toBe(true);
    // With the ₹60 crore of FY2020-21: the threshold is met and the year earns 6% of its net
    // incremental sales (the sales are the same in both runs). LSEM year 1 counts from 1 August,
    // so it is claimed on the phone segments' monthly sales of August 2021 – March 2022,
    // ₹2,966.27 crore (of ₹3,311.37 crore for the year), against 8/12 of the ₹181.8 crore base
    // year, ₹121.20 crore: ₹2,845.07 crore → 6% = ₹170.70 crore. (8/12 of the year's sales
    // would have given ₹2,207.58 − ₹121.20 = ₹2,086.38 crore.)
    expect(withIt?.cumulativeInvestment.amount.toFixed()).toBe('600000000');
    expect(withIt?.reasons).toContain(
      'cumulative investment ₹60 crore meets the ₹50 crore threshold for scheme year 1',
    );
    expect(withIt?.netIncrementalSales.amount.toFixed()).toBe(
      without?.netIncrementalSales.amount.toFixed(),
    );
    // The engine rounds the incentive to the paisa.
    expect(withIt?.incentive.amount.toFixed()).toBe(
      withIt?.netIncrementalSales.amount.times('0.06').toFixed(2),
    );
    expect(withIt?.reasons).toContain(
      "scheme year 1 counts sales from 1 August; the claim covers 1 August 2021 to the year's end (8 months): those months' own sales, ₹2,966.27 crore of ₹3,311.37 crore for the year, against 8/12 of the base year (₹121.20 crore)",
    );
    expect(withIt?.netIncrementalSales.amount.dividedBy(1e7).toFixed(2)).toBe('2845.07');
    expect(withIt?.incentive.amount.dividedBy(1e7).toFixed(2)).toBe('170.70');
  });

  it('depreciates the opening net block, in the book and for tax, and opens the headcount', {
    timeout: 60_000,
  }, () => {
    const a = runScenario(parseScenario(plan()));
    const b = runScenario(parseScenario(withOpening()));
    const crore = (
      m: { amount: { dividedBy: (n: number) => { toFixed: (d: number) => string } } } | undefined,
    ) => m?.amount.dividedBy(1e7).toFixed(4);
    // Book: ₹57 crore over 9.5 years = ₹6 crore a year, on top of the plan's own charge.
    expect(crore(b.investment.years[0]?.depreciation)).toBe(
      (Number(crore(a.investment.years[0]?.depreciation)) + 6).toFixed(4),
    );
    // Net block: the plan's plus 57 − 6 = ₹51 crore after the first year.
    expect(
      b.investment.years[0]?.netBlock.amount
        .minus(a.investment.years[0]?.netBlock.amount ?? 0)
        .toFixed(),
    ).toBe('510000000');
    // Tax: the ₹51 crore written-down value in plant and machinery at 15% = ₹7.65 crore more.
    expect(
      b.tax.depreciation[0]?.depreciation.amount
        .minus(a.tax.depreciation[0]?.depreciation.amount ?? 0)
        .toFixed(),
    ).toBe('76500000');
    // Cumulative investment counts the opening investment from the first year.
    expect(
      b.investment.years[4]?.cumulative.amount
        .minus(a.investment.years[4]?.cumulative.amount ?? 0)
        .toFixed(),
    ).toBe('600000000');
    expect(b.operations[0]?.headcount?.opening.toFixed()).toBe('1800');
    expect(b.opening?.growth?.from).toBe('FY2020-21');
    expect(b.opening?.growth?.rate?.toFixed(4)).toBe(
      b.operations[0]?.revenue.amount.dividedBy('29000000000').minus(1).toFixed(4),
    );
    expect(b.opening?.netBlock?.yearlyDepreciation.amount.toFixed()).toBe('60000000');
  });

  it('names the field of each inconsistent opening figure', () => {
    const json = withOpening();
    json.opening.investments.push({ id: 'mobile-lines', year: 'FY2021-22', amount: '₹1 crore' });
    json.opening.sales[0].year = 'FY2022-23';
    json.opening.sales.push({ year: 'FY2020-21', amount: '₹1 crore' });
    json.headcount.opening = '2000';
    json.pli.enrolments[0].baseYearSales = '₹3,500 crore';
    expect(scenarioIssues(json)).toEqual([
      'opening.investments[1].year: FY2021-22 is not before the horizon, which starts in FY2021-22',
      'opening.investments[1].id: "mobile-lines" is also an investment of the plan: give it another id',
      'opening.headcount: give the opening headcount once: here or in headcount.opening',
      'opening.sales[0].year: FY2022-23 is not before the horizon, which starts in FY2021-22',
      'opening.sales[2].year: FY2020-21 is given twice',
    ]);
    const noBlock = withOpening();
    delete noBlock.opening.netBlock;
    noBlock.pli.enrolments[0].baseYearSales = '₹3,500 crore';
    noBlock.opening.sales[0].year = 'FY2019-20';
    expect(scenarioIssues(noBlock)).toEqual([
      'opening.netBlock: investment was made before the horizon: state the net block it left (book, remainingLife, taxWrittenDownValue)',
      "pli.enrolments[0].baseYearSales: exceeds the company's FY2019-20 net sales in opening.sales (3400 crore)",
    ]);
  });
});
