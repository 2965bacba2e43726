import { describe, expect, it } from 'vitest';
import { crore, inr } from '../../src/money/index.js';
import { evaluatePli, PliError, type PliEvaluationInputInput } from '../../src/pli/index.js';
import { optInBonus, testScheme, thrown } from './_scheme.js';

// Sales given as lines, the floors that split them, the errors a line or a choice can raise
// (with their codes), and a scheme written in rupees (#11, PLI mutation survivors).
const floors = (list: readonly Record<string, unknown>[]) =>
  testScheme(
    {},
    {
      invoiceFloor: { floors: list, countsTowardsThresholds: true, confidence: 'confirmed' },
    },
  );

const inYear1 = (scheme: unknown, lines: readonly unknown[]) =>
  ({
    scheme,
    category: 'main',
    baseYearSales: crore(0),
    years: [{ year: 'FY2020-21', lines, cumulativeInvestment: crore(0) }],
  }) as PliEvaluationInputInput;

const pliError = (input: unknown): PliError => {
  const error = thrown(() => evaluatePli(input as PliEvaluationInputInput));
  if (error instanceof PliError) return error;
  throw error;
};

describe('sales lines', () => {
  it('without an invoice floor every line earns, at invoice value × units', () => {
    const y = evaluatePli(
      inYear1(testScheme(), [
        { invoiceValue: inr(100), units: 1000 },
        { invoiceValue: inr('0.5'), units: 3, product: 'cable' },
      ]),
    ).years[0];
    expect(y?.eligibleSales.amount.toFixed()).toBe('100001.5');
    expect(y?.belowFloorSales.amount.toFixed()).toBe('0');
    expect(y?.reasons).toHaveLength(3);
  });

  it('a line needs its product when every floor is by product: the code and the products', () => {
    const scheme = floors([
      { product: 'laptop', minimumRupees: '40000', inclusive: true },
      { product: 'tablet', minimumRupees: '15000', inclusive: false },
    ]);
    const error = pliError(inYear1(scheme, [{ invoiceValue: inr(50000), units: 1 }]));
    expect(error.code).toBe('PLI_PRODUCT_REQUIRED');
    expect(error.message).toBe(
      '[crorecast] years[0].lines[0].product is required: this category sets invoice floors by product (laptop, tablet)',
    );
    // A product without a floor of its own (and no general floor) has no floor to clear.
    const y = evaluatePli(
      inYear1(scheme, [
        { invoiceValue: inr(100), units: 1, product: 'server' },
        { invoiceValue: inr(15000), units: 1, product: 'tablet' },
      ]),
    ).years[0];
    expect(y?.eligibleSales.amount.toFixed()).toBe('100');
    expect(y?.belowFloorSales.amount.toFixed()).toBe('15000');
  });

  it('a band with the floor inside it: the code, an open top band and a strict floor', () => {
    const open = pliError(
      inYear1(floors([{ minimumRupees: '15000', inclusive: false }]), [
        { invoiceValue: inr(16000), units: 10, band: { from: inr(15000) } },
      ]),
    );
    expect(open.code).toBe('PLI_BAND_STRADDLES_FLOOR');
    expect(open.message).toBe(
      '[crorecast] years[0].lines[0].band (₹15,000 and above) has the > ₹15,000 invoice floor inside it: split the band at the floor',
    );
    const closed = pliError(
      inYear1(floors([{ minimumRupees: '15000.5', inclusive: true }]), [
        { invoiceValue: inr(15000), units: 10, band: { from: inr(14000), to: inr('16000.25') } },
      ]),
    );
    expect(closed.message).toBe(
      '[crorecast] years[0].lines[0].band (₹14,000 to ₹16,000.25) has the ≥ ₹15,000.50 invoice floor inside it: split the band at the floor',
    );
  });

  it('a part-year claim given as lines says what its sales below the floor earn', () => {
    // Regression (#11): the reason was given only for a whole year's lines, not a part's.
    const y = evaluatePli({
      scheme: floors([{ minimumRupees: '15000', inclusive: true }]),
      category: 'main',
      baseYearSales: crore(0),
      years: [
        {
          year: 'FY2020-21',
          netSales: crore(2),
          cumulativeInvestment: crore(0),
          part: {
            from: '2021-01',
            lines: [
              { invoiceValue: inr(10000), units: 1000 },
              { invoiceValue: inr(20000), units: 500 },
            ],
          },
        },
      ],
    }).years[0];
    expect(y?.belowFloorSales.amount.toFixed()).toBe('10000000');
    expect(y?.reasons).toContain(
      'sales of ₹1 crore below the invoice floor (≥ ₹15,000) earn nothing but count towards the sales threshold',
    );
  });

  it('a part-year claim: its lines are named at their path, its month checked, with codes', () => {
    const scheme = testScheme({
      firstYearPart: { fromMonth: 8, baseYear: 'pro-rata', confidence: 'reported' },
    });
    const claim = (from: string, part: Record<string, unknown>) =>
      ({
        scheme,
        category: 'main',
        baseYearSales: crore(0),
        years: [
          {
            year: 'FY2020-21',
            netSales: crore(1),
            cumulativeInvestment: crore(0),
            part: { from, ...part },
          },
        ],
      }) as PliEvaluationInputInput;
    const lines = pliError({
      ...claim('2020-09', { lines: [{ invoiceValue: inr(1), units: 1 }] }),
      scheme: floors([{ product: 'phone', minimumRupees: '1', inclusive: true }]),
    });
    expect(lines.code).toBe('PLI_PRODUCT_REQUIRED');
    expect(lines.message).toContain('years[0].part.lines[0].product is required');
    const outside = pliError(claim('2021-04', { netSales: crore(1) }));
    expect(outside.code).toBe('PLI_YEAR_OUTSIDE_TENURE');
    expect(outside.message).toBe(
      '[crorecast] years[0].part.from 2021-04 is not a month of FY2020-21',
    );
    const early = pliError(claim('2020-07', { netSales: crore(1) }));
    expect(early.code).toBe('PLI_YEAR_OUTSIDE_TENURE');
    expect(early.message).toBe(
      '[crorecast] years[0].part.from 2020-07 is before scheme year 1 starts counting (1 August)',
    );
  });

  it('a scheme written in rupees reads its thresholds as rupees', () => {
    const scheme = testScheme(
      { amountUnit: 'rupee' },
      {
        thresholds: {
          sales: { incremental: ['1000000', '1000000', '1000000'], confidence: 'confirmed' },
        },
      },
    );
    const y = evaluatePli({
      scheme,
      category: 'main',
      baseYearSales: inr(0),
      years: [{ year: 'FY2020-21', netSales: inr(1000000), cumulativeInvestment: inr(0) }],
    }).years[0];
    expect(y?.thresholds.sales.required?.amount.toFixed()).toBe('1000000');
    expect(y?.eligible).toBe(true);
    expect(y?.incentive.amount.toFixed()).toBe('50000');
  });
});

