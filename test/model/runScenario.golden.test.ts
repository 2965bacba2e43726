import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { RevenueBridge } from '../../src/model/types.js';
import { inr } from '../../src/money/constructors.js';
import type { Money } from '../../src/money/money.js';
import { seedResult } from '../_lib/seedResults.js';
import { seedJson } from './_seed.js';

/**
 * Golden figures of the seed run (seeds/optiemus-wistron-2021.json), in ₹ crore to the paisa
 * (two decimals of a crore would hide a 1-lakh drift; these are full-precision results rounded
 * here only). Each block says how the figure was checked by hand.
 */
const result = seedResult();
const crore = (m: Money) => m.amount.dividedBy(1e7).toFixed(2);
const d = (x: number) => new Decimal(x);

describe('runScenario — the seed plan (golden figures)', { timeout: 60_000 }, () => {
  it('has the five fiscal years of the horizon', () => {
    expect(result.years).toEqual(['FY2021-22', 'FY2022-23', 'FY2023-24', 'FY2024-25', 'FY2025-26']);
  });

  it('revenue by fiscal year', () => {
    // Value smartphones in FY2021-22: demand runs linearly from 10,000 (Apr 2021, OEL's opening
    // volume, A17) to 450,000 (Mar 2022) = 12 × (10,000 + 450,000) ÷ 2 = 2,760,000 units × ₹9,000
    // = ₹2,484 crore; plant 1's existing 700,000 a month carries the year's phones (the peak,
    // March 2022: 450,000 + 60,000 + 140,435 feature phones = 650,435), so nothing is cut.
    expect(crore(result.operations[0]?.segments[0]?.revenue as Money)).toBe('2484.00');
    expect(result.operations.map((o) => crore(o.revenue))).toEqual([
      '3712.03',
      '10979.50',
      '16746.58',
      '20520.86',
      '22821.44',
    ]);
  });

  it('volume, realisation and capacity bought by the capex', () => {
    // Capacity is what the ₹1,350 crore buys: 850,000 a month at the start, 2 million after the
    // last expansion (April 2024). Plant 2 binds in FY2021-22 before phase 1; plant 1 is full in
    // FY2025-26.
    expect(result.operations.map((o) => o.units.dividedBy(1e6).toFixed(2))).toEqual([
      '5.65',
      '13.87',
      '19.14',
      '21.93',
      '23.42',
    ]);
    expect(result.operations.map((o) => o.plants.map((p) => p.capacityBinds))).toEqual([
      [false, true],
      [false, false],
      [false, false],
      [false, false],
      [true, false],
    ]);
    expect(result.operations.map((o) => o.averagePrice?.amount.toFixed(0))).toEqual([
      '6568',
      '7916',
      '8748',
      '9359',
      '9744',
    ]);
    const last = result.operations[4];
    expect(last?.plants.map((p) => p.utilisation.toFixed(4))).toEqual(['0.9991', '0.9327']);
    const answer = result.answers.revenue;
    expect(answer?.requiredAveragePrice.amount.toFixed(2)).toBe('15833.33');
    expect(answer?.unitsPerMonthNeededAtPlanMix?.dividedBy(1e6).toFixed(2)).toBe('3.25');
    expect(answer?.reachable).toBe(false);
  });

  it('the revenue bridge separates new products from price (FY2022-23)', () => {
    // Laptops launch in April 2022: their ₹1,252.77 crore is new-product revenue, not a price
    // effect; the true price effect (the FX pass-through on phones) is ₹152 crore.
    const sum = (pick: (b: RevenueBridge) => Money) =>
      crore(
        inr((result.operations[1]?.bridge ?? []).reduce((a, b) => a.plus(pick(b).amount), d(0))),
      );
    expect(sum((b) => b.newProducts)).toBe('1252.77');
    expect(sum((b) => b.priceEffect)).toBe('151.77');
    expect(sum((b) => b.volumeEffect)).toBe('5862.93');
    expect(sum((b) => b.change)).toBe('7267.47');
  });

  it('headcount against the ~11,000 stated', () => {
    expect(result.operations.map((o) => o.headcount?.closing.toFixed(0))).toEqual([
      '3699',
      '6996',
      '9252',
      '10273',
      '11063',
    ]);
    expect(result.operations.map((o) => crore(o.headcount?.payroll as Money))).toEqual([
      '79.77',
      '204.95',
      '308.56',
      '391.21',
      '457.98',
    ]);
  });

  it('capex, book and tax depreciation', () => {
    // FY2021-22 capex: phone lines phase 1 ₹250 crore, laptop/tablet phase 1 ₹200 crore, design
    // hub ₹40 crore (₹200 crore over 5 years).
    expect(result.investment.years.map((y) => crore(y.capex))).toEqual([
      '490.00',
      '590.00',
      '190.00',
      '40.00',
      '40.00',
    ]);
    expect(result.investment.years.map((y) => crore(y.cumulative))).toEqual([
      '490.00',
      '1080.00',
      '1270.00',
      '1310.00',
      '1350.00',
    ]);
    // Book, FY2021-22: 490 × 95% ÷ 10 years × 183/365 days (put to use mid-year) = ₹23.34 crore.
    expect(result.investment.years.map((y) => crore(y.depreciation))).toEqual([
      '23.34',
      '74.65',
      '111.63',
      '122.56',
      '126.36',
    ]);
    // Tax, FY2021-22: plant and machinery 450 + 12 (30% of the hub's 40) = 462, half spent from
    // mid-October (half rate): 462 × 15% × ¾ = 51.98; buildings 16 × 10% × ¾ = 1.20; computers
    // 8 × 40% × ¾ = 2.40; furniture 4 × 10% × ¾ = 0.30 → ₹55.88 crore.
    expect(result.tax.depreciation.map((y) => crore(y.depreciation))).toEqual([
      '55.88',
      '132.72',
      '156.32',
      '144.25',
      '128.24',
    ]);
  });

  it('PLI per enrolment, sharing and receipts', () => {
    const [lsem, itHardware] = result.pli?.enrolments ?? [];
    // LSEM domestic-mobile, under the rules announced by 24 Aug 2021 (FY2021-22 as year 1).
    // FY2021-22: phone sales 2,484.00 + 713.70 + 113.67 = ₹3,311.37 crore, of which year 1 counts
    // 1 Aug–31 Mar: the plan's own sales of those eight months, ₹2,966.27 crore (the plant ramps
    // up, so far more than 8/12 of the year's, ₹2,207.58 crore), less 8/12 of the ₹181.80 crore
    // base year (₹121.20 crore) = 2,845.07 × 6% = ₹170.70 crore; from FY2022-23 the assumed ₹6,000 crore per-firm
    // cap binds ((8,584.23 − 181.80) = 8,402.43 > 6,000): 6,000 × 6%, 5%, 5%, 4%.
    expect(lsem?.years.map((y) => crore(y.netSales))).toEqual([
      '2966.27',
      '8584.23',
      '12039.75',
      '14089.48',
      '15027.50',
    ]);
    expect(lsem?.years.map((y) => crore(y.incentive))).toEqual([
      '170.70',
      '360.00',
      '300.00',
      '300.00',
      '240.00',
    ]);
    expect(itHardware?.years.map((y) => crore(y.incentive))).toEqual([
      '5.70',
      '53.74',
      '74.63',
      '51.94',
      '0.00',
    ]);
    expect(itHardware?.years[4]?.schemeYear).toBeNull();
    // Sharing covers LSEM's phones below ₹15,000 only (value smartphones and feature phones, by
    // net sales: (2,484.00 + 113.67) / 3,311.37 of ₹170.70 crore = ₹133.91 crore); of it OEL keeps
    // 40%, the rest 50/50 → Wistron 30% = ₹40.17 crore. OEL keeps the rest of LSEM and IT
    // Hardware: 170.70 + 5.70 − 40.17 = 136.23.
    const pli = result.pli;
    expect(pli?.years.map((y) => crore(y.shares.optiemus as Money))).toEqual([
      '136.23',
      '333.43',
      '311.23',
      '289.93',
      '190.78',
      '0.00',
    ]);
    expect(pli?.years.map((y) => crore(y.shares.wistron as Money))).toEqual([
      '40.17',
      '80.31',
      '63.40',
      '62.01',
      '49.22',
      '0.00',
    ]);
    // Received one year after it is earned; the FY2025-26 share arrives in FY2026-27.
    expect(pli?.years.map((y) => y.year)).toContain('FY2026-27');
    expect(pli?.years.map((y) => crore(y.received))).toEqual([
      '0.00',
      '136.23',
      '333.43',
      '311.23',
      '289.93',
      '190.78',
    ]);
    expect(crore(pli?.total as Money)).toBe('1556.71');
  });

  it('the P&L with PLI on its own line, tax on tax depreciation', () => {
    const pnl = result.profitAndLoss.withPli;
    // FY2021-22: EBITDA 127.43 − book depreciation 23.34 + PLI earned 176.40 − paid to Wistron
    // 40.17 = PBT 240.32. Taxable: 240.32 + 23.34 − 55.88 = 207.78; current tax at 25.168% =
    // 52.30; deferred 25.168% × (55.88 − 23.34) = 8.19; tax charge 60.48 (= 25.168% of PBT);
    // PAT 179.84.
    expect(pnl.map((p) => crore(p.ebitda))).toEqual([
      '127.43',
      '417.97',
      '609.07',
      '685.75',
      '682.74',
    ]);
    expect(pnl.map((p) => crore(p.profitBeforeTax))).toEqual([
      '240.32',
      '676.75',
      '808.67',
      '853.12',
      '747.16',
    ]);
    expect(pnl.map((p) => crore(p.pliPaidToPartners))).toEqual([
      '40.17',
      '80.31',
      '63.40',
      '62.01',
      '49.22',
    ]);
    expect(pnl.map((p) => crore(p.currentTax))).toEqual([
      '52.30',
      '155.71',
      '192.28',
      '209.25',
      '187.57',
    ]);
    expect(pnl.map((p) => crore(p.tax))).toEqual(['60.48', '170.32', '203.53', '214.71', '188.04']);
    expect(pnl.map((p) => crore(p.deferredTaxLiability))).toEqual([
      '8.19',
      '22.80',
      '34.05',
      '39.51',
      '39.99',
    ]);
    expect(pnl.map((p) => crore(p.profitAfterTax))).toEqual([
      '179.84',
      '506.43',
      '605.15',
      '638.41',
      '559.11',
    ]);
    expect(result.profitAndLoss.withoutPli.map((p) => crore(p.profitAfterTax))).toEqual([
      '77.90',
      '256.91',
      '372.25',
      '421.45',
      '416.35',
    ]);
  });

  it('free cash flow, working capital from days', () => {
    // Opening working capital from the days on April 2021's run-rate: ₹29.59 crore (₹299.75 crore
    // while the opening volumes were ten times OEL's reported scale, A17).
    expect(crore(result.openingWorkingCapital.used)).toBe('29.59');
    // FY2021-22: EBITDA 127.43 − current tax 52.30 − capex 490 − ΔWC (316.17 − 29.59) + 0 PLI
    // received = −701.44. FY2026-27 only collects OEL's share of the last year's PLI.
    expect(result.cashFlow.withPli.map((f) => crore(f.freeCashFlow))).toEqual([
      '-701.44',
      '-808.96',
      '71.68',
      '429.35',
      '552.38',
      '190.78',
    ]);
    expect(result.cashFlow.withoutPli.map((f) => crore(f.freeCashFlow))).toEqual([
      '-667.16',
      '-861.27',
      '-183.42',
      '191.09',
      '310.47',
    ]);
    // Terminal value (net assets): net block ₹891.47 crore + working capital ₹1,933.24 crore.
    expect(crore(result.cashFlow.withPli[4]?.terminalValue as Money)).toBe('2824.71');
  });

  it('the value of the investment: incremental over the opening run-rate, mid-year, at 24 Aug 2021', () => {
    const v = result.valuation;
    expect(v.basis).toBe('incremental');
    expect(v.valuationDate).toBe('2021-08-24');
    expect(v.convention).toBe('mid-year');
    expect(v.withPli.dates[0]).toBe('2021-10-01');
    // The business without the plan: first-month volumes held, no capex; its free cash flow
    // falls as wages and fixed costs rise on flat volumes (at OEL's opening scale it is negative:
    // ₹25 crore of fixed costs and 150 corporate staff on ₹345 crore of revenue).
    expect(v.incremental?.withPli.map((y) => crore(y.baseline))).toEqual([
      '-25.93',
      '-30.54',
      '-35.09',
      '-39.92',
      '-45.03',
      '0.00',
    ]);
    expect(v.incremental?.withPli.map((y) => crore(y.increment))).toEqual([
      '-675.51',
      '-778.42',
      '106.77',
      '469.27',
      '597.42',
      '190.78',
    ]);
    // Terminal value of the increment: 2,824.71 − the baseline's 30.92 (its working capital).
    expect(crore(v.baseline?.terminalValue as Money)).toBe('30.92');
    expect([crore(v.withPli.npv), crore(v.withoutPli.npv)]).toEqual(['1199.99', '560.35']);
    expect([crore(v.withPli.npvWithoutTerminal), crore(v.withoutPli.npvWithoutTerminal)]).toEqual([
      '-458.29',
      '-1097.93',
    ]);
    expect(crore(v.withPli.terminalValuePresent)).toBe('1658.28');
    expect(v.withPli.terminalShare?.toFixed(4)).toBe('1.3819');
    expect(v.withPli.terminalDominates).toBe(true);
    expect([v.withPli.irr.value?.toFixed(4), v.withoutPli.irr.value?.toFixed(4)]).toEqual([
      '0.3329',
      '0.2218',
    ]);
    // Payback of the increment, from 1 April 2021: cumulative −675.51, −1,453.93, −1,347.16,
    // −877.89, −280.47, then −89.69 after OEL's FY2026-27 receipt: with the per-firm cap and the
    // partner's share as an expense, the increment does not pay back on its flows (the terminal
    // value is what recovers it), nor without PLI.
    expect(v.withPli.payback.paysBack).toBe(false);
    expect(v.withoutPli.payback.paysBack).toBe(false);
    // The whole business, for comparison (what the report used to headline).
    expect([crore(v.business.withPli.npv), crore(v.business.withoutPli.npv)]).toEqual([
      '1081.77',
      '442.13',
    ]);
  });

  it('targets with their binding constraints', () => {
    expect(
      result.targets.map((t) => [t.metric, t.reached, t.bindingConstraint, t.firstYearReached]),
    ).toEqual([
      ['revenue', false, 'demand', null],
      ['headcount', true, null, 'FY2025-26'],
      ['cumulative-investment', true, null, 'FY2025-26'],
    ]);
    // "About ₹38,000 crore in 3–5 years", read the other way: summed over the plan it is passed
    // during FY2024-25 (3,712.03 + 10,979.50 + 16,746.58 = 31,438 by FY2023-24, 51,959 by FY2024-25).
    const revenue = result.targets[0];
    expect(revenue?.basis).toBe('annual');
    expect(revenue?.otherReading?.basis).toBe('cumulative');
    expect(revenue?.otherReading?.reached).toBe(true);
    expect(revenue?.otherReading?.firstYearReached).toBe('FY2024-25');
  });

  it('what the targets imply for each other', () => {
    const q = result.answers.ratios;
    // At the stated figures: 2 million devices a month ÷ 11,000 staff = 182 per employee-month;
    // ₹38,000 crore ÷ 11,000 = ₹3.45 crore each.
    expect(q?.statedDevicesPerEmployeeMonth?.toFixed(0)).toBe('182');
    expect(q?.statedRevenuePerEmployee?.amount.dividedBy(1e7).toFixed(2)).toBe('3.45');
    // The plan in FY2025-26 (average heads): 182.5 devices per employee-month, ₹2.13 crore each —
    // so 11,000 staff fit 2 million devices a month (10,959 needed), but ₹38,000 crore at the
    // plan's revenue per employee would need about 17,800.
    expect(q?.planDevicesPerEmployeeMonth?.toFixed(1)).toBe('182.5');
    expect(q?.planRevenuePerEmployee?.amount.dividedBy(1e7).toFixed(2)).toBe('2.13');
    expect(q?.headsForCapacity?.toFixed(0)).toBe('10959');
    expect(q?.headsForRevenue?.toFixed(0)).toBe('17807');
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
