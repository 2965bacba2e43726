import { describe, expect, it } from 'vitest';
import { crore } from '../../src/money/constructors.js';
import { evaluatePli } from '../../src/pli/evaluatePli.js';

const enrolment = {
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  firstYear: 'FY2020-21',
  baseYearSales: crore(200),
} as const;

describe('evaluatePli — part-year claims on the months’ own sales', () => {
  it('claims scheme year 1 (from 1 August) on the sales of August to March (hand-worked)', () => {
    // 900 − 8/12 × 200 = 766.67 crore ≥ the ₹500 crore threshold; × 6% = ₹46 crore. Pro rata on
    // the year's ₹1,000 crore it would be 6% × 8/12 × 800 = ₹32 crore.
    const r = evaluatePli({
      ...enrolment,
      years: [
        {
          year: 'FY2020-21',
          netSales: crore(1000),
          cumulativeInvestment: crore(60),
          part: { from: '2020-08', netSales: crore(900) },
        },
      ],
    });
    const y = r.years[0];
    expect(y?.incentive.amount.toFixed()).toBe('460000000');
    expect(y?.netSales.amount.toFixed()).toBe('9000000000');
    expect(y?.countedShare.times(12).toFixed()).toBe('8');
    expect(y?.reasons[0]).toBe(
      "scheme year 1 counts sales from 1 August; the claim covers 1 August 2020 to the year's end (8 months): those months' own sales, ₹900 crore of ₹1,000 crore for the year, against 8/12 of the base year (₹133.33 crore)",
    );
  });

  it('claims a later year in part: a firm that started production in October', () => {
    // Scheme year 2 (FY2021-22) from 1 October: 6 months; 1,500 − 6/12 × 200 = 1,400 ≥ 1,000;
    // × 6% = ₹84 crore.
    const r = evaluatePli({
      ...enrolment,
      years: [
        { year: 'FY2020-21', netSales: crore(0), cumulativeInvestment: crore(60) },
        {
          year: 'FY2021-22',
          netSales: crore(1500),
          cumulativeInvestment: crore(120),
          part: { from: '2021-10', netSales: crore(1500) },
        },
      ],
    });
    expect(r.years[1]?.incentive.amount.toFixed()).toBe('840000000');
    expect(r.years[1]?.countedShare.times(12).toFixed()).toBe('6');
  });

  it('refuses a part that starts outside its year, or before year 1 starts counting', () => {
    const year = (from: string) => ({
      ...enrolment,
      years: [
        {
          year: 'FY2020-21',
          netSales: crore(1000),
          cumulativeInvestment: crore(60),
          part: { from, netSales: crore(900) },
        },
      ],
    });
    expect(() => evaluatePli(year('2021-04'))).toThrow(
      'years[0].part.from 2021-04 is not a month of FY2020-21',
    );
    expect(() => evaluatePli(year('2020-06'))).toThrow(
      'years[0].part.from 2020-06 is before scheme year 1 starts counting (1 August)',
    );
    expect(() => evaluatePli(year('2020-13'))).toThrow(/expected a month as yyyy-MM/);
  });
});
