import { Decimal } from '../../core/decimal.js';

/**
 * An already-rounded amount as a whole number of minor units (paise, cents), exactly, as a
 * bigint: `'-1234.50'` at 2 digits → `-123450n`.
 */
export function toMinorUnits(rounded: Decimal, minorUnit: number): bigint {
  // decimal.js keeps the digits in base-10^7 words (the first word without leading zeros) and
  // the exponent of the leading digit: combining the words is exact and cheaper than toFixed's
  // text and BigInt's parse of it.
  const words = rounded.d;
  const first = words[0] ?? 0;
  if (first === 0) return 0n;
  let digits = 0n;
  for (const w of words) digits = digits * WORD + BigInt(w);
  const count = String(first).length + 7 * (words.length - 1);
  const shift = rounded.e + 1 - count + minorUnit;
  const units = shift >= 0 ? digits * 10n ** BigInt(shift) : digits / 10n ** BigInt(-shift);
  return rounded.s < 0 ? -units : units;
}

const WORD = 10_000_000n;

/** The inverse of `toMinorUnits`: `-123450n` at 2 digits → Decimal `-1234.5`, exactly. */
export function fromMinorUnits(units: bigint, minorUnit: number): Decimal {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(minorUnit + 1, '0');
  const point = digits.length - minorUnit;
  const text = minorUnit === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return new Decimal(negative ? `-${text}` : text);
}
