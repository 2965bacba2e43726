import type { Decimal } from '../core/decimal.js';
import { ArgumentError, describe, InvalidAmountError } from '../core/errors.js';
import { readChoice, readOptions } from '../core/options.js';
import type { RoundingMode } from '../core/rounding.js';
import { groupDigits } from './_lib/groupDigits.js';
import { halfUpText, plainText } from './_lib/halfUpText.js';
import { checkMode, roundDecimal } from './_lib/roundDecimal.js';
import { shiftPoint } from './_lib/shift.js';
import { currencyInfo } from './currency.js';
import { isMoney, type Money } from './money.js';
import { MONEY_UNITS, type MoneyUnit } from './units.js';

/** Options for `formatMoney`. */
export interface FormatMoneyOptions {
  /**
   * The magnitude to write the amount in. `none` (default) writes every digit; `auto` picks
   * crore or lakh for INR and billion or million for other currencies, the largest unit in which
   * the rounded amount is at least 1, else `none`.
   */
  readonly unit?: MoneyUnit | 'auto';
  /**
   * Decimal places shown. Defaults to the currency's minor unit without a unit (2 for INR, 0 for
   * JPY) and to 2 with a unit (`₹1,350.00 crore`).
   */
  readonly decimals?: number;
  /** `long` (default: `crore`, `lakh`, `billion`) or `short` (`Cr`, `L`, `bn`). */
  readonly unitLabel?: 'long' | 'short';
  /** `symbol` (default: `₹`, `$`), `code` (`INR `, `USD `) or `none`. */
  readonly symbol?: 'symbol' | 'code' | 'none';
  /** Digit grouping; defaults to the currency's (Indian for INR, international otherwise). */
  readonly grouping?: 'indian' | 'international';
  /** How the shown figure is rounded; default `half-up`. */
  readonly mode?: RoundingMode;
}

const AUTO_UNITS = {
  indian: ['crore', 'lakh'],
  international: ['billion', 'million'],
} as const satisfies Record<'indian' | 'international', readonly MoneyUnit[]>;

/**
 * Formats money the way Indian and international finance writes it, exactly at any magnitude:
 * the digits come from the Decimal's own string (never a float), never in exponent notation,
 * never `NaN` or `Infinity`. INR groups digits the Indian way (`₹13,50,00,00,000.00`), other
 * currencies in thousands. A value that rounds to zero prints without a minus sign.
 * `parseMoney` reads every output back.
 *
 * @param m - the amount
 * @param options - `unit`, `decimals`, `unitLabel`, `symbol`, `grouping`, `mode`
 * @returns the formatted text
 * @throws {ArgumentError} for negative or fractional `decimals` or an unknown rounding mode
 *
 * @example
 * ```ts
 * formatMoney(inr('13500000000')) //=> '₹13,50,00,00,000.00'
 * formatMoney(crore(1350), { unit: 'crore', decimals: 0 }) //=> '₹1,350 crore'
 * formatMoney(crore(38000), { unit: 'crore', decimals: 0, unitLabel: 'short' }) //=> '₹38,000 Cr'
 * formatMoney(usd('30000000000'), { unit: 'billion', decimals: 1 }) //=> '$30.0 billion'
 * formatMoney(inr('-2500000.755')) //=> '-₹25,00,000.76'
 * formatMoney(lakh(5.5), { unit: 'auto', symbol: 'code' }) //=> 'INR 5.50 lakh'
 * ```
 */
