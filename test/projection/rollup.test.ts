// The fiscal-year roll-up takes a year whose months all hold the very same value as that value
// times the months (decimalRepeatedSum) — it must give, digit for digit, what adding the months
// up in turn gives: partial years, values too long for the product, zeros of either sign, and
// years summed from a twin.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { resolveHorizon } from '../../src/projection/_lib/horizon.js';
import { sumByFiscalYear, sumByFiscalYearLike } from '../../src/projection/_lib/rollup.js';

/** Each year's months added up in turn from zero by decimal.js itself. */
function addedUp(yearOfMonth: ArrayLike<number>, years: number, values: readonly Decimal[]) {
  const totals = Array.from({ length: years }, () => new Decimal(0));
  values.forEach((v, m) => {
    const y = yearOfMonth[m] as number;
    totals[y] = (totals[y] as Decimal).plus(v);
  });
  return totals.map((t) => t.valueOf());
}

// 2021-09 for 40 months: a first year of 7 months, two whole years, a last year of 9.
const horizon = resolveHorizon({ start: '2021-09', months: 40 });
const yearOf = (m: number) => horizon.yearOfMonth[m] as number;
/** One value per year, held in each of its months (the very same object). */
const held = (perYear: readonly string[]) => {
  const values = perYear.map((t) => new Decimal(t));
  return horizon.months.map((_, m) => values[yearOf(m)] as Decimal);
};

describe('sumByFiscalYear of years holding one value', () => {
  it('gives the sums in turn: partial years, 38 to 40 digits, zeros of either sign', () => {
    expect(horizon.fiscalYears).toHaveLength(4);
    const cases = [
      ['1250.5', '-3', '7', '0.000001'],
      // 40 and 39 digits (added up in turn they round differently from a product), 38 digits.
      [
        '2665073624763574414519.702204787333279649',
        '94229397074528417942.2819421232372870355',
        '9993509533089605287884637502314434.4743',
        '-98700560534130616269.7485716076255672343',
      ],
      ['0', '-0', '1e-30', '-0'],
    ];
    for (const perYear of cases) {
      const values = held(perYear);
      const sums = sumByFiscalYear(horizon, values).map((d) => d.valueOf());
      expect(sums, perYear.join()).toEqual(addedUp(horizon.yearOfMonth, 4, values));
    }
  });

  it('adds up a year in turn when one month holds another value, even an equal one', () => {
    const values = held(['1.1', '2.2', '3.3', '4.4']);
    values[20] = new Decimal('2.2'); // equal, not the same object
    values[21] = new Decimal('98700560534130616269.7485716076255672343');
    const sums = sumByFiscalYear(horizon, values).map((d) => d.valueOf());
    expect(sums).toEqual(addedUp(horizon.yearOfMonth, 4, values));
  });

  it('reads a column of a strided buffer', () => {
    const a = held(['5', '6', '7', '8']);
    const b = held(['1234567890123456789012345678.9', '-2', '3', '4']);
    const buffer = a.flatMap((v, m) => [v, b[m] as Decimal]);
    expect(sumByFiscalYear(horizon, buffer, 2, 1).map((d) => d.valueOf())).toEqual(
      addedUp(horizon.yearOfMonth, 4, b),
    );
  });
});

describe('sumByFiscalYearLike', () => {
  it('takes the twin’s total only for years holding the twin’s very values', () => {
    const twin = held(['10', '20', '30', '40']);
    const twinTotals = sumByFiscalYear(horizon, twin);
    const values = twin.slice();
    // Year 1: its own held value; year 2: one month of its own.
    for (let m = 0; m < 40; m++) if (yearOf(m) === 1) values[m] = new Decimal('11.5');
    values[25] = new Decimal('29');
    const sums = sumByFiscalYearLike(horizon, values, 1, 0, twin, twinTotals);
    expect(sums.map((d) => d.valueOf())).toEqual(addedUp(horizon.yearOfMonth, 4, values));
    expect(sums[0]).toBe(twinTotals[0]);
    expect(sums[3]).toBe(twinTotals[3]);
  });
});
