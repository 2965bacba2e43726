import * as z from 'zod';
import { ValidationError, type ValidationIssue } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import type { CurrencyCode } from '../money/currency.js';
import { type Money, money } from '../money/money.js';
import type { Series } from '../series/series.js';
import { moneyInput, mustNotBeNegative } from './_lib/inputs.js';
import { periodLabelInput, scheduleEntries, slotOfLabel } from './_lib/periods.js';
import { investedBy } from './investedBy.js';

/**
 * Cumulative investment thresholds: the amount that must have been invested by the end of each
 * listed period (a label of any granularity).
 *
 * @example
 * ```json
 * [{ "period": "FY2021-22", "required": "Rs 250 crore" },
 *  { "period": "FY2022-23", "required": { "amount": "7500000000", "currency": "INR" } }]
 * ```
 */
export const thresholdsSchema = lazySchema(() =>
  z
    .array(z.object({ period: periodLabelInput, required: moneyInput(mustNotBeNegative) }).strict())
    .min(1),
);
/** Thresholds as given (JSON-friendly). */
export type ThresholdsInput = z.input<typeof thresholdsSchema>;
/** Thresholds, parsed. */
export type Thresholds = z.output<typeof thresholdsSchema>;

/** The test of one cumulative investment threshold. */
export interface ThresholdCheck<C extends CurrencyCode = CurrencyCode> {
  /** The threshold's period label. */
  readonly period: string;
  /** The period's last day: the amount must be invested by then. */
  readonly by: string;
  readonly required: Money<C>;
  /** Invested by `by` (whole schedule periods ended on or before it). */
  readonly cumulative: Money<C>;
  readonly met: boolean;
  /** How much more was needed (zero when met). */
  readonly shortfall: Money<C>;
}

/**
 * Tests cumulative investment against thresholds required by period ends — the investment test of
 * a PLI scheme. A schedule period counts once it has ended on or before the threshold period's
 * end, so a monthly schedule can be tested against fiscal-year thresholds.
 *
 * @param schedule - capex by period
 * @param thresholds - `[{ period, required }]` (JSON-friendly, see `thresholdsSchema`) or a
 *   series of required cumulative amounts by period
 * @returns one check per threshold, in the order given
 * @throws {ValidationError} for a malformed threshold or one in another currency, naming it
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({ total: crore(1350), start: 'FY2021-22', periods: 5, granularity: 'fy', profile: 'back-loaded' });
 * const [check] = checkThresholds(capex, [{ period: 'FY2022-23', required: crore(300) }]);
 * [check?.by, check?.met, formatMoney(check!.cumulative, { unit: 'crore', decimals: 0 })]
 * //=> ['2023-03-31', false, '₹270 crore']
 * formatMoney(check!.shortfall, { unit: 'crore', decimals: 0 }) //=> '₹30 crore'
 * ```
 */
export function checkThresholds<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
  thresholds: ThresholdsInput | Series<Money<C>>,
): readonly ThresholdCheck<C>[] {
  const list = Array.isArray(thresholds)
    ? parseInput(thresholdsSchema, thresholds, 'thresholds')
    : scheduleEntries<C>(thresholds, 'thresholds').map(({ slot, value }) => ({
        period: slot.key,
        required: value,
      }));
  const currency = scheduleEntries<C>(schedule, 'schedule')[0]?.value.currency;
  const issues: ValidationIssue[] = [];
  list.forEach((t, i) => {
    if (currency !== undefined && t.required.currency !== currency) {
      issues.push({
        path: `[${i}].required`,
        message: `currency ${t.required.currency} differs from the schedule's ${currency}`,
      });
    }
  });
  if (issues.length > 0) throw new ValidationError('thresholds', issues);
  return Object.freeze(
    list.map((t) => {
      const by = slotOfLabel(t.period).end;
      const cumulative = investedBy(schedule, by);
      const required = t.required as Money<C>;
      const gap = required.amount.minus(cumulative.amount);
      const met = !gap.greaterThan(0);
      return Object.freeze({
        period: t.period,
        by,
        required,
        cumulative,
        met,
        shortfall: money(met ? 0 : gap, cumulative.currency),
      });
    }),
  );
}
