// The depreciation engine's short cuts, each checked against what it short-cuts with the fixed
// fast-check seed (test/setup): Decimal.min / Decimal.max without their copies, and a year's
// charge taken whole where allocate would hand it to the year's one period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/core/decimal.js';
import { allocate } from '../../src/money/allocate.js';
import { money } from '../../src/money/money.js';
import { slotOfLabel } from '../../src/schedule/_lib/periods.js';
import { spreadCharges } from '../../src/schedule/_lib/spread.js';
import { least, notNegative, type YearCharge } from '../../src/schedule/_lib/yearCharges.js';

const signed = (d: Decimal) => [d.toFixed(), Object.is(d.s, -1) && d.isZero()];
const decimal = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).dividedBy(100)),
  fc.constantFrom(new Decimal(0), new Decimal('-0'), new Decimal('1e-30'), new Decimal('-1e-30')),
  fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }).map((n) => new Decimal(`${n}e-7`)),
);

describe('least and notNegative', () => {
  it('give Decimal.min(a, b) and Decimal.max(0, x): the same value and sign of zero', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(signed(least(a, b))).toEqual(signed(Decimal.min(a, b)));
        expect(signed(notNegative(a))).toEqual(signed(Decimal.max(ZERO, a)));
      }),
    );
  });
});

describe('spreadCharges', () => {
  const slots = ['FY2021-22', 'FY2022-23', 'FY2023-24'].map(slotOfLabel);
  const windows = new Map(slots.map((s) => [s.key, { key: s.key, start: s.start, end: s.end }]));
  it("gives a fiscal year's period the charge allocate would (one weight: all of it, rounded)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 18n }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('2021-04-01', '2021-10-15', '2022-03-31'),
        fc.constantFrom(undefined, '2022-09-30', '2023-04-01'),
        fc.constantFrom(2, 3),
        (paise, putToUse, endOfLife, places) => {
          const years = slots.map(
            (s, i): YearCharge => ({
              key: s.key,
              daysInUse: 1,
              daysInYear: 365,
              factor: new Decimal(1),
              opening: ZERO,
              charge: new Decimal(`${paise[i]}e-${places}`),
              accumulated: ZERO,
              closing: ZERO,
            }),
          );
          const got = spreadCharges(years, windows, slots, putToUse, endOfLife, 'INR');
          const want = years.map((y) =>
            y.charge.isZero()
              ? ZERO
              : ZERO.plus(allocate(money(y.charge, 'INR'), [1])[0]?.amount ?? Number.NaN),
          );
          expect(got.map((d) => d.toFixed())).toEqual(want.map((d) => d.toFixed()));
        },
      ),
    );
  });
});
