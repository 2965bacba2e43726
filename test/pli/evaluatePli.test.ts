import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { crore, formatMoney, inr, type Money } from '../../src/money/index.js';
import {
  checkCompanyEligibility,
  evaluatePli,
  getPliScheme,
  PliError,
  type PliEvaluationInputInput,
  PliScheme,
  withOverrides,
} from '../../src/pli/index.js';

const cr = (m: Money) => formatMoney(m, { unit: 'crore', decimals: 2 });

// The hand-worked examples below count whole fiscal years; the preset's reported first-year
// rule (sales from 1 August) is tested on its own in evaluatePli.versions.test.ts.
const { firstYearPart: _part, ...lsemRest } = getPliScheme('lsem-2020');
const lsemWholeYears = PliScheme.parse(lsemRest);

const workedExample = {
  scheme: lsemWholeYears,
  category: 'domestic-mobile',
  baseYearSales: crore(200),
  years: [
    { year: 'FY2020-21', netSales: crore(800), cumulativeInvestment: crore(60) },
    { year: 'FY2021-22', netSales: crore(1100), cumulativeInvestment: crore(120) },
    { year: 'FY2022-23', netSales: crore(2500), cumulativeInvestment: crore(140) },
    { year: 'FY2023-24', netSales: crore(4000), cumulativeInvestment: crore(210) },
    { year: 'FY2024-25', netSales: crore(5500), cumulativeInvestment: crore(210) },
  ],
} satisfies PliEvaluationInputInput;

