import type { Decimal } from '../core/decimal.js';
import { ArgumentError } from '../core/errors.js';
import { decimalJsRounding, type RoundingMode } from '../core/rounding.js';
import { groupDigits } from '../money/_lib/groupDigits.js';
import type { DigitGrouping } from './types.js';

/** Options for {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Decimal places (default 2). */
  readonly decimals?: number;
  /** Digit grouping (default `indian`: `12,34,567.00`). */
  readonly grouping?: DigitGrouping;
  /** Rounding mode at the `decimals` boundary (default `half-up`, like Excel's ROUND). */
  readonly mode?: RoundingMode;
}

/**
 * Formats an exact number for a report: rounded to `decimals` with a named mode, grouped the
 * Indian (`12,34,567`) or international (`1,234,567`) way, never in exponent notation, and a
 * value that rounds to zero prints without a minus sign.
 *
 * @param value - the number
 * @param options - decimals, grouping and rounding mode
 * @returns the formatted text
 * @throws {ArgumentError} when `decimals` is not a whole number from 0 to 20
 *
 * @example
 * ```ts
 * formatNumber(new Decimal('3800000.005')) //=> '38,00,000.01'
 * formatNumber(new Decimal('3800000'), { grouping: 'international', decimals: 0 }) //=> '3,800,000'
 * formatNumber(new Decimal('-0.004')) //=> '0.00'
 * ```
 */
export function formatNumber(value: Decimal, options: FormatNumberOptions = {}): string {
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new ArgumentError('INVALID_DECIMALS', `decimals ${decimals} must be a whole number 0–20`);
  }
  // decimal.js rounds the signed value in `toFixed` itself (one copy, where rounding first and
  // taking the absolute value made two more); it keeps the sign of a negative value that rounds
  // to zero ("-0.00"), which a report shows unsigned.
  const text = value.toFixed(decimals, decimalJsRounding(options.mode ?? 'half-up'));
  const negative = text.charCodeAt(0) === 45;
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', fraction] = unsigned.split('.');
  const grouping = options.grouping ?? 'indian';
  const grouped = grouping === 'none' ? whole : groupDigits(whole, grouping);
  const sign = negative && !isZeroText(unsigned) ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** True when fixed-point text (digits and at most one point) shows zero. */
function isZeroText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}