export function formatMoney(m: Money, options?: FormatMoneyOptions): string {
  if (!isMoney(m)) throw new InvalidAmountError(m, 'money');
  const opts = readFormatOptions(options);
  const info = currencyInfo(m.currency);
  const grouping = opts.grouping ?? info.grouping;
  const mode = checkMode(opts.mode ?? 'half-up');
  const fixed = opts.decimals === undefined ? undefined : checkDecimals(opts.decimals);
  const places = (unit: MoneyUnit) => fixed ?? (unit === 'none' ? info.minorUnit : 2);
  const requested = opts.unit ?? 'none';
  const unit = requested === 'auto' ? autoUnit(m, grouping, places, mode) : checkUnit(requested);
  const decimals = places(unit);
  const exponent = MONEY_UNITS[unit].exponent;
  const { negative, whole, fraction } =
    (mode === 'half-up' ? halfUpText(plainText(m.amount), exponent, decimals) : null) ??
    roundedParts(m.amount, exponent, decimals, mode);
  const number =
    fraction === '' ? groupDigits(whole, grouping) : `${groupDigits(whole, grouping)}.${fraction}`;
  const style = opts.symbol ?? 'symbol';
  const prefix = style === 'symbol' ? info.symbol : style === 'code' ? `${info.code} ` : '';
  const label = MONEY_UNITS[unit][opts.unitLabel ?? 'long'];
  return `${negative ? '-' : ''}${prefix}${number}${label === '' ? '' : ` ${label}`}`;
}

// The amount in a unit rounded with any mode, through Decimal arithmetic: the path for the
// modes other than half-up (which `halfUpText` rounds on the digits' text) and for amounts of
// more than 40 significant digits.
function roundedParts(amount: Decimal, exponent: number, decimals: number, mode: RoundingMode) {
  // No text round trip through shiftPoint when the amount is shown in its own unit.
  const inUnit = exponent === 0 ? amount : shiftPoint(amount, -exponent);
  const scaled = roundDecimal(inUnit, decimals, mode);
  const [whole = '0', fraction = ''] = scaled.abs().toFixed(decimals).split('.');
  return { negative: scaled.isNegative() && !scaled.isZero(), whole, fraction };
}

// The largest unit in which the amount, as it will be shown, is at least 1 (so 99,99,999.999
// shows as ₹1.00 crore, not ₹100.00 lakh).
function autoUnit(
  m: Money,
  grouping: 'indian' | 'international',
  places: (unit: MoneyUnit) => number,
  mode: RoundingMode,
): MoneyUnit {
  const plain = mode === 'half-up' ? plainText(m.amount) : undefined;
  for (const unit of AUTO_UNITS[grouping]) {
    const exponent = MONEY_UNITS[unit].exponent;
    const text = plain === undefined ? null : halfUpText(plain, exponent, places(unit));
    if (text !== null) {
      if (text.whole !== '0') return unit;
      continue;
    }
    const shown = roundDecimal(shiftPoint(m.amount, -exponent), places(unit), mode);
    if (shown.abs().greaterThanOrEqualTo(1)) return unit;
  }
  return 'none';
}

const NO_OPTIONS: FormatMoneyOptions = Object.freeze({});
const OPTION_NAMES = ['unit', 'decimals', 'unitLabel', 'symbol', 'grouping', 'mode'] as const;

// Options are inputs: an unknown label, a misspelt key or null is a typed error, never
// "undefined" or a prototype's function text in the output (issue 11).
function readFormatOptions(options: FormatMoneyOptions | undefined): FormatMoneyOptions {
  if (options === undefined) return NO_OPTIONS;
  const opts = readOptions(options, 'formatMoney', OPTION_NAMES);
  readChoice(opts.unitLabel, ['long', 'short'], 'formatMoney: unitLabel');
  readChoice(opts.symbol, ['symbol', 'code', 'none'], 'formatMoney: symbol');
  readChoice(opts.grouping, ['indian', 'international'], 'formatMoney: grouping');
  return opts;
}

function checkDecimals(decimals: unknown): number {
  if (
    typeof decimals !== 'number' ||
    !Number.isSafeInteger(decimals) ||
    decimals < 0 ||
    decimals > 100
  ) {
    throw new ArgumentError(
      'INVALID_DECIMALS',
      `decimals ${describe(decimals)} must be a whole number from 0 to 100`,
    );
  }
  return decimals;
}

function checkUnit(unit: unknown): MoneyUnit {
  if (typeof unit === 'string' && Object.hasOwn(MONEY_UNITS, unit)) return unit as MoneyUnit;
  const known = ['auto', ...Object.keys(MONEY_UNITS)].join(', ');
  throw new ArgumentError('INVALID_UNIT', `unit ${describe(unit)} is not one of ${known}`);
}
