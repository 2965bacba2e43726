import { CrorecastError } from '../core/errors.js';

/**
 * Why an amount cannot be shared as agreed:
 * - `SHARING_FLOORS_EXCEED_AMOUNT`: the parties' floors add up to more than the amount;
 * - `SHARING_CAPS_TOO_LOW`: the caps cannot absorb the amount (every party would be capped);
 * - `SHARING_NEGATIVE_AMOUNT`: the amount to share is negative;
 * - `SHARING_ZERO_BASIS`: a pro-rata basis or a set of weights is zero for every party.
 */
export type SharingErrorCode =
  | 'SHARING_FLOORS_EXCEED_AMOUNT'
  | 'SHARING_CAPS_TOO_LOW'
  | 'SHARING_NEGATIVE_AMOUNT'
  | 'SHARING_ZERO_BASIS';

/**
 * An amount cannot be shared under an agreement; `code` says why, the message names figures.
 *
 * @example
 * ```ts
 * const parties = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
 * const rule = { kind: 'fixed', weights: { a: '1', b: '1' } } as const;
 * shareIncentive(crore(10), { parties, rule, floors: { a: crore(8), b: crore(5) } })
 * // throws SharingError (SHARING_FLOORS_EXCEED_AMOUNT): the floors add up to ₹13.00 crore, more than the ₹10.00 crore to share
 * ```
 */
export class SharingError extends CrorecastError {
  declare readonly code: SharingErrorCode;

  constructor(code: SharingErrorCode, message: string) {
    super(code, message);
  }
}