describe('evaluatePli', () => {
  it('holds the LSEM worked example exactly', () => {
    const result = evaluatePli(workedExample);
    expect(result.years.map((y) => y.incentive.amount.toFixed())).toEqual([
      '360000000',
      '0',
      '0',
      '1900000000',
      '2120000000',
    ]);
    expect(result.total.amount.toFixed()).toBe('4380000000');
    expect(result.years.map((y) => y.schemeYear)).toEqual([1, 2, 3, 4, 5]);
    expect(result.years.map((y) => y.rate.toFixed())).toEqual([
      '0.06',
      '0.06',
      '0.05',
      '0.05',
      '0.04',
    ]);
    const [y1, y2, y3] = result.years;
    expect(y1?.eligible).toBe(true);
    expect(y2?.thresholds.sales).toMatchObject({ met: false });
    expect(y2?.thresholds.sales.required?.amount.toFixed()).toBe('10000000000');
    expect(y2?.netIncrementalSales.amount.toFixed()).toBe('9000000000');
    expect(y2?.reasons).toContain(
      'net incremental sales ₹900 crore are below the ₹1,000 crore threshold for scheme year 2',
    );
    expect(y3?.thresholds.investment.met).toBe(false);
    expect(y3?.thresholds.sales.met).toBe(true);
    expect(y3?.reasons).toContain(
      'cumulative investment ₹140 crore is below the ₹150 crore threshold for scheme year 3',
    );
    expect(result.years[4]?.reasons.at(-1)).toBe(
      'rate 4% for scheme year 5: 4% × ₹5,300 crore = ₹212 crore',
    );
  });

  it('accepts money and fiscal years in their JSON / label forms', () => {
    const result = evaluatePli({
      ...workedExample,
      baseYearSales: { amount: '2000000000', currency: 'INR' },
      years: [
        {
          year: 'FY21',
          netSales: { amount: '8000000000', currency: 'INR' },
          cumulativeInvestment: crore(60),
        },
      ],
    });
    expect(result.years[0]?.year).toBe('FY2020-21');
    expect(result.total.amount.toFixed()).toBe('360000000');
  });

  it('evaluates years in order whatever order they are given in', () => {
    const reversed = evaluatePli({ ...workedExample, years: [...workedExample.years].reverse() });
    expect(reversed.years.map((y) => y.year)).toEqual(workedExample.years.map((y) => y.year));
    expect(reversed.total.amount.toFixed()).toBe('4380000000');
  });

  it('does not mutate its input and returns frozen results', () => {
    const input = {
      scheme: lsemWholeYears,
      category: 'domestic-mobile',
      baseYearSales: { amount: '2000000000', currency: 'INR' as const },
      years: [
        {
          year: 'FY2020-21',
          netSales: { amount: '8000000000', currency: 'INR' as const },
          cumulativeInvestment: { amount: '600000000', currency: 'INR' as const },
        },
      ],
    };
    const copy = JSON.stringify(input);
    const result = evaluatePli(input);
    expect(JSON.stringify(input)).toBe(copy);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.years[0]?.reasons)).toBe(true);
  });

  it('rounds the incentive to the paisa, half-up', () => {
    const result = evaluatePli({
      ...workedExample,
      baseYearSales: inr(0),
      years: [
        { year: 'FY2020-21', netSales: inr('5000000000.25'), cumulativeInvestment: crore(60) },
      ],
    });
    // 6% × 500,00,00,000.25 = 30,00,00,000.015 → .02
    expect(result.years[0]?.incentive.amount.toFixed()).toBe('300000000.02');
    expect(result.years[0]?.incentiveBeforeCaps.amount.toFixed()).toBe('300000000.015');
  });

  it('pays nothing on a negative increment, with the reason', () => {
    const scheme = withOverrides(lsemWholeYears, {
      categories: {
        'domestic-mobile': {
          thresholds: {
            sales: { incremental: ['0', '0', '0', '0', '0'], confidence: 'confirmed' },
          },
        },
      },
    });
    const result = evaluatePli({
      scheme,
      category: 'domestic-mobile',
      baseYearSales: crore(200),
      years: [
        { year: 'FY2020-21', netSales: crore(200), cumulativeInvestment: crore(60) },
        { year: 'FY2021-22', netSales: crore(150), cumulativeInvestment: crore(160) },
      ],
    });
    expect(result.years[0]?.eligible).toBe(true);
    expect(result.years[0]?.incentive.amount.toFixed()).toBe('0');
    expect(result.years[0]?.reasons.at(-1)).toBe(
      'eligible incremental sales ₹0 crore are not positive: nothing to incentivise',
    );
    // A fall below the base year misses even a zero sales threshold.
    expect(result.years[1]?.thresholds.sales.met).toBe(false);
    expect(result.years[1]?.reasons[1]).toBe(
      'net incremental sales -₹50 crore are below the ₹0 crore threshold for scheme year 2',
    );
    expect(result.total.amount.toFixed()).toBe('0');
  });

  it('shifts the window with firstYear (LSEM up to FY2025-26)', () => {
    const result = evaluatePli({
      ...workedExample,
      firstYear: 'FY2021-22',
      years: [{ year: 'FY2025-26', netSales: crore(5500), cumulativeInvestment: crore(210) }],
    });
    expect(result.schemeYears).toEqual([
      'FY2021-22',
      'FY2022-23',
      'FY2023-24',
      'FY2024-25',
      'FY2025-26',
    ]);
    expect(result.years[0]?.schemeYear).toBe(5);
    expect(result.total.amount.toFixed()).toBe('2120000000');
  });

  it('lists the unconfirmed figure groups it used', () => {
    const result = evaluatePli({
      scheme: 'it-hardware-2021',
      category: 'domestic',
      baseYearSales: crore(0),
      years: [{ year: 'FY2021-22', netSales: crore(60), cumulativeInvestment: crore(20) }],
    });
    expect(
      result.assumptions.some((a) => a.startsWith('it-hardware-2021 domestic rates (unconfirmed)')),
    ).toBe(true);
    expect(result.total.amount.toFixed()).toBe(crore('2.4').amount.toFixed());
  });
});

