import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../../src/time/_lib/dayNumber.js';

// Runs in the process's time zone and again in America/Los_Angeles (vitest.config.ts): a local
// calendar day is not the UTC one there.

describe('dayNumberOf', () => {
  it('numbers days from 0000-03-01, leap days and centuries included', () => {
    const day = (iso: string) => {
      const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
      const date = new Date(2000, m - 1, d);
      date.setFullYear(y);
      return dayNumberOf(date);
    };
    expect(day('0000-03-01')).toBe(0);
    expect(day('0099-12-31')).toBe(36_464); // a year below 100 is that year, not 1900 + it
    expect(day('1970-01-01')).toBe(719_468);
    expect(day('2000-03-01')).toBe(730_485);
    // 2000 is a leap year, 1900 and 2100 are not.
    expect([day('2000-03-01') - day('2000-02-28'), day('1900-03-01') - day('1900-02-28')]).toEqual([
      2, 1,
    ]);
    expect(day('2100-03-01') - day('2100-02-28')).toBe(1);
    expect(day('2024-03-01') - day('2023-03-01')).toBe(366);
  });

  it('differs between two Dates by date-fns’ differenceInCalendarDays, at any time of day', () => {
    const anyDate = fc.date({
      min: new Date(-271_000, 0, 1),
      max: new Date(275_000, 0, 1),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(anyDate, anyDate, (later, earlier) => {
        expect(dayNumberOf(later) - dayNumberOf(earlier)).toBe(
          differenceInCalendarDays(later, earlier),
        );
      }),
      { numRuns: 2_000 },
    );
    // Near each other (the valuation's days): a few years around today, each day's start.
    const near = fc.integer({ min: -3_000, max: 3_000 }).map((d) => new Date(2024, 0, 1 + d));
    fc.assert(
      fc.property(near, near, (later, earlier) => {
        expect(dayNumberOf(later) - dayNumberOf(earlier)).toBe(
          differenceInCalendarDays(later, earlier),
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
