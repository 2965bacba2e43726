import { describe, expect, it } from 'vitest';
import { fiscalYearKeySchema } from '../../src/pli/_lib/fiscalYear.js';
import { parseFiscalYear } from '../../src/time/index.js';

// The fiscal-year field of every PLI schema (scheme, enrolment, ceiling): what it accepts and the
// message for each kind of wrong value (PLI-formula survivors, #11). The messages are checked in
// the first test that parses, while the lazily built schema is first built (README, mutation).
const messages = (value: unknown) => {
  const r = fiscalYearKeySchema.safeParse(value);
  return r.success ? r.data : r.error.issues.map((i) => i.message);
};

describe('fiscalYearKeySchema', () => {
  it('names what is wrong: missing, not a label, not a label the time layer reads, not April', () => {
    expect(messages(undefined)).toEqual(['is required (a fiscal year such as "FY2020-21")']);
    expect(messages(null)).toEqual(['expected a fiscal year such as "FY2020-21", got null']);
    expect(messages(5)).toEqual(['expected a fiscal year such as "FY2020-21", got 5']);
    expect(messages({})).toEqual(['expected a fiscal year such as "FY2020-21", got {}']);
    // The time layer's own message, without its "[crorecast] " prefix.
    expect(messages('garbage')).toEqual([
      'period "garbage" is not a fiscal-year label (expected e.g. "FY2021-22", "FY22", "2021-22" or "FY 2021-22")',
    ]);
    expect(messages('FY2021-22 (Jul)')).toEqual([
      'PLI years are Indian fiscal years (April–March), got FY2021-22 (Jul)',
    ]);
    expect(messages(parseFiscalYear('FY2021-22 (Jul)'))).toEqual([
      'PLI years are Indian fiscal years (April–March), got FY2021-22 (Jul)',
    ]);
  });

  it('normalises every label form and a FiscalYear period to its key', () => {
    expect(messages('FY22')).toBe('FY2021-22');
    expect(messages('2021-22')).toBe('FY2021-22');
    expect(messages('FY2021-22')).toBe('FY2021-22');
    expect(messages(parseFiscalYear('FY23'))).toBe('FY2022-23');
  });
});
