import { describe, expect, it } from 'vitest';
import { crore, inr } from '../../src/money/index.js';
import { evaluatePli, PliError, type PliEvaluationInputInput } from '../../src/pli/index.js';
import { testScheme, thrown } from './_scheme.js';

// A year's breakdown, reason by reason, on a small scheme of our own (#11, PLI mutation
// survivors): no thresholds, opt-in and cumulative bonuses, invoice floors, each kind of cap,
// the scheme-wide ceiling, part years and the errors a year's figures can raise. Every figure is
// worked by hand in the comments. The scheme is plain data built in each test.
const scheme = (patch: Record<string, unknown> = {}) => testScheme(patch);

const year = (y: string, sales: number, investment = 0) => ({
  year: y,
  netSales: crore(sales),
  cumulativeInvestment: crore(investment),
});

const errorOf = (input: PliEvaluationInputInput): PliError => {
  const error = thrown(() => evaluatePli(input));
  if (error instanceof PliError) return error;
  throw error;
};

// Three scheme years with the category's `caps`, base-year sales of zero.
const capped = (caps: readonly unknown[], committed: number, sales: readonly number[]) =>
  evaluatePli({
    scheme: testScheme({}, { caps }),
    category: 'main',
    committedInvestment: crore(committed),
    baseYearSales: crore(0),
    years: sales.map((s, i) => year(`FY202${i}-2${i + 1}`, s)),
  });

