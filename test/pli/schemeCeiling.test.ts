import { describe, expect, it } from 'vitest';
import { crore } from '../../src/money/constructors.js';
import { PliError } from '../../src/pli/errors.js';
import { evaluatePli } from '../../src/pli/evaluatePli.js';
import { getPliScheme } from '../../src/pli/getPliScheme.js';
import { applySchemeCeiling } from '../../src/pli/schemeCeiling.js';

describe('applySchemeCeiling', () => {
  it('scales a claim pro rata when all claims exceed the ceiling (hand-worked)', () => {
    // ₹6,000 crore of claims against ₹5,334 crore: factor 5,334 / 6,000 = 0.889;
    // ₹900 crore × 0.889 = ₹800.10 crore, a reduction of ₹99.90 crore.
    const r = applySchemeCeiling(crore(900), crore(5334), crore(6000));
    expect(r.binds).toBe(true);
    expect(r.factor.toFixed()).toBe('0.889');
    expect(r.paid.amount.toFixed()).toBe('8001000000');
    expect(r.reduction.amount.toFixed()).toBe('999000000');
  });

  it('pays in full under the ceiling, and counts the firm’s own claim in the total', () => {
    const under = applySchemeCeiling(crore(900), crore(5334), crore(5000));
    expect(under.binds).toBe(false);
    expect(under.paid.amount.toFixed()).toBe('9000000000');
    // A stated total below the firm's own claim is raised to it: 100 / 900 of the claim is paid.
    const alone = applySchemeCeiling(crore(900), crore(100), crore(50));
    expect(alone.totalClaims.amount.toFixed()).toBe('9000000000');
    expect(alone.paid.amount.toFixed()).toBe('1000000000');
  });

  it('rounds the paid claim half-up to the paisa', () => {
    // ₹1 × 2/3 = ₹0.6666… → ₹0.67.
    const r = applySchemeCeiling(crore('0.0000001'), crore(2), crore(3));
    expect(r.paid.amount.toFixed()).toBe('0.67');
    expect(r.reduction.amount.toFixed()).toBe('0.33');
  });
});

describe('evaluatePli with schemeClaims', () => {
  const base = {
    scheme: 'lsem-2020',
    category: 'domestic-mobile',
    baseYearSales: crore(200),
    firstYear: 'FY2020-21',
    years: [{ year: 'FY2020-21', netSales: crore(1000), cumulativeInvestment: crore(60) }],
  } as const;

  it('reduces the year-1 claim by the preset’s FY2020-21 outlay (₹5,334 crore, reported)', () => {
    // Year 1 from 1 August: 6% × 8/12 × (1,000 − 200) = ₹32 crore; × 5,334 / 6,000 = ₹28.448 crore.
    const r = evaluatePli({
      ...base,
      schemeClaims: {
        assumption: 'all firms claim ₹6,000 crore for FY2020-21',
        years: [{ year: 'FY2020-21', totalClaims: crore(6000) }],
      },
    });
    const y = r.years[0];
    expect(y?.schemeCeiling?.claim.amount.toFixed()).toBe('320000000');
    expect(y?.incentive.amount.toFixed()).toBe('284480000');
    expect(y?.schemeCeiling?.reduction.amount.toFixed()).toBe('35520000');
    expect(y?.reasons.at(-1)).toBe(
      "scheme-wide ceiling ₹5,334 crore for FY2020-21 (the scheme's yearly outlay, reported): all claims ₹6,000 crore (assumed: all firms claim ₹6,000 crore for FY2020-21) exceed it, so every claim is paid 88.9% — ₹32 crore → ₹28.45 crore (−₹3.55 crore)",
    );
    expect(r.assumptions.at(-1)).toMatch(
      /^lsem-2020 scheme-wide ceiling: all beneficiaries' claims assumed/,
    );
    expect(r.total.amount.toFixed()).toBe('284480000');
  });

  it('takes a stated ceiling, and without one for a year the preset lacks names the field', () => {
    const stated = evaluatePli({
      ...base,
      schemeClaims: {
        assumption: 'a revised estimate',
        years: [{ year: 'FY2020-21', totalClaims: crore(200), ceiling: crore(100) }],
      },
    });
    expect(stated.years[0]?.incentive.amount.toFixed()).toBe('160000000');
    expect(() =>
      evaluatePli({
        ...base,
        firstYear: 'FY2021-22',
        years: [{ year: 'FY2025-26', netSales: crore(1000), cumulativeInvestment: crore(60) }],
        schemeClaims: { assumption: 'x', years: [{ year: 'FY2025-26', totalClaims: crore(1) }] },
      }),
    ).toThrow(/schemeClaims\.years\[0\]\.ceiling: lsem-2020 states no yearly outlay for FY2025-26/);
    expect(() =>
      evaluatePli({
        ...base,
        schemeClaims: { assumption: 'x', years: [{ year: 'FY2030-31', totalClaims: crore(1) }] },
      }),
    ).toThrow(PliError);
  });

  it('the LSEM preset’s yearly outlay sums to its total outlay', () => {
    const lsem = getPliScheme('lsem-2020');
    const sum = (lsem.yearlyOutlay?.years ?? []).reduce(
      (a, y) => a.plus(y.amount),
      crore(0).amount,
    );
    expect(sum.equals(lsem.outlay?.amount ?? 0)).toBe(true);
  });
});
