import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { compareFiscalYearLabels } from '../../src/model/_lib/fiscalYears.js';
import { wholeCount } from '../../src/model/_lib/wholeCount.js';

// Both replace ICU (`toLocaleString('en-IN')`, `localeCompare`) on the run's path; ICU is the
// oracle here (for counts a double holds exactly), so the sentences and orders the run prints are
// the ones it printed before.
describe('wholeCount', () => {
  it('prints a count as toLocaleString("en-IN") does', () => {
    const edges = ['0', '-0.2', '0.5', '-0.5', '999', '1000', '-1000', '99999.5', '100000'];
    const limits = [String(Number.MAX_SAFE_INTEGER), String(-Number.MAX_SAFE_INTEGER)];
    for (const text of [...edges, ...limits]) {
      const d = new Decimal(text);
      expect(wholeCount(d), text).toBe(d.toDecimalPlaces(0).toNumber().toLocaleString('en-IN'));
    }
    // Past 2^53 the decimal's own digits, where a double would change them (…993 → …992).
    expect(wholeCount(new Decimal('9007199254740993'))).toBe('9,00,71,99,25,47,40,993');
    expect(wholeCount(new Decimal('-123456789012345678901234.5'))).toBe(
      '-1,23,45,67,89,01,23,45,67,89,01,235',
    );
    expect(wholeCount(new Decimal('1234567.4'))).toBe('12,34,567');
  });

  it('agrees with toLocaleString("en-IN") on any count (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.double({ min: -1e16, max: 1e16, noNaN: true }),
        ),
        (x) => {
          const d = new Decimal(x);
          expect(wholeCount(d)).toBe(d.toDecimalPlaces(0).toNumber().toLocaleString('en-IN'));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('compareFiscalYearLabels', () => {
  it('orders fiscal-year labels as localeCompare does (property)', () => {
    const label = fc
      .integer({ min: 1990, max: 2199 })
      .map((y) => `FY${y}-${String((y + 1) % 100).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(label, { maxLength: 15 }), (labels) => {
        expect([...labels].sort(compareFiscalYearLabels)).toEqual(
          [...labels].sort((a, b) => a.localeCompare(b)),
        );
      }),
      { numRuns: 200 },
    );
  });
});