describe('evaluatePli: a year’s breakdown', () => {
  it('without thresholds, with an opt-in bonus and a cumulative-sales bonus', () => {
    const r = evaluatePli({
      scheme: scheme({
        categories: {
          main: {
            name: 'Main',
            thresholds: {},
            bonuses: [
              {
                id: 'design-led',
                name: 'Design-led',
                rate: '0.01',
                condition: { kind: 'opt-in' },
                confidence: 'confirmed',
              },
              {
                id: 'volume',
                name: 'Volume',
                rate: '0.02',
                condition: { kind: 'cumulative-incremental-sales', atLeast: '150' },
                confidence: 'reported',
                note: 'as reported',
              },
            ],
          },
        },
      }),
      category: 'main',
      attributes: ['design-led'],
      baseYearSales: crore(100),
      // Increments 100, −50, 50: the negative one does not lower the cumulative 100, so year 3
      // reaches 150 and the volume bonus (at least 150) applies.
      years: [year('FY2020-21', 200), year('FY2021-22', 50), year('FY2022-23', 150)],
    });
    const [y1, y2, y3] = r.years;
    expect(y1?.reasons).toEqual([
      'no investment threshold',
      'no sales threshold',
      'rate 5% for scheme year 1, +1% Design-led bonus: 6% × ₹100 crore = ₹6 crore',
    ]);
    expect(y1?.thresholds).toEqual({
      investment: { required: null, actual: crore(0), met: true },
      sales: { required: null, actual: crore(100), met: true },
    });
    expect(y1?.bonuses.map((b) => [b.id, b.name, b.rate.toFixed()])).toEqual([
      ['design-led', 'Design-led', '0.01'],
    ]);
    expect(y2?.eligible).toBe(true);
    expect(y2?.rate.toFixed()).toBe('0.05');
    expect(y2?.incentive.amount.toFixed()).toBe('0');
    expect(y2?.reasons).toEqual([
      'no investment threshold',
      'no sales threshold',
      'eligible incremental sales -₹50 crore are not positive: nothing to incentivise',
    ]);
    expect(y3?.rate.toFixed()).toBe('0.06');
    expect(y3?.bonuses.map((b) => b.id)).toEqual(['design-led', 'volume']);
    expect(y3?.reasons.at(-1)).toBe(
      'rate 3% for scheme year 3, +1% Design-led bonus, +2% Volume bonus (cumulative eligible incremental sales ₹150 crore): 6% × ₹50 crore = ₹3 crore',
    );
    expect(y3?.incentive.amount.toFixed()).toBe('30000000');
    expect(r.total.amount.toFixed()).toBe('90000000');
    expect(r.assumptions).toEqual(['test-pli main bonus volume (reported): as reported']);
    expect(r.companyEligibility).toBeUndefined();
    expect(r.baseYear).toBe('FY2019-20');
    expect(r.scheme).toEqual({ id: 'test-pli', name: 'Test PLI' });
  });

  it('splits lines at product and general floors and says what they earn and count', () => {
    const floored = (countsTowardsThresholds: boolean) =>
      scheme({
        categories: {
          main: {
            name: 'Main',
            thresholds: {
              sales: { incremental: ['0.5', '1', '1'], confidence: 'confirmed' },
            },
            invoiceFloor: {
              floors: [
                { product: 'phone', minimumRupees: '15000', inclusive: true },
                { minimumRupees: '20000.5', inclusive: false },
              ],
              countsTowardsThresholds,
              confidence: 'unconfirmed',
            },
          },
        },
      });
    const lines = [
      { invoiceValue: inr(10000), units: 1000, product: 'phone' }, // ₹1 crore, below ≥ ₹15,000
      { invoiceValue: inr(15000), units: 1000, product: 'phone' }, // ₹1.5 crore, at the floor
      { invoiceValue: inr('20000.5'), units: 100, product: 'laptop' }, // ₹0.2 crore, not above
      { invoiceValue: inr('20000.51'), units: 100 }, // above the general floor
    ];
    const input = (counts: boolean) => ({
      scheme: floored(counts),
      category: 'main',
      baseYearSales: crore(0),
      years: [{ year: 'FY2020-21', lines, cumulativeInvestment: crore(0) }],
    });
    const apart = evaluatePli(input(false)).years[0];
    // Above: 1.5 crore + 20,000.51 × 100 = ₹1,52,00,051; below: 1 crore + 20,00,050 = ₹1,20,00,050.
    expect(apart?.eligibleSales.amount.toFixed()).toBe('17000051');
    expect(apart?.belowFloorSales.amount.toFixed()).toBe('12000050');
    expect(apart?.netSales.amount.toFixed()).toBe('17000051');
    expect(apart?.reasons[2]).toBe(
      'sales of ₹1.20 crore below the invoice floor (phone ≥ ₹15,000, > ₹20,000.50) earn nothing and do not count towards the sales threshold',
    );
    const counted = evaluatePli(input(true)).years[0];
    expect(counted?.netSales.amount.toFixed()).toBe('29000101');
    expect(counted?.eligibleSales.amount.toFixed()).toBe('17000051');
    expect(counted?.reasons[2]).toBe(
      'sales of ₹1.20 crore below the invoice floor (phone ≥ ₹15,000, > ₹20,000.50) earn nothing but count towards the sales threshold',
    );
    // Counted: ₹2.90 crore meets the ₹0.5 crore threshold; 5% × ₹1.70 crore.
    expect(counted?.reasons[1]).toBe(
      'net incremental sales ₹2.90 crore meet the ₹0.50 crore threshold for scheme year 1',
    );
    expect(counted?.incentive.amount.toFixed()).toBe('850002.55');
  });

  it('caps sales per firm and at a multiple of committed investment over the tenure, then the incentive per year', () => {
    const r = capped(
      [
        { kind: 'eligible-sales-per-year', amounts: [null, '30', '1000'], confidence: 'reported' },
        {
          kind: 'sales-multiple-of-committed-investment',
          multiple: '2',
          scope: 'tenure',
          confidence: 'confirmed',
        },
        { kind: 'incentive-per-year', amount: '2', confidence: 'confirmed' },
      ],
      50,
      [70, 100, 100],
    );
    const [y1, y2, y3] = r.years;
    // Year 1: no per-firm cap; 70 is within 2 × 50 = 100; 5% × 70 = 3.5, capped at 2.
    expect(y1?.reasons.slice(2)).toEqual([
      'rate 5% for scheme year 1: 5% × ₹70 crore = ₹3.50 crore',
      'capped at ₹2 crore by the ₹2 crore yearly cap',
    ]);
    expect(y1?.incentiveBeforeCaps.amount.toFixed()).toBe('35000000');
    expect(y1?.incentive.amount.toFixed()).toBe('20000000');
    // Year 2: the per-firm cap of 30, then the 30 left of the tenure's 100; 4% × 30 = 1.2.
    expect(y2?.reasons.slice(2)).toEqual([
      'eligible incremental sales capped at ₹30 crore for scheme year 2 (per-firm cap, reported)',
      'rate 4% for scheme year 2: 4% × ₹30 crore = ₹1.20 crore',
    ]);
    expect(y2?.incentiveBase.amount.toFixed()).toBe('300000000');
    // Year 3: the per-firm cap (1,000) does not bind; nothing is left of the tenure's sales cap.
    expect(y3?.reasons.slice(2)).toEqual([
      'incremental sales earning incentive capped at ₹0 crore (2 × committed investment ₹50 crore over the tenure)',
      'rate 3% for scheme year 3: 3% × ₹0 crore = ₹0 crore',
    ]);
    expect(y3?.incentive.amount.toFixed()).toBe('0');
    expect(r.total.amount.toFixed()).toBe('32000000');
  });

  it('caps sales at a multiple of committed investment a year, and the incentive over the tenure', () => {
    const r = capped(
      [
        {
          kind: 'sales-multiple-of-committed-investment',
          multiple: '1.5',
          scope: 'per-year',
          confidence: 'confirmed',
        },
        { kind: 'incentive-total', amount: '5', confidence: 'confirmed' },
      ],
      40,
      [100, 100, 100],
    );
    const [y1, y2, y3] = r.years;
    // Each year at most 1.5 × 40 = 60 earns: 5% × 60 = 3; 4% × 60 = 2.4 → 2 left of 5; 3% × 60.
    expect(y1?.reasons.slice(2)).toEqual([
      'incremental sales earning incentive capped at ₹60 crore (1.5 × committed investment ₹40 crore a year)',
      'rate 5% for scheme year 1: 5% × ₹60 crore = ₹3 crore',
    ]);
    expect(y2?.reasons.at(-1)).toBe(
      'capped at ₹2 crore by the ₹5 crore cap over the tenure (₹3 crore paid in earlier years)',
    );
    expect(y3?.reasons.at(-1)).toBe(
      'capped at ₹0 crore by the ₹5 crore cap over the tenure (₹5 crore paid in earlier years)',
    );
    expect(r.years.map((y) => y.incentive.amount.toFixed())).toEqual(['30000000', '20000000', '0']);
  });

  it('the scheme-wide ceiling: a stated one that binds, the outlay that does not, and their assumptions', () => {
    const r = evaluatePli({
      scheme: scheme({
        yearlyOutlay: {
          years: [{ year: 'FY2021-22', amount: '1000' }],
          confidence: 'reported',
          note: 'budget papers',
        },
      }),
      category: 'main',
      baseYearSales: crore(0),
      years: [year('FY2020-21', 100), year('FY2021-22', 100)],
      schemeClaims: {
        assumption: 'all firms at full claims',
        years: [
          { year: 'FY2020-21', totalClaims: crore(10), ceiling: crore(4) },
          { year: 'FY2021-22', totalClaims: crore(500) },
        ],
      },
    });
    const [y1, y2] = r.years;
    // Year 1: 5 claimed (the firm's own claim raises the total to 5) against 4: paid 80%.
    expect(y1?.reasons.at(-1)).toBe(
      'scheme-wide ceiling ₹4 crore for FY2020-21 (as stated): all claims ₹10 crore (assumed: all firms at full claims) exceed it, so every claim is paid 40% — ₹5 crore → ₹2 crore (−₹3 crore)',
    );
    expect(y1?.incentive.amount.toFixed()).toBe('20000000');
    expect(y1?.schemeCeiling?.binds).toBe(true);
    expect(y2?.reasons.at(-1)).toBe(
      "scheme-wide ceiling ₹1,000 crore for FY2021-22 (the scheme's yearly outlay, reported) is not reached by all claims ₹500 crore (assumed: all firms at full claims): paid in full",
    );
    expect(y2?.incentive.amount.toFixed()).toBe('40000000');
    expect(r.assumptions).toEqual([
      "test-pli scheme-wide ceiling: all beneficiaries' claims assumed (all firms at full claims); yearly outlay reported: budget papers",
    ]);
    const plain = evaluatePli({
      scheme: scheme({
        yearlyOutlay: { years: [{ year: 'FY2020-21', amount: '1000' }], confidence: 'confirmed' },
      }),
      category: 'main',
      baseYearSales: crore(0),
      years: [year('FY2020-21', 100)],
      schemeClaims: { assumption: 'x', years: [{ year: 'FY2020-21', totalClaims: crore(1) }] },
    });
    expect(plain.assumptions).toEqual([
      "test-pli scheme-wide ceiling: all beneficiaries' claims assumed (x)",
    ]);
    expect(plain.years[0]?.schemeCeiling?.totalClaims.amount.toFixed()).toBe('50000000');
    const noNote = evaluatePli({
      scheme: scheme({
        yearlyOutlay: { years: [{ year: 'FY2020-21', amount: '1000' }], confidence: 'unconfirmed' },
      }),
      category: 'main',
      baseYearSales: crore(0),
      years: [year('FY2020-21', 100)],
      schemeClaims: { assumption: 'x', years: [{ year: 'FY2020-21', totalClaims: crore(1) }] },
    });
    expect(noNote.assumptions).toEqual([
      "test-pli scheme-wide ceiling: all beneficiaries' claims assumed (x); yearly outlay unconfirmed",
    ]);
    // No claims: no ceiling, no assumption.
    const none = evaluatePli({
      scheme: scheme(),
      category: 'main',
      baseYearSales: crore(0),
      years: [year('FY2020-21', 100)],
    });
    expect(none.years[0]?.schemeCeiling).toBeNull();
    expect(none.assumptions).toEqual([]);
  });

  it('a first year counted from August, time-proportionately, against the whole base year', () => {
    const r = evaluatePli({
      scheme: scheme({
        firstYearPart: { fromMonth: 8, baseYear: 'whole', confidence: 'unconfirmed' },
      }),
      category: 'main',
      baseYearSales: crore(60),
      years: [year('FY2020-21', 120), year('FY2021-22', 120)],
    });
    const [y1, y2] = r.years;
    // 8/12 × 120 = 80 against the whole 60: 20 × 5% = ₹1 crore. Year 2: 60 × 4%.
    expect(y1?.reasons[0]).toBe(
      "scheme year 1 counts sales from 1 August: 8/12 of the year's sales (₹80 crore of ₹120 crore), time-proportionately, against the whole base year",
    );
    expect(y1?.netIncrementalSales.amount.toFixed()).toBe('200000000');
    expect(y1?.incentive.amount.toFixed()).toBe('10000000');
    expect(y2?.countedShare.toFixed()).toBe('1');
    expect(y2?.reasons[0]).toBe('no investment threshold');
    expect(r.assumptions).toEqual(['test-pli first-year part (unconfirmed)']);
  });

  it('a part-year claim outside year 1: its own months, against the base year pro rata', () => {
    const r = evaluatePli({
      scheme: scheme(),
      category: 'main',
      baseYearSales: crore(120),
      years: [
        {
          ...year('FY2021-22', 200),
          part: { from: '2022-01', netSales: crore(50) },
        },
      ],
    });
    // January to March: 3 months, 50 against 3/12 × 120 = 30: 20 × 4%.
    expect(r.years[0]?.reasons[0]).toBe(
      "the claim covers 1 January 2022 to the year's end (3 months): those months' own sales, ₹50 crore of ₹200 crore for the year, against 3/12 of the base year (₹30 crore)",
    );
    expect(r.years[0]?.incentive.amount.toFixed()).toBe('8000000');
  });
});

