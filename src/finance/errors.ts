import { CrorecastError } from '../core/errors.js';

/** Why a rate solver found no answer. */
export type NoSolutionReason =
  /** Every flow has the same sign (or is zero): no rate makes the NPV zero. */
  | 'no-sign-change'
  /** Flows change sign, but the NPV does not cross zero at any rate scanned above −100%. */
  | 'no-root-found'
  /**
   * A rate exists but cannot be represented: within 1e-36 of −100% (it would round to −1 in
   * 40-digit Decimal) or beyond the searched maximum.
   */
  | 'out-of-range'
  /** A closed-form quantity has no real value (NPER's logarithm, MIRR without both signs). */
  | 'undefined';

/**
 * A rate solver (IRR, XIRR, RATE) or a closed form (NPER, MIRR) has no solution for these inputs —
 * Excel's `#NUM!`/`#DIV/0!`. crorecast throws this instead of returning NaN or iterating forever.
 * `code` is `'NO_SOLUTION'`; `reason` says why.
 *
 * @example
 * ```ts
 * irr([100, 200]) // throws NoSolutionError: irr: cash flows [100, 200] never change sign, so no rate makes their NPV zero
 * ```
 */
export class NoSolutionError extends CrorecastError {
  readonly reason: NoSolutionReason;

  constructor(reason: NoSolutionReason, message: string) {
    super('NO_SOLUTION', message);
    this.reason = reason;
  }
}
