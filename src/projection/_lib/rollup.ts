import { type Decimal, ZERO } from '../../core/decimal.js';
import type { Horizon } from './horizon.js';

/** Sums monthly values into the horizon's fiscal years (exact Decimal sums). */
export function sumByFiscalYear(horizon: Horizon, values: readonly Decimal[]): Decimal[] {
  const out: Decimal[] = horizon.fiscalYears.map(() => ZERO);
  values.forEach((v, m) => {
    const y = horizon.yearOfMonth[m] ?? 0;
    out[y] = (out[y] as Decimal).plus(v);
  });
  return out;
}
