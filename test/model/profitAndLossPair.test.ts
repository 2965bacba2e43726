import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  type OperatingYear,
  profitAndLoss,
  profitAndLossWithAndWithoutPli,
} from '../../src/model/profitAndLoss.js';

const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }))
  .map(([rupees, paise]) => new Decimal(`${rupees}.${String(paise).padStart(2, '0')}`));
const positive = amount.map((d) => d.abs());
const year = fc.record(
  {
    revenue: positive,
    costOfGoods: positive,
    customsDuty: positive,
    payroll: positive,
    otherOperatingCosts: positive,
    depreciation: positive,
    pliIncome: positive,
    pliPaidToPartners: positive,
    taxDepreciation: positive,
    stateIncentiveIncome: amount,
  },
  {
    requiredKeys: [
      'revenue',
      'costOfGoods',
      'payroll',
      'otherOperatingCosts',
      'depreciation',
      'pliIncome',
    ],
  },
);

describe('profitAndLossWithAndWithoutPli', () => {
  it('gives what profitAndLoss gives with PLI and without it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(year, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        positive,
        (rows, deductible, lossBroughtForward) => {
          const years: OperatingYear[] = rows.map((r, i) => ({
            ...r,
            year: `FY${2021 + i}-${22 + i}`,
          }));
          const taxRate = new Decimal('0.25168');
          const withPli = { taxRate, pliPaymentDeductible: deductible, lossBroughtForward };
          const withoutPli = { taxRate, lossBroughtForward };
          const both = profitAndLossWithAndWithoutPli(years, withPli, withoutPli);
          expect(JSON.stringify(both.withPli)).toBe(JSON.stringify(profitAndLoss(years, withPli)));
          expect(JSON.stringify(both.withoutPli)).toBe(
            JSON.stringify(profitAndLoss(years, { ...withoutPli, withoutPli: true })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shares the statement when there is no PLI at all, to the digit and the sign of zero (property)', () => {
    // A baseline's PLI is +0 in every year: the case with PLI is then the case without it. −0,
    // a payment that is not deductible, other terms or any PLI at all must not take the short cut.
    const zeroOrSmall = fc.oneof(
      fc.constant(new Decimal(0)),
      fc.constant(new Decimal(-0)),
      amount.map((d) => d.abs()),
    );
    const noPliYear = fc.record({
      revenue: zeroOrSmall,
      costOfGoods: zeroOrSmall,
      payroll: zeroOrSmall,
      otherOperatingCosts: zeroOrSmall,
      depreciation: zeroOrSmall,
      taxDepreciation: zeroOrSmall,
      stateIncentiveIncome: fc.oneof(fc.constant(new Decimal(-0)), amount),
      pliIncome: fc.constantFrom(new Decimal(0), new Decimal(-0), new Decimal('0.01')),
      pliPaidToPartners: fc.constantFrom(new Decimal(0), new Decimal(-0), undefined),
    });
    fc.assert(
      fc.property(
        fc.array(noPliYear, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom(undefined, new Decimal(0), new Decimal(-0), new Decimal(5)),
        (rows, deductible, lossBroughtForward) => {
          const years: OperatingYear[] = rows.map(({ pliPaidToPartners, ...r }, i) => ({
            ...r,
            ...(pliPaidToPartners === undefined ? {} : { pliPaidToPartners }),
            year: `FY${2021 + i}-${22 + i}`,
          }));
          const taxRate = new Decimal('0.25168');
          const withPli = {
            taxRate,
            pliPaymentDeductible: deductible,
            ...(lossBroughtForward === undefined ? {} : { lossBroughtForward }),
          };
          const withoutPli = {
            taxRate,
            ...(lossBroughtForward === undefined ? {} : { lossBroughtForward }),
          };
          const both = profitAndLossWithAndWithoutPli(years, withPli, withoutPli);
          expect(JSON.stringify(both.withPli)).toBe(JSON.stringify(profitAndLoss(years, withPli)));
          expect(JSON.stringify(both.withoutPli)).toBe(
            JSON.stringify(profitAndLoss(years, { ...withoutPli, withoutPli: true })),
          );
          for (const [i, row] of both.withoutPli.entries()) {
            expect(row.patMargin.isNegative()).toBe(
              profitAndLoss(years, { ...withoutPli, withoutPli: true })[i]?.patMargin.isNegative(),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('works the margins out when read, in any order, from each year’s own figures (property)', () => {
    fc.assert(
      fc.property(fc.array(year, { minLength: 1, maxLength: 6 }), (rows) => {
        const years: OperatingYear[] = rows.map((r, i) => ({
          ...r,
          year: `FY${2021 + i}-${22 + i}`,
        }));
        const taxRate = new Decimal('0.25168');
        const both = profitAndLossWithAndWithoutPli(years, { taxRate }, { taxRate });
        // The last year's first: a margin must not see figures of the years computed after it.
        for (const statement of [both.withoutPli, both.withPli]) {
          for (const row of [...statement].reverse()) {
            const revenue = row.revenue.amount;
            const margin = (x: Decimal) =>
              revenue.isZero() ? '0' : x.dividedBy(revenue).toString();
            expect(row.patMargin.toString()).toBe(margin(row.profitAfterTax.amount));
            expect(row.ebitdaMargin.toString()).toBe(margin(row.ebitda.amount));
            // Kept once worked out, and seen as plain keys, last, by keys, spread and JSON.
            expect(row.patMargin).toBe(row.patMargin);
            expect(Object.keys(row).slice(-3)).toEqual([
              'lossCarriedForward',
              'ebitdaMargin',
              'patMargin',
            ]);
            expect({ ...row }.patMargin).toBe(row.patMargin);
            expect(JSON.parse(JSON.stringify(row)).ebitdaMargin).toBe(margin(row.ebitda.amount));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('leaves PLI out of the second statement whatever its options say', () => {
    const d = (x: number) => new Decimal(x);
    const y = {
      year: 'FY2021-22',
      revenue: d(1000),
      costOfGoods: d(900),
      payroll: d(20),
      otherOperatingCosts: d(30),
      depreciation: d(10),
      pliIncome: d(5),
      pliPaidToPartners: d(2),
    };
    const both = profitAndLossWithAndWithoutPli(
      [y],
      { taxRate: d(0) },
      { taxRate: d(0), withoutPli: false },
    );
    expect(both.withoutPli[0]?.pliIncome.amount.toFixed()).toBe('0');
    expect(both.withoutPli[0]?.profitBeforeTax.amount.toFixed()).toBe('40');
    expect(both.withPli[0]?.profitBeforeTax.amount.toFixed()).toBe('43');
  });
});
