// The schedule's day count in integers (daysInclusive, dayNumber) against date-fns, which it
// replaced on the canonical form: the same count for every pair of real dates.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInclusive } from '../../src/schedule/_lib/days.js';
import { dayNumber } from '../../src/time/_lib/dayNumber.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
// Any real calendar date from year 1 to 9999 (Date.UTC keeps years ≥ 100 as given).
const date = fc
  .date({
    min: new Date(Date.UTC(100, 0, 1)),
    max: new Date(Date.UTC(9999, 11, 31)),
    noInvalidDate: true,
  })
  .map(
    (d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`,
  );
const nearLeapDays = fc
  .tuple(
    fc.constantFrom(1900, 2000, 2023, 2024, 2100, 2400),
    fc.constantFrom('02-28', '02-29', '03-01', '12-31', '01-01'),
  )
  .map(([y, md]) => `${y}-${md}`)
  .filter((d) => !Number.isNaN(parseISO(d).getTime()));
const fns = (start: string, end: string) =>
  differenceInCalendarDays(parseISO(end), parseISO(start)) + 1;

describe('daysInclusive', () => {
  it('counts as date-fns does for any two real dates (property)', () => {
    fc.assert(
      fc.property(fc.oneof(date, nearLeapDays), fc.oneof(date, nearLeapDays), (a, b) => {
        expect(daysInclusive(a, b)).toBe(fns(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a whole April as 30, a leap February as 29, a fiscal year as 365 or 366', () => {
    expect(daysInclusive('2021-04-01', '2021-04-30')).toBe(30);
    expect(daysInclusive('2024-02-01', '2024-02-29')).toBe(29);
    expect(daysInclusive('2021-04-01', '2022-03-31')).toBe(365);
    expect(daysInclusive('2023-04-01', '2024-03-31')).toBe(366);
    expect(daysInclusive('2021-09-15', '2022-03-31')).toBe(198);
  });

  it('numbers days as JavaScript dates do from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(Date.UTC(2000, 2, 1) / 86_400_000);
  });

  it('leaves any other form to date-fns (no number for it)', () => {
    for (const d of [
      '2023-02-29',
      '2021-13-01',
      '2021-04-31',
      '2021-4-01',
      '2021-04-00',
      '20210401xx',
      'abcd-ef-gh',
    ]) {
      expect(dayNumber(d)).toBeUndefined();
    }
    expect(daysInclusive('2021-04-01', '2021-04-31')).toBeNaN();
  });
});
