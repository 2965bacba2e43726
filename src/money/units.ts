import { Decimal } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * The named magnitudes finance writes money in. Indian reports use lakh (10^5) and crore
 * (10^7); international ones thousand, million and billion. `none` is the amount as is.
 */
export type MoneyUnit = 'none' | 'thousand' | 'lakh' | 'million' | 'crore' | 'billion';

/** Each unit's power of ten and its labels (`long` is written out, `short` as analysts abbreviate). */
export const MONEY_UNITS = deepFreeze({
  none: { exponent: 0, long: '', short: '' },
  thousand: { exponent: 3, long: 'thousand', short: 'K' },
  lakh: { exponent: 5, long: 'lakh', short: 'L' },
  million: { exponent: 6, long: 'million', short: 'mn' },
  crore: { exponent: 7, long: 'crore', short: 'Cr' },
  billion: { exponent: 9, long: 'billion', short: 'bn' },
} as const satisfies Record<MoneyUnit, { exponent: number; long: string; short: string }>);

/**
 * The multiplier of a unit, exactly (`crore` → 10000000).
 *
 * @example
 * ```ts
 * unitScale('crore').toFixed() //=> '10000000'
 * ```
 */
export function unitScale(unit: MoneyUnit): Decimal {
  return SCALES[unit];
}

const SCALES: Record<MoneyUnit, Decimal> = {
  none: new Decimal(1),
  thousand: new Decimal('1e3'),
  lakh: new Decimal('1e5'),
  million: new Decimal('1e6'),
  crore: new Decimal('1e7'),
  billion: new Decimal('1e9'),
};
