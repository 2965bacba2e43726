import { describe, expect, it } from 'vitest';
import { formatCalendarDate, toCalendarDate } from '../../src/time/calendarDate.js';
import { InvalidDateError } from '../../src/time/errors.js';

describe('toCalendarDate', () => {
  it('reads a yyyy-MM-dd string as local midnight of that date, in any zone', () => {
    const d = toCalendarDate('2022-04-01');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
      2022, 3, 1, 0, 0,
    ]);
  });

  it('reads a Date by its local calendar date, dropping the time of day', () => {
    const d = toCalendarDate(new Date(2021, 7, 24, 23, 59, 59, 999));
    expect(formatCalendarDate(d)).toBe('2021-08-24');
    expect(d.getHours()).toBe(0);
  });

  it('shows the UTC-parsing pitfall of new Date(string) in the local zone', () => {
    const utcMidnight = new Date('2022-04-01'); // midnight UTC
    const expected = utcMidnight.getTimezoneOffset() > 0 ? '2022-03-31' : '2022-04-01';
    expect(formatCalendarDate(utcMidnight)).toBe(expected);
  });

  it('does not mutate its input', () => {
    const input = new Date(2021, 7, 24, 15, 30);
    const before = input.getTime();
    const out = toCalendarDate(input);
    expect(input.getTime()).toBe(before);
    expect(out).not.toBe(input);
  });

  it.each([
    ['2022-02-30'],
    ['2022-13-01'],
    ['2022-4-1'],
    ['01/04/2022'],
    ['2022-04-01T00:00:00Z'],
    [' 2022-04-01'],
    [''],
    ['2021-02-29'],
  ])('rejects %j with InvalidDateError naming the value', (input) => {
    expect(() => toCalendarDate(input)).toThrow(InvalidDateError);
    expect(() => toCalendarDate(input)).toThrow(JSON.stringify(input));
  });

  it('accepts a leap day', () => {
    expect(formatCalendarDate('2024-02-29')).toBe('2024-02-29');
  });

  it('rejects an Invalid Date and non-dates', () => {
    expect(() => toCalendarDate(new Date(Number.NaN))).toThrow(InvalidDateError);
    expect(() => toCalendarDate(20220401 as unknown as string)).toThrow(InvalidDateError);
  });
});

describe('formatCalendarDate', () => {
  it('formats a Date by its local calendar date', () => {
    expect(formatCalendarDate(new Date(2022, 2, 31))).toBe('2022-03-31');
  });
});
