import { expect } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import type { Money } from '../../src/money/money.js';

/** Asserts |actual − expected| ≤ relative·|expected| (absolute when expected is 0). */
export function expectClose(
  actual: Decimal | Money | number,
  expected: Decimal | string | number,
  relative: number,
): void {
  const value =
    typeof actual === 'number'
      ? new Decimal(actual)
      : 'currency' in actual
        ? actual.amount
        : actual;
  const target = new Decimal(expected);
  const error = value.minus(target).abs();
  const bound = target.isZero() ? new Decimal(relative) : target.abs().times(relative);
  if (error.greaterThan(bound)) {
    expect.fail(
      `expected ${value.toString()} to be within ${relative} (relative) of ${target.toString()}`,
    );
  }
}

/** Excel's XNPV/XIRR documentation example. */
export const EXCEL_DATED_FLOWS = [
  { date: '2008-01-01', amount: -10_000 },
  { date: '2008-03-01', amount: 2_750 },
  { date: '2008-10-30', amount: 4_250 },
  { date: '2009-02-15', amount: 3_250 },
  { date: '2009-04-01', amount: 2_750 },
] as const;