describe('errors of a choice, with their codes', () => {
  const base = { scheme: testScheme(), category: 'main', baseYearSales: crore(0) };
  const years = [{ year: 'FY2020-21', netSales: crore(1), cumulativeInvestment: crore(0) }];

  it('an unknown category, first year or attribute', () => {
    const category = pliError({ ...base, category: 'other', years });
    expect(category.code).toBe('PLI_UNKNOWN_CATEGORY');
    expect(category.message).toBe(`[crorecast] category "other" is not one of test-pli's: main`);
    expect(pliError({ ...base, category: 'toString', years }).code).toBe('PLI_UNKNOWN_CATEGORY');
    const first = pliError({ ...base, firstYear: 'FY2021-22', years });
    expect(first.code).toBe('PLI_FIRST_YEAR_NOT_ALLOWED');
    expect(first.message).toBe(
      '[crorecast] firstYear FY2021-22 is not allowed by test-pli; choose FY2020-21',
    );
    const none = pliError({ ...base, attributes: ['design-led'], years });
    expect(none.code).toBe('PLI_UNKNOWN_ATTRIBUTE');
    expect(none.message).toBe(
      '[crorecast] attributes[0] "design-led" is not an opt-in bonus of test-pli category main (it has none)',
    );
    const withBonuses = testScheme(
      {},
      { bonuses: [optInBonus('design-led'), optInBonus('exporter')] },
    );
    const other = pliError({
      ...base,
      scheme: withBonuses,
      attributes: ['exporter', 'msme'],
      years,
    });
    expect(other.message).toBe(
      '[crorecast] attributes[1] "msme" is not an opt-in bonus of test-pli category main: design-led, exporter',
    );
  });
});
