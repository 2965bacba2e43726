import { readOptions } from '../core/options.js';
import type { RoundingMode } from '../core/rounding.js';
import { checkMode, checkScale, roundDecimal } from './_lib/roundDecimal.js';
import { type CurrencyCode, currencyInfo } from './currency.js';
import { type Money, money } from './money.js';

/** Options for `round`. */
export interface RoundOptions {
  /**
   * Decimal places to keep. Defaults to the currency's minor unit (2 for INR/USD, 0 for JPY).
   * A negative scale rounds to tens, hundreds, … as Excel's `ROUND(x, -2)` does.
   */
  readonly scale?: number;
  /** How to round; `half-up` (the default) rounds halves away from zero, like Excel's ROUND. */
  readonly mode?: RoundingMode;
}

/**
 * Rounds an amount to a number of decimal places with a named rounding mode — the explicit
 * boundary where exact, unrounded money becomes a reportable figure.
 *
 * @param m - the amount
 * @param options - `scale` (default: the currency's minor unit) and `mode` (default `half-up`)
 * @returns the rounded amount
 * @throws {ArgumentError} for a scale that is not a whole number or an unknown mode
 *
 * @example
 * ```ts
 * round(inr('2500000.755')).amount.toFixed() //=> '2500000.76'
 * round(inr('2.345'), { mode: 'half-even' }).amount.toFixed() //=> '2.34'
 * round(inr('1234567'), { scale: -5 }).amount.toFixed() //=> '1200000'
 * round(money('1234.5', 'JPY')).amount.toFixed() //=> '1235'
 * ```
 */
export function round<C extends CurrencyCode>(m: Money<C>, options: RoundOptions = {}): Money<C> {
  readOptions(options, 'round', ['scale', 'mode']);
  const scale = checkScale(options.scale ?? currencyInfo(m.currency).minorUnit);
  const mode = checkMode(options.mode ?? 'half-up');
  return money(roundDecimal(m.amount, scale, mode), m.currency);
}
