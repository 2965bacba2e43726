// An operation that remembers its last operands (the price path's months within a year): the
// same objects give the remembered result, anything else is computed.
import { describe, expect, it } from 'vitest';
import { decimalCalculator, float64Calculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { lastOperands } from '../../src/projection/_lib/lastOperands.js';

describe('lastOperands', () => {
  it('repeats its result for the very same operands, computing once', () => {
    let calls = 0;
    const times = lastOperands((a: Decimal, b: Decimal) => {
      calls++;
      return decimalCalculator.multiply(a, b);
    });
    const price = new Decimal('9000.125');
    const rate = new Decimal('74.5');
    const first = times(price, rate);
    expect(times(price, rate)).toBe(first);
    expect(calls).toBe(1);
    expect(first.toJSON()).toBe('670509.3125');
  });

  it('computes again for another object, even of the same value, and for swapped operands', () => {
    let calls = 0;
    const minus = lastOperands((a: Decimal, b: Decimal) => {
      calls++;
      return a.minus(b);
    });
    const a = new Decimal('5');
    const b = new Decimal('3');
    expect(minus(a, b).toJSON()).toBe('2');
    expect(minus(b, a).toJSON()).toBe('-2');
    const sameValue = new Decimal('3');
    const again = minus(b, a);
    expect(minus(sameValue, a)).not.toBe(again);
    expect(calls).toBe(3);
    const first = minus(a, b);
    expect(minus(a, new Decimal('3'))).not.toBe(first);
    expect(calls).toBe(5);
  });

  it('tells float64 signed zeros and NaN apart as Object.is does', () => {
    const divide = lastOperands((a: number, b: number) => float64Calculator.divide(a, b));
    expect(divide(1, 0.5)).toBe(2);
    expect(Object.is(divide(-0, 2), -0)).toBe(true);
    expect(Object.is(divide(0, 2), 0)).toBe(true);
    expect(divide(Number.NaN, 2)).toBeNaN();
    expect(divide(Number.NaN, 2)).toBeNaN();
  });
});