describe('evaluatePli: LSEM global and components', () => {
  const lines = (below: number, above: number) => [
    { invoiceValue: inr(10000), units: below, label: 'value phones' },
    { invoiceValue: inr(15000), units: above, label: 'phones at the floor' },
  ];

  it('global firms earn only at or above ₹15,000, and lower sales do not count towards thresholds', () => {
    const result = evaluatePli({
      scheme: lsemWholeYears,
      category: 'global-mobile',
      baseYearSales: crore(1000),
      years: [
        // 30,00,000 phones at ₹15,000 = ₹4,500 crore; 20,00,000 at ₹10,000 = ₹2,000 crore (ignored)
        { year: 'FY2020-21', lines: lines(2_000_000, 3_000_000), cumulativeInvestment: crore(250) },
        { year: 'FY2021-22', lines: lines(5_000_000, 4_000_000), cumulativeInvestment: crore(500) },
        { year: 'FY2022-23', lines: lines(0, 12_000_000), cumulativeInvestment: crore(700) },
      ],
    });
    const [y1, y2, y3] = result.years;
    expect(cr(y1?.netSales ?? inr(0))).toBe('₹4,500.00 crore');
    expect(cr(y1?.belowFloorSales ?? inr(0))).toBe('₹2,000.00 crore');
    expect(y1?.eligible).toBe(false); // ₹3,500 crore increment < ₹4,000 crore
    expect(y1?.reasons).toContain(
      'sales of ₹2,000 crore below the invoice floor (≥ ₹15,000) earn nothing and do not count towards the sales threshold',
    );
    expect(y2?.thresholds.sales.met).toBe(false); // ₹5,000 crore < ₹8,000 crore
    expect(y3?.thresholds.sales.met).toBe(true); // ₹17,000 crore ≥ ₹15,000 crore
    expect(y3?.thresholds.investment.met).toBe(false); // ₹700 crore < ₹750 crore
    expect(result.total.amount.toFixed()).toBe('0');
  });

  it('global firms earn on the eligible increment when both thresholds are met', () => {
    const result = evaluatePli({
      scheme: lsemWholeYears,
      category: 'global-mobile',
      baseYearSales: crore(1000),
      years: [
        { year: 'FY2020-21', lines: lines(1_000_000, 4_000_000), cumulativeInvestment: crore(300) },
      ],
    });
    // ₹6,000 crore at/above the floor − ₹1,000 crore base = ₹5,000 crore × 6%
    expect(cr(result.total)).toBe('₹300.00 crore');
  });

  it('judges a banded line by its band, not its average invoice value', () => {
    // 4 crore phones at an average ₹12,000: 1.6 crore in the band ₹15,000 and above clear the
    // floor (₹19,200 crore), 2.4 crore in ₹8,000–15,000 do not (₹28,800 crore).
    const banded = (units: number, from: number, to?: number) => ({
      invoiceValue: inr(12000),
      units,
      band: { from: inr(from), ...(to === undefined ? {} : { to: inr(to) }) },
    });
    const result = evaluatePli({
      scheme: lsemWholeYears,
      category: 'global-mobile',
      baseYearSales: crore(0),
      years: [
        {
          year: 'FY2020-21',
          lines: [banded(24_000_000, 8000, 15000), banded(16_000_000, 15000)],
          cumulativeInvestment: crore(300),
        },
      ],
    });
    const y = result.years[0];
    expect(cr(y?.eligibleSales ?? inr(0))).toBe('₹19,200.00 crore');
    expect(cr(y?.belowFloorSales ?? inr(0))).toBe('₹28,800.00 crore');
    expect(cr(result.total)).toBe('₹1,152.00 crore'); // 6% × ₹19,200 crore
    // 40% of the units clear the floor: 40% of the ₹2,880 crore all 4 crore would earn.
    expect(cr(result.total)).toBe(cr(inr(crore(48000 * 0.06).amount.times('0.4'))));
  });

  it('refuses a band with the floor inside it (PLI_BAND_STRADDLES_FLOOR)', () => {
    const run = () =>
      evaluatePli({
        scheme: lsemWholeYears,
        category: 'global-mobile',
        baseYearSales: crore(0),
        years: [
          {
            year: 'FY2020-21',
            lines: [
              { invoiceValue: inr(14000), units: 1, band: { from: inr(12000), to: inr(18000) } },
            ],
            cumulativeInvestment: crore(300),
          },
        ],
      });
    expect(run).toThrow(PliError);
    expect(run).toThrow(
      /years\[0\]\.lines\[0\]\.band \(₹12,000 to ₹18,000\) has the ≥ ₹15,000 invoice floor inside it/,
    );
  });

  it('components: a year that misses investment and one that misses sales', () => {
    const result = evaluatePli({
      scheme: lsemWholeYears,
      category: 'components',
      baseYearSales: crore(50),
      years: [
        { year: 'FY2020-21', netSales: crore(200), cumulativeInvestment: crore(20) },
        { year: 'FY2021-22', netSales: crore(200), cumulativeInvestment: crore(60) },
        { year: 'FY2022-23', netSales: crore(400), cumulativeInvestment: crore(75) },
      ],
    });
    expect(result.years.map((y) => [y.thresholds.investment.met, y.thresholds.sales.met])).toEqual([
      [false, true],
      [true, false],
      [true, true],
    ]);
    expect(cr(result.total)).toBe('₹17.50 crore'); // 5% × ₹350 crore
  });
});

