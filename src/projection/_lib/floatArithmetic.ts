import { float64Calculator } from '../../core/calculator.js';
import { ArgumentError } from '../../core/errors.js';

// The float64 equations' arithmetic helpers, as `float64Calculator` does them.

function divisionByZero(): never {
  throw new ArgumentError('DIVISION_BY_ZERO', 'division by zero');
}

/** a ÷ b, throwing for a zero divisor as `float64Calculator.divide` does. */
export function div(a: number, b: number): number {
  return b === 0 ? divisionByZero() : a / b;
}

/**
 * Numbers of curves that no slot holds (an anchor's time, a Decimal of the plan), converted
 * once: a Decimal's `toNumber` goes through its digits as text, and the curve is rebuilt each
 * time a draw changes its values.
 */
const constants = new WeakMap<object, number>();

/** A curve's number as `float64Calculator.from` reads it. */
export function num(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'object' || value === null) return float64Calculator.from(value as number);
  let n = constants.get(value);
  if (n === undefined) {
    n = float64Calculator.from(value as unknown as number);
    constants.set(value, n);
  }
  return n;
}

export function toInr(fx: Float64Array, K: number, currency: number, m: number): number {
  return currency < 0 ? 1 : (fx[m * K + currency] as number);
}
