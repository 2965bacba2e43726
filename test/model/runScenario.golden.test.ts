import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { Money } from '../../src/money/money.js';
import { seedJson } from './_seed.js';

/**
 * Golden figures of the seed run (seeds/optiemus-wistron-2021.json), in ₹ crore to the paisa
 * (two decimals of a crore would hide a 1-lakh drift; these are full-precision results rounded
 * here only). Each block says how the figure was checked by hand.
 */
const result = runScenario(parseScenario(seedJson()));
const crore = (m: Money) => m.amount.dividedBy(1e7).toFixed(2);

describe('runScenario — the seed plan (golden figures)', () => {
  it('has the five fiscal years of the horizon', () => {
    expect(result.years).toEqual(['FY2021-22', 'FY2022-23', 'FY2023-24', 'FY2024-25', 'FY2025-26']);
  });

  it('revenue by fiscal year', () => {
    // Value smartphones in FY2021-22: demand runs linearly from 250,000 (Apr 2021) to 450,000
    // (Mar 2022): Σ = 12 × 250,000 + 200,000 × (0 + 1 + … + 11)/11 = 4,200,000 units × ₹9,000
    // = ₹3,780 crore exactly (no capacity cut in the first year).
    expect(crore(result.operations[0]?.segments[0]?.revenue as Money)).toBe('3780.00');
    expect(result.operations.map((o) => crore(o.revenue))).toEqual([
      '5366.94',
      '11031.53',
      '16789.45',
      '20585.59',
      '22898.09',
    ]);
  });

  it('volume, realisation and capacity', () => {
    // 23.42 million devices in FY2025-26 against 24 million of nameplate: plant 1 (phones) is at
    // 99.9% and leaves demand unserved; the average device brings ₹9,777, far from the ₹15,833
    // (₹38,000 crore ÷ 24 million) the revenue target needs.
    expect(result.operations.map((o) => o.units.dividedBy(1e6).toFixed(2))).toEqual([
      '8.30',
      '14.19',
      '19.14',
      '21.93',
      '23.42',
    ]);
    expect(result.operations.map((o) => o.averagePrice?.amount.toFixed(0))).toEqual([
      '6462',
      '7777',
      '8770',
      '9389',
      '9777',
    ]);
    const last = result.operations[4];
    expect(last?.plants.map((p) => p.utilisation.toFixed(4))).toEqual(['0.9991', '0.9327']);
    expect(last?.plants.map((p) => p.capacityBinds)).toEqual([true, false]);
    const answer = result.answers.revenue;
    expect(answer?.requiredAveragePrice.amount.toFixed(2)).toBe('15833.33');
    expect(answer?.unitsPerMonthNeededAtPlanMix?.dividedBy(1e6).toFixed(2)).toBe('3.24');
    expect(answer?.reachable).toBe(false);
    expect(answer?.firstYearReached).toBeNull();
  });

  it('headcount against the ~11,000 stated', () => {
    // FY2025-26 year end: direct staff from each segment's monthly units ÷ productivity, plus 15%
    // indirect, plus the 200-person design hub and 150 corporate: about 11,063.
    expect(result.operations.map((o) => o.headcount?.closing.toFixed(0))).toEqual([
      '3964',
      '6996',
      '9252',
      '10273',
      '11063',
    ]);
    expect(result.operations.map((o) => crore(o.headcount?.payroll as Money))).toEqual([
      '105.69',
      '207.29',
      '308.56',
      '391.21',
      '457.98',
    ]);
  });

  it('capex, cumulative investment and depreciation', () => {
    // FY2021-22 capex: phone lines ₹500 crore front-loaded over 3 years (weights 3:2:1 → 250),
    // laptop lines ₹350 crore evenly (116.67), design hub ₹200 crore over 5 years (40).
    expect(result.investment.years.map((y) => crore(y.capex))).toEqual([
      '406.67',
      '423.33',
      '340.00',
      '140.00',
      '40.00',
    ]);
    expect(result.investment.years.map((y) => crore(y.cumulative))).toEqual([
      '406.67',
      '830.00',
      '1170.00',
      '1310.00',
      '1350.00',
    ]);
    // FY2021-22 depreciation: 406.67 × 95% ÷ 10 years × 183/365 days in use (put to use mid-year)
    // = ₹19.37 crore.
    expect(result.investment.years.map((y) => crore(y.depreciation))).toEqual([
      '19.37',
      '58.80',
      '95.00',
      '117.82',
      '126.36',
    ]);
  });

  it('PLI per enrolment, sharing and receipts', () => {
    const [lsem, itHardware] = result.pli?.enrolments ?? [];
    // LSEM domestic-mobile, FY2021-22: phone sales 3,780 + 936 + 219.13 = ₹4,935.13 crore, of
    // which year 1 counts 1 Aug–31 Mar (8/12) = ₹3,290.09 crore, less 8/12 of the ₹3,357 crore
    // base year (₹2,238 crore) = 1,052.09 × 6% = ₹63.13 crore; FY2022-23: (8,643.26 − 3,357) ×
    // 6% = ₹317.18 crore; from FY2023-24 the assumed ₹6,000 crore per-firm cap binds: 6,000 × 5%,
    // 5%, 4%.
    expect(lsem?.years.map((y) => crore(y.netSales))).toEqual([
      '3290.09',
      '8643.26',
      '12112.36',
      '14217.49',
      '15209.18',
    ]);
    expect(lsem?.years.map((y) => crore(y.incentive))).toEqual([
      '63.13',
      '317.18',
      '300.00',
      '300.00',
      '240.00',
    ]);
    // IT Hardware 1.0 domestic, four years from FY2021-22 at 4/3/2/1% on laptops + tablets
    // (base year ₹0): FY2021-22 tablets ₹157.6 crore × 4% = ₹6.30 crore; FY2025-26 is outside.
    expect(itHardware?.years.map((y) => crore(y.incentive))).toEqual([
      '6.30',
      '53.54',
      '74.07',
      '51.35',
      '0.00',
    ]);
    expect(itHardware?.years[4]?.schemeYear).toBeNull();
    // Sharing covers LSEM's phones below ₹15,000 only (value smartphones and feature phones, by
    // net sales: (3,780 + 219.13) / 4,935.13 of ₹63.13 crore = ₹51.16 crore); of it OEL keeps 40%,
    // the rest 50/50 → Wistron 30% = ₹15.35 crore. OEL keeps the rest: 69.43 − 15.35 = 54.08.
    const pli = result.pli;
    expect(pli?.years.map((y) => crore(y.shares.optiemus as Money))).toEqual([
      '54.08',
      '299.87',
      '310.68',
      '289.35',
      '190.78',
      '0.00',
    ]);
    expect(pli?.years.map((y) => crore(y.shares.wistron as Money))).toEqual([
      '15.35',
      '70.85',
      '63.39',
      '62.00',
      '49.22',
      '0.00',
    ]);
    // Received one year after it is earned; the FY2025-26 share arrives in FY2026-27.
    expect(pli?.years.map((y) => y.year)).toContain('FY2026-27');
    expect(pli?.years.map((y) => crore(y.received))).toEqual([
      '0.00',
      '54.08',
      '299.87',
      '310.68',
      '289.35',
      '190.78',
    ]);
    expect(crore(pli?.total as Money)).toBe('1405.56');
  });

  it('the P&L with PLI on its own line', () => {
    const pnl = result.profitAndLoss.withPli;
    // FY2021-22: EBITDA 202.38 − depreciation 19.37 + PLI earned 69.43 − paid to Wistron 15.35
    // = PBT 237.09; tax 25.17% = 59.68; PAT 177.42.
    expect(pnl.map((p) => crore(p.ebitda))).toEqual([
      '202.38',
      '436.18',
      '651.51',
      '749.83',
      '758.62',
    ]);
    expect(pnl.map((p) => crore(p.profitBeforeTax))).toEqual([
      '237.09',
      '677.26',
      '867.19',
      '921.36',
      '823.04',
    ]);
    expect(pnl.map((p) => crore(p.tax))).toEqual(['59.68', '170.47', '218.27', '231.91', '207.16']);
    expect(pnl.map((p) => crore(p.profitAfterTax))).toEqual([
      '177.42',
      '506.79',
      '648.92',
      '689.46',
      '615.88',
    ]);
    expect(result.profitAndLoss.withoutPli.map((p) => crore(p.profitAfterTax))).toEqual([
      '136.95',
      '282.40',
      '416.43',
      '472.94',
      '473.12',
    ]);
  });

  it('free cash flow and the value of the plan', () => {
    // FY2021-22: EBITDA 202.38 − tax 59.68 − capex 406.67 − ΔWC (457.01 − 60 opening) + 0 PLI
    // received = −₹660.97 crore. FY2026-27 only collects the last year's PLI.
    expect(result.cashFlow.withPli.map((f) => crore(f.freeCashFlow))).toEqual([
      '-660.97',
      '-585.28',
      '-95.58',
      '367.54',
      '606.62',
      '190.78',
    ]);
    expect(result.cashFlow.withoutPli.map((f) => crore(f.freeCashFlow))).toEqual([
      '-647.36',
      '-563.88',
      '-317.25',
      '129.69',
      '365.30',
    ]);
    // Terminal value (net assets): net block ₹932.66 crore + working capital ₹1,942.69 crore.
    expect(crore(result.cashFlow.withPli[4]?.terminalValue as Money)).toBe('2875.35');
    const v = result.valuation;
    expect([crore(v.withPli.npv), crore(v.withoutPli.npv)]).toEqual(['1181.23', '667.91']);
    expect([v.withPli.irr.value?.toFixed(4), v.withoutPli.irr.value?.toFixed(4)]).toEqual([
      '0.3810',
      '0.2762',
    ]);
    // Payback on free cash flow alone: cumulative −660.97, −1,246.25, −1,341.83, −974.29,
    // −367.67, then −176.89 after the last PLI receipt: the plan does not pay back on its flows
    // (the terminal value is what recovers it), with PLI or without (cumulative −₹1,033.50 crore).
    expect(v.withPli.payback.paysBack).toBe(false);
    expect(v.withoutPli.payback.paysBack).toBe(false);
  });

  it('targets with their binding constraints', () => {
    expect(
      result.targets.map((t) => [t.metric, t.reached, t.bindingConstraint, t.firstYearReached]),
    ).toEqual([
      ['revenue', false, 'demand', null],
      ['headcount', true, null, 'FY2025-26'],
      ['cumulative-investment', true, null, 'FY2025-26'],
    ]);
  });

  it('is deterministic and does not mutate the scenario', () => {
    const scenario = parseScenario(seedJson());
    const before = JSON.stringify(scenario);
    const again = runScenario(scenario);
    expect(JSON.stringify(scenario)).toBe(before);
    expect(again.operations.map((o) => o.revenue.amount.toFixed())).toEqual(
      result.operations.map((o) => o.revenue.amount.toFixed()),
    );
    expect(again.valuation.withPli.npv.amount.toFixed()).toBe(
      result.valuation.withPli.npv.amount.toFixed(),
    );
  });
});