describe('evaluatePli: IT hardware', () => {
  const global = withOverrides(getPliScheme('it-hardware-2021'), {
    categories: {
      global: {
        thresholds: {
          investment: {
            cumulative: ['50', '100', '150', '200'],
            confidence: 'unconfirmed',
            note: 'test figures',
          },
          sales: {
            incremental: ['1000', '2000', '3000', '4000'],
            confidence: 'unconfirmed',
            note: 'test figures',
          },
        },
      },
    },
  });

  it('counts sales below the floor towards thresholds but pays only above it', () => {
    const result = evaluatePli({
      scheme: global,
      category: 'global',
      baseYearSales: crore(0),
      years: [
        {
          year: 'FY2021-22',
          cumulativeInvestment: crore(60),
          lines: [
            { product: 'laptop', invoiceValue: inr(29999), units: 1_000_000 }, // ≈ ₹3,000 crore, below
            { product: 'laptop', invoiceValue: inr(30000), units: 1_000_000 }, // ₹3,000 crore, at the floor
            { product: 'tablet', invoiceValue: inr(15000), units: 1_000_000 }, // ₹1,500 crore, not above
            { product: 'server', invoiceValue: inr(500000), units: 2_000 }, // ₹100 crore, no floor
          ],
        },
      ],
    });
    const y = result.years[0];
    expect(y?.thresholds.sales.met).toBe(true);
    expect(cr(y?.netIncrementalSales ?? inr(0))).toBe('₹7,599.90 crore');
    expect(cr(y?.eligibleSales ?? inr(0))).toBe('₹3,100.00 crore');
    expect(cr(y?.incentive ?? inr(0))).toBe('₹124.00 crore'); // 4% × ₹3,100 crore
    expect(y?.reasons.some((r) => r.includes('but count towards the sales threshold'))).toBe(true);
  });

  it('requires a product on lines when floors are by product', () => {
    expect(() =>
      evaluatePli({
        scheme: global,
        category: 'global',
        baseYearSales: crore(0),
        years: [
          {
            year: 'FY2021-22',
            cumulativeInvestment: crore(60),
            lines: [{ invoiceValue: inr(40000), units: 1 }],
          },
        ],
      }),
    ).toThrow(/years\[0\]\.lines\[0\]\.product is required/);
  });

  it('refuses to evaluate a year whose threshold is unknown in the preset', () => {
    const run = () =>
      evaluatePli({
        scheme: 'it-hardware-2021',
        category: 'global',
        baseYearSales: crore(0),
        years: [{ year: 'FY2022-23', netSales: crore(3000), cumulativeInvestment: crore(60) }],
      });
    expect(run).toThrow(PliError);
    expect(run).toThrow(
      /thresholds\.investment\.cumulative\[1\] \(scheme year 2, FY2022-23\) is unknown/,
    );
  });

  it('IT hardware 1.0 domestic: a year failing each threshold', () => {
    const result = evaluatePli({
      scheme: 'it-hardware-2021',
      category: 'domestic',
      baseYearSales: crore(10),
      years: [
        { year: 'FY2021-22', netSales: crore(100), cumulativeInvestment: crore(15) },
        { year: 'FY2022-23', netSales: crore(100), cumulativeInvestment: crore(25) },
        { year: 'FY2023-24', netSales: crore(300), cumulativeInvestment: crore(25) },
      ],
    });
    expect(result.years.map((y) => [y.thresholds.investment.met, y.thresholds.sales.met])).toEqual([
      [false, true],
      [true, false],
      [true, true],
    ]);
    expect(cr(result.total)).toBe('₹5.80 crore'); // 2% × ₹290 crore
  });

  it('IT hardware 2.0: the ₹4,500 crore ceiling caps the total', () => {
    const scheme = withOverrides(getPliScheme('it-hardware-2023'), {
      categories: {
        global: {
          thresholds: {
            investment: {
              cumulative: ['100', '200', '300', '400', '450', '500'],
              confidence: 'unconfirmed',
            },
          },
        },
      },
    });
    const year = (y: string, sales: number, inv: number) => ({
      year: y,
      netSales: crore(sales),
      cumulativeInvestment: crore(inv),
    });
    const result = evaluatePli({
      scheme,
      category: 'global',
      baseYearSales: crore(0),
      years: [
        year('FY2023-24', 900, 100), // sales threshold missed
        year('FY2024-25', 40000, 150), // investment threshold missed
        year('FY2025-26', 40000, 300),
        year('FY2026-27', 40000, 400),
        year('FY2027-28', 40000, 450),
      ],
    });
    expect(result.years.map((y) => y.eligible)).toEqual([false, false, true, true, true]);
    // 3.781% and 4.889% of ₹40,000 crore = ₹1,512.4 + ₹1,955.6 crore; then ₹1,032 crore of room
    expect(result.years.map((y) => cr(y.incentive))).toEqual([
      '₹0.00 crore',
      '₹0.00 crore',
      '₹1,512.40 crore',
      '₹1,955.60 crore',
      '₹1,032.00 crore',
    ]);
    expect(cr(result.total)).toBe('₹4,500.00 crore');
    expect(result.years[4]?.reasons.at(-1)).toMatch(
      /capped at ₹1,032 crore by the ₹4,500 crore cap over the tenure/,
    );
  });
});