describe('evaluatePli: errors a year’s figures raise', () => {
  it('names a missed year or a claimed year outside the window, and a year without a ceiling', () => {
    const base = { scheme: scheme(), category: 'main', baseYearSales: crore(0) };
    const missed = errorOf({
      ...base,
      years: [year('FY2020-21', 1)],
      thresholdsMissed: [
        { year: 'FY2020-21', reason: 'reported' },
        { year: 'FY2023-24', reason: 'downside' },
      ],
    });
    expect(missed.code).toBe('PLI_YEAR_OUTSIDE_TENURE');
    expect(missed.message).toBe(
      '[crorecast] thresholdsMissed[1].year FY2023-24 is not a scheme year of test-pli for this firm (FY2020-21, FY2021-22, FY2022-23)',
    );
    const claimed = errorOf({
      ...base,
      years: [year('FY2020-21', 1)],
      schemeClaims: {
        assumption: 'x',
        years: [{ year: 'FY2019-20', totalClaims: crore(1), ceiling: crore(1) }],
      },
    });
    expect(claimed.code).toBe('PLI_YEAR_OUTSIDE_TENURE');
    expect(claimed.message).toBe(
      '[crorecast] schemeClaims.years[0].year FY2019-20 is not a scheme year of test-pli for this firm (FY2020-21, FY2021-22, FY2022-23)',
    );
    const noCeiling = errorOf({
      ...base,
      years: [year('FY2020-21', 1)],
      schemeClaims: {
        assumption: 'x',
        years: [
          { year: 'FY2020-21', totalClaims: crore(1), ceiling: crore(1) },
          { year: 'FY2021-22', totalClaims: crore(1) },
        ],
      },
    });
    expect(noCeiling.code).toBe('PLI_FIGURE_UNKNOWN');
    expect(noCeiling.message).toBe(
      '[crorecast] schemeClaims.years[1].ceiling: test-pli states no yearly outlay for FY2021-22; give the ceiling',
    );
    const late = errorOf({ ...base, years: [year('FY2020-21', 1), year('FY2023-24', 1)] });
    expect(late.code).toBe('PLI_YEAR_OUTSIDE_TENURE');
    expect(late.message).toBe(
      '[crorecast] years[1].year FY2023-24 is outside the scheme years of test-pli for this firm (FY2020-21 to FY2022-23, first year FY2020-21)',
    );
    const twice = errorOf({
      ...base,
      years: [year('FY2021-22', 1), year('FY2020-21', 1), year('FY2021-22', 2)],
    });
    expect(twice.code).toBe('PLI_DUPLICATE_YEAR');
    expect(twice.message).toBe('[crorecast] years[2].year FY2021-22 is given twice');
  });

  it('names an unknown rate or threshold of the scheme', () => {
    const rate = errorOf({
      scheme: scheme({
        rates: { kind: 'by-year', rates: ['0.05', null, '0.03'], confidence: 'unconfirmed' },
      }),
      category: 'main',
      baseYearSales: crore(0),
      years: [year('FY2020-21', 1), year('FY2021-22', 1)],
    });
    expect(rate.code).toBe('PLI_FIGURE_UNKNOWN');
    expect(rate.message).toBe(
      '[crorecast] test-pli category main rate for scheme year 2 (FY2021-22) is unknown (null in the scheme); supply it with withOverrides',
    );
    const threshold = errorOf({
      scheme: scheme({
        categories: {
          main: {
            name: 'Main',
            thresholds: {
              investment: { cumulative: ['1', null, '3'], confidence: 'unconfirmed' },
            },
          },
        },
      }),
      category: 'main',
      baseYearSales: crore(0),
      years: [year('FY2020-21', 1, 5), year('FY2021-22', 1, 5)],
    });
    expect(threshold.code).toBe('PLI_FIGURE_UNKNOWN');
    expect(threshold.message).toBe(
      '[crorecast] test-pli category main thresholds.investment.cumulative[1] (scheme year 2, FY2021-22) is unknown (null in the scheme); supply it with withOverrides',
    );
  });

  it('meets an investment threshold at exactly the figure, and says which it missed', () => {
    const r = evaluatePli({
      scheme: scheme({
        categories: {
          main: {
            name: 'Main',
            thresholds: {
              investment: { cumulative: ['10', '20', '30'], confidence: 'confirmed' },
              sales: { incremental: ['50', '50', '50'], confidence: 'confirmed' },
            },
          },
        },
      }),
      category: 'main',
      baseYearSales: crore(0),
      years: [year('FY2020-21', 50, 10), year('FY2021-22', 49, 25)],
    });
    expect(r.years[0]?.reasons.slice(0, 2)).toEqual([
      'cumulative investment ₹10 crore meets the ₹10 crore threshold for scheme year 1',
      'net incremental sales ₹50 crore meet the ₹50 crore threshold for scheme year 1',
    ]);
    expect(r.years[1]?.reasons).toEqual([
      'cumulative investment ₹25 crore meets the ₹20 crore threshold for scheme year 2',
      'net incremental sales ₹49 crore are below the ₹50 crore threshold for scheme year 2',
      'no incentive for FY2021-22: a condition was not met (the rate would have been 4%)',
    ]);
    expect(r.years[1]?.headroom).toBeDefined();
  });
});
