import { Decimal } from '../../core/decimal.js';
import { PRECISION, WORD_DIGITS } from '../../core/decimalParts.js';

/** A figure rounded for display: its sign and the digits either side of the point. */
export interface HalfUpText {
  /** True for a negative figure that does not round to zero. */
  readonly negative: boolean;
  /** The whole part without leading zeros (`'0'` below 1). */
  readonly whole: string;
  /** Exactly `decimals` digits. */
  readonly fraction: string;
  /** True when the figure, shifted, had no non-zero digit after the point before rounding. */
  readonly integer: boolean;
}

/**
 * `value × 10^−shift` rounded half-up (ties away from zero) to `decimals` places, worked on the
 * value's plain digits (`Decimal#toFixed()`) — the digits `shiftPoint`, `toDecimalPlaces` and
 * `toFixed(decimals)` give, without their Decimal arithmetic (`formatMoney` rounds half-up this
 * way, and the PLI engine's reasons, built on every evaluation). Null for a value of more than
 * 40 significant digits (where a division at the private Decimal's precision could differ from
 * the exact shift): callers take the Decimal path then.
 *
 * @param plain - a finite value's plain decimal text (`'-1234.5'`, `'0.00012'`; no exponent)
 * @param shift - powers of ten to divide by (7 for crore, −2 for a percentage)
 * @param decimals - places to round to, 0 or more
 * @returns the sign and digits, or null past 40 significant digits
 *
 * @example
 * ```ts
 * halfUpText('1818000000', 7, 2) //=> { negative: false, whole: '181', fraction: '80', integer: false }
 * halfUpText('-0.004', 0, 2) //=> { negative: false, whole: '0', fraction: '00', integer: false }
 * ```
 */
export function halfUpText(plain: string, shift: number, decimals: number): HalfUpText | null {
  const negative = plain.charCodeAt(0) === 45; // '-'
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  let digits = dot < 0 ? body : intPart + body.slice(dot + 1);
  if (significantDigits(digits) > PRECISION) return null;
  // `point` digits of `digits` lie before the decimal point, after the shift.
  let point = intPart.length - shift;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const integer = isZeros(digits, point);
  const keep = point + decimals;
  if (digits.length <= keep) {
    digits += '0'.repeat(keep - digits.length);
  } else {
    const up = digits.charCodeAt(keep) >= 53; // '5' or more: half-up on the magnitude
    digits = digits.slice(0, keep);
    if (up) {
      digits = incremented(digits);
      if (digits.length > keep) point++;
    }
  }
  let start = 0;
  while (start < point - 1 && digits.charCodeAt(start) === 48) start++;
  return {
    negative: negative && !isZeros(digits, 0),
    whole: digits.slice(start, point),
    fraction: digits.slice(point),
    integer,
  };
}

/** The digits between the first and the last non-zero one (0 for a zero). */
function significantDigits(digits: string): number {
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 48) first++;
  let last = digits.length;
  while (last > first && digits.charCodeAt(last - 1) === 48) last--;
  return last - first;
}

/** True when every digit from `from` on is 0. */
function isZeros(digits: string, from: number): boolean {
  for (let i = from; i < digits.length; i++) if (digits.charCodeAt(i) !== 48) return false;
  return true;
}

/** A digit string plus one in its last place (`'0999'` → `'1000'`, `'99'` → `'100'`). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--; // trailing 9s become 0s
  const zeros = '0'.repeat(digits.length - 1 - i);
  if (i < 0) return `1${zeros}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${zeros}`;
}

interface Words {
  readonly constructor: unknown;
  readonly s: number;
  readonly e: number;
  readonly d: readonly number[] | null;
}

/**
 * `value.toFixed()` — the plain decimal text, never an exponent — read from a private Decimal's
 * words (decimal.js's documented representation: sign, exponent, base-10^7 digits) without a
 * call into decimal.js; a value of another constructor, or not finite, goes through `toFixed()`.
 *
 * @example
 * ```ts
 * plainText(new Decimal('-1234.50')) //=> '-1234.5'
 * plainText(new Decimal('1.5e-3')) //=> '0.0015'
 * plainText(new Decimal('-0')) //=> '0'
 * ```
 */
export function plainText(value: Decimal): string {
  const { constructor: of, s, e, d: words } = value as unknown as Words;
  if (of !== Decimal || words === null) return value.toFixed();
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i++) digits += String(words[i]).padStart(WORD_DIGITS, '0');
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  if (end === 1 && digits.charCodeAt(0) === 48) return '0'; // either zero, as toFixed writes it
  digits = digits.slice(0, end);
  const body =
    e < 0
      ? `0.${'0'.repeat(-e - 1)}${digits}`
      : e + 1 >= end
        ? `${digits}${'0'.repeat(e + 1 - end)}`
        : `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  return s < 0 ? `-${body}` : body;
}