describe('evaluatePli: telecom', () => {
  const base = {
    scheme: 'telecom-2021',
    category: 'msme',
    baseYearSales: crore(10),
    committedInvestment: crore(10),
  } as const;

  it('applies MSME rates, the design-led bonus and the 20 × investment sales cap', () => {
    const result = evaluatePli({
      ...base,
      attributes: ['design-led'],
      years: [
        { year: 'FY2021-22', netSales: crore(110), cumulativeInvestment: crore(3) },
        { year: 'FY2022-23', netSales: crore(200), cumulativeInvestment: crore(5) },
      ],
    });
    const [y1, y2] = result.years;
    expect(y1?.rate.toFixed()).toBe('0.08'); // 7% + 1%
    expect(cr(y1?.incentive ?? inr(0))).toBe('₹8.00 crore');
    // cap: 20 × ₹10 crore = ₹200 crore over the tenure, ₹100 crore used in year 1
    expect(cr(y2?.incentiveBase ?? inr(0))).toBe('₹100.00 crore');
    expect(cr(y2?.incentive ?? inr(0))).toBe('₹8.00 crore');
    expect(
      y2?.reasons.some((r) =>
        r.startsWith('incremental sales earning incentive capped at ₹100 crore'),
      ),
    ).toBe(true);
  });

  it('misses each threshold in turn', () => {
    const result = evaluatePli({
      ...base,
      years: [
        { year: 'FY2021-22', netSales: crore(100), cumulativeInvestment: crore(1) },
        { year: 'FY2022-23', netSales: crore(15), cumulativeInvestment: crore(5) },
      ],
    });
    expect(result.years.map((y) => [y.thresholds.investment.met, y.thresholds.sales.met])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('needs the committed investment for its sales cap', () => {
    expect(() =>
      evaluatePli({
        scheme: 'telecom-2021',
        category: 'non-msme',
        baseYearSales: crore(0),
        years: [{ year: 'FY2021-22', netSales: crore(100), cumulativeInvestment: crore(20) }],
      }),
    ).toThrow(/committedInvestment is required/);
  });
});

describe('evaluatePli: auto slabs', () => {
  const scheme = withOverrides(getPliScheme('auto-2021'), {
    categories: {
      'champion-oem': {
        thresholds: {
          investment: { cumulative: ['0', '0', '0', '0', '0'], confidence: 'unconfirmed' },
          sales: { incremental: ['100', '100', '100', '100', '100'], confidence: 'unconfirmed' },
        },
      },
      'component-champion': {
        thresholds: {
          investment: { cumulative: ['0', '0', '0', '0', '0'], confidence: 'unconfirmed' },
          sales: { incremental: ['0', '0', '0', '0', '0'], confidence: 'unconfirmed' },
        },
      },
    },
  });
  const years = (dsv: readonly number[]) =>
    dsv.map((d, i) => ({
      year: `FY${2023 + i}-${24 + i}`,
      netSales: crore(d),
      cumulativeInvestment: crore(0),
    }));

  it('picks the slab of the whole DSV and adds the cumulative-DSV bonus once reached', () => {
    const result = evaluatePli({
      scheme,
      category: 'champion-oem',
      baseYearSales: crore(0),
      years: years([1500, 2500, 3500, 4500, 50]),
    });
    expect(result.years.map((y) => y.rate.toFixed())).toEqual([
      '0.13',
      '0.14',
      '0.15',
      '0.18',
      '0.15',
    ]);
    expect(result.years[4]?.eligible).toBe(false); // DSV ₹50 crore < ₹100 crore
    expect(result.years[3]?.bonuses.map((b) => b.id)).toEqual(['cumulative-dsv']);
    expect(cr(result.years[3]?.incentive ?? inr(0))).toBe('₹810.00 crore');
  });

  it('marginal slabs tax each band at its own rate', () => {
    const marginal = withOverrides(scheme, {
      categories: { 'champion-oem': { rates: { method: 'marginal' } } },
    });
    const result = evaluatePli({
      scheme: marginal,
      category: 'champion-oem',
      baseYearSales: crore(0),
      years: years([2500]),
    });
    // 13% × 2,000 + 14% × 500 = 260 + 70
    expect(cr(result.total)).toBe('₹330.00 crore');
  });

  it('the component champion battery-EV bonus is opt-in', () => {
    const result = evaluatePli({
      scheme,
      category: 'component-champion',
      attributes: ['bev-fcev'],
      baseYearSales: crore(0),
      years: years([300]),
    });
    expect(result.years[0]?.rate.toFixed()).toBe('0.14');
    expect(() =>
      evaluatePli({
        scheme,
        category: 'component-champion',
        attributes: ['msme'],
        baseYearSales: crore(0),
        years: years([1]),
      }),
    ).toThrow(
      /attributes\[0\] "msme" is not an opt-in bonus of auto-2021 category component-champion: bev-fcev/,
    );
  });
});

describe('evaluatePli: company eligibility', () => {
  it('a company below the minimum earns nothing, with the reason', () => {
    const result = evaluatePli({ ...workedExample, company: { baseYearRevenue: crore(100) } });
    expect(result.companyEligibility?.eligible).toBe(false);
    expect(result.total.amount.toFixed()).toBe('0');
    expect(result.years[0]?.reasons[0]).toBe(
      'company not eligible: base-year revenue ₹100 crore does not exceed the ₹100 crore minimum',
    );
  });
});

describe('checkCompanyEligibility', () => {
  it('checks base-year revenue against the category minimum', () => {
    const lsem = getPliScheme('lsem-2020');
    expect(
      checkCompanyEligibility(lsem, 'global-mobile', { baseYearRevenue: crore(10001) }).eligible,
    ).toBe(true);
    expect(
      checkCompanyEligibility(lsem, 'global-mobile', { baseYearRevenue: crore(10000) }).eligible,
    ).toBe(false);
    expect(
      checkCompanyEligibility(lsem, 'components', { baseYearRevenue: crore(1) }).eligible,
    ).toBe(true);
    expect(() => checkCompanyEligibility(lsem, 'laptops', { baseYearRevenue: crore(1) })).toThrow(
      PliError,
    );
  });
});

const y1 = { year: 'FY2020-21', netSales: crore(800), cumulativeInvestment: crore(60) };
const badInputs: readonly [string, unknown, new (...args: never[]) => Error, RegExp][] = [
  [
    'year outside the tenure',
    {
      ...workedExample,
      years: [{ year: 'FY2025-26', netSales: crore(1), cumulativeInvestment: crore(1) }],
    },
    PliError,
    /years\[0\]\.year FY2025-26 is outside the scheme years of lsem-2020 for this firm \(FY2020-21 to FY2024-25/,
  ],
  [
    'base year as a scheme year',
    {
      ...workedExample,
      years: [{ year: 'FY2019-20', netSales: crore(1), cumulativeInvestment: crore(1) }],
    },
    PliError,
    /outside the scheme years/,
  ],
  [
    'a year twice',
    { ...workedExample, years: [y1, y1] },
    PliError,
    /years\[1\]\.year FY2020-21 is given twice/,
  ],
  [
    'first year not allowed',
    { ...workedExample, firstYear: 'FY2022-23' },
    PliError,
    /firstYear FY2022-23 is not allowed by lsem-2020; choose FY2020-21 or FY2021-22/,
  ],
  [
    'unknown category',
    { ...workedExample, category: 'laptops' },
    PliError,
    /category "laptops" is not one of lsem-2020's: global-mobile, domestic-mobile, components/,
  ],
  [
    'unknown scheme',
    { ...workedExample, scheme: 'lsem' },
    ValidationError,
    /scheme: unknown PLI scheme "lsem"/,
  ],
  [
    'USD sales',
    { ...workedExample, baseYearSales: { amount: '1', currency: 'USD' } },
    ValidationError,
    /baseYearSales: must be in INR/,
  ],
  [
    'sales as a number',
    { ...workedExample, baseYearSales: 200 as never },
    ValidationError,
    /baseYearSales:/,
  ],
  [
    'both sales forms',
    { ...workedExample, years: [{ ...y1, lines: [] }] },
    ValidationError,
    /years\[0\]\.lines: give either netSales or lines, not both/,
  ],
  [
    'neither sales form',
    { ...workedExample, years: [{ year: 'FY2020-21', cumulativeInvestment: crore(1) }] },
    ValidationError,
    /years\[0\]\.netSales: give netSales \(or lines\)/,
  ],
  [
    'no base year',
    { ...workedExample, baseYearSales: undefined },
    ValidationError,
    /baseYearSales: give baseYearSales \(or baseYearLines\)/,
  ],
  [
    'bad year label',
    { ...workedExample, years: [{ ...y1, year: '2020' }] },
    ValidationError,
    /years\[0\]\.year:/,
  ],
  [
    'fractional units',
    {
      ...workedExample,
      years: [
        {
          year: 'FY2020-21',
          cumulativeInvestment: crore(1),
          lines: [{ invoiceValue: inr(1), units: 1.5 }],
        },
      ],
    },
    ValidationError,
    /years\[0\]\.lines\[0\]\.units: must be a whole number/,
  ],
  [
    'bad amount',
    {
      ...workedExample,
      years: [
        {
          year: 'FY2020-21',
          cumulativeInvestment: { amount: 'lots', currency: 'INR' },
          netSales: crore(1),
        },
      ],
    },
    ValidationError,
    /years\[0\]\.cumulativeInvestment\.amount: expected a decimal number/,
  ],
  ['no years', { ...workedExample, years: [] }, ValidationError, /years:/],
  [
    'unknown key',
    { ...workedExample, extra: true } as never,
    ValidationError,
    /unknown key "extra"/,
  ],
];

describe('evaluatePli (bad input)', () => {
  it.each(badInputs)('rejects %s', (_, input, errorClass, message) => {
    const run = () => evaluatePli(input as PliEvaluationInputInput);
    expect(run).toThrow(errorClass);
    expect(run).toThrow(message);
  });
});

describe('evaluatePli (properties)', () => {
  it('raising a year’s sales never lowers its incentive under a fixed rate', () => {
    const crores = fc.integer({ min: 0, max: 20_000 });
    fc.assert(
      fc.property(
        crores,
        crores,
        crores,
        fc.integer({ min: 0, max: 300 }),
        (base, sales, extra, inv) => {
          const run = (s: number) =>
            evaluatePli({
              scheme: lsemWholeYears,
              category: 'domestic-mobile',
              baseYearSales: crore(base),
              years: [{ year: 'FY2021-22', netSales: crore(s), cumulativeInvestment: crore(inv) }],
            }).total.amount;
          expect(run(sales + extra).greaterThanOrEqualTo(run(sales))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('evaluatePli (text money)', () => {
  it('reads money written as text, as scenario files hold it', () => {
    const result = evaluatePli({
      scheme: lsemWholeYears,
      category: 'domestic-mobile',
      baseYearSales: '₹200 crore',
      years: [{ year: 'FY2020-21', netSales: 'Rs 800 crore', cumulativeInvestment: '₹60 crore' }],
    });
    expect(result.total.amount.toFixed()).toBe('360000000');
    expect(() =>
      evaluatePli({
        scheme: lsemWholeYears,
        category: 'domestic-mobile',
        baseYearSales: '$200',
        years: [{ year: 'FY2020-21', netSales: 'Rs 800 crore', cumulativeInvestment: '₹60 crore' }],
      }),
    ).toThrow(/baseYearSales: must be in INR \(PLI is paid in rupees\), got USD/);
  });
});

describe('evaluatePli: caps', () => {
  const years = [
    { year: 'FY2020-21', netSales: crore(1200), cumulativeInvestment: crore(60) },
    { year: 'FY2021-22', netSales: crore(2200), cumulativeInvestment: crore(120) },
  ];
  const withCaps = (caps: unknown) =>
    withOverrides(lsemWholeYears, {
      categories: { 'domestic-mobile': { caps: caps as never } },
    });

  it('a yearly incentive cap', () => {
    const result = evaluatePli({
      ...workedExample,
      scheme: withCaps([{ kind: 'incentive-per-year', amount: '50', confidence: 'confirmed' }]),
      years,
    });
    // 6% × ₹1,000 crore = ₹60 crore → ₹50 crore; 6% × ₹2,000 crore = ₹120 crore → ₹50 crore
    expect(result.years.map((y) => cr(y.incentive))).toEqual(['₹50.00 crore', '₹50.00 crore']);
    expect(result.years[0]?.reasons.at(-1)).toBe('capped at ₹50 crore by the ₹50 crore yearly cap');
    expect(cr(result.years[0]?.incentiveBeforeCaps ?? inr(0))).toBe('₹60.00 crore');
  });

  it('an incentive cap of a multiple of committed investment, per year and over the tenure', () => {
    const perYear = evaluatePli({
      ...workedExample,
      committedInvestment: crore(100),
      scheme: withCaps([
        {
          kind: 'incentive-multiple-of-committed-investment',
          multiple: '0.7',
          scope: 'per-year',
          confidence: 'confirmed',
        },
      ]),
      years,
    });
    expect(perYear.years.map((y) => cr(y.incentive))).toEqual(['₹60.00 crore', '₹70.00 crore']);
    const tenure = evaluatePli({
      ...workedExample,
      committedInvestment: crore(100),
      scheme: withCaps([
        {
          kind: 'incentive-multiple-of-committed-investment',
          multiple: '1',
          scope: 'tenure',
          confidence: 'confirmed',
        },
      ]),
      years,
    });
    expect(tenure.years.map((y) => cr(y.incentive))).toEqual(['₹60.00 crore', '₹40.00 crore']);
    expect(tenure.years[1]?.reasons.at(-1)).toMatch(
      /tenure cap of 1 × committed investment \(₹60 crore paid in earlier years\)/,
    );
  });

  it('a yearly sales cap', () => {
    const result = evaluatePli({
      ...workedExample,
      committedInvestment: crore(50),
      scheme: withCaps([
        {
          kind: 'sales-multiple-of-committed-investment',
          multiple: '20',
          scope: 'per-year',
          confidence: 'confirmed',
        },
      ]),
      years,
    });
    expect(result.years.map((y) => cr(y.incentiveBase))).toEqual([
      '₹1,000.00 crore',
      '₹1,000.00 crore',
    ]);
  });
});

describe('evaluatePli: scheme units and base-year lines', () => {
  it('reads schemes written in lakh and applies a floor to the base year too', () => {
    const scheme = withOverrides(lsemWholeYears, {
      amountUnit: 'lakh',
      categories: {
        'domestic-mobile': {
          thresholds: {
            investment: {
              cumulative: ['5000', '10000', '15000', '20000', '20000'],
              confidence: 'confirmed',
            },
            sales: {
              incremental: ['50000', '100000', '200000', '350000', '500000'],
              confidence: 'confirmed',
            },
          },
          invoiceFloor: {
            floors: [{ minimumRupees: '10000', inclusive: false }],
            countsTowardsThresholds: true,
            confidence: 'unconfirmed',
          },
        },
      },
    });
    const result = evaluatePli({
      scheme,
      category: 'domestic-mobile',
      baseYearLines: [
        { invoiceValue: inr(10000), units: 1_000_000 }, // ₹1,000 crore at the floor: not above it
        { invoiceValue: inr(20000), units: 100_000 }, // ₹200 crore above
      ],
      years: [
        {
          year: 'FY2020-21',
          cumulativeInvestment: crore(50),
          lines: [
            { invoiceValue: inr(10000), units: 1_000_000 },
            { invoiceValue: inr(20000), units: 400_000 }, // ₹800 crore above
          ],
        },
      ],
    });
    expect(cr(result.baseYearSales)).toBe('₹1,200.00 crore');
    expect(cr(result.baseYearEligibleSales)).toBe('₹200.00 crore');
    const y = result.years[0];
    expect(y?.thresholds.investment.required?.amount.toFixed()).toBe('500000000');
    expect(cr(y?.netIncrementalSales ?? inr(0))).toBe('₹600.00 crore');
    expect(cr(y?.incentive ?? inr(0))).toBe('₹36.00 crore'); // 6% × (₹800 − ₹200) crore
    expect(result.assumptions.some((a) => a.includes('invoice floor (unconfirmed)'))).toBe(true);
  });
});
