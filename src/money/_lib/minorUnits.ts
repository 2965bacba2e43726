import { Decimal } from '../../core/decimal.js';

/**
 * An already-rounded amount as a whole number of minor units (paise, cents), exactly, as a
 * bigint: `'-1234.50'` at 2 digits → `-123450n`.
 */
export function toMinorUnits(rounded: Decimal, minorUnit: number): bigint {
  const text = rounded.toFixed(minorUnit);
  return BigInt(text.replace('.', ''));
}

/** The inverse of `toMinorUnits`: `-123450n` at 2 digits → Decimal `-1234.5`, exactly. */
export function fromMinorUnits(units: bigint, minorUnit: number): Decimal {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(minorUnit + 1, '0');
  const point = digits.length - minorUnit;
  const text = minorUnit === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return new Decimal(negative ? `-${text}` : text);
}
