import { ValidationError, type ValidationIssue } from '../core/errors.js';
import type { CurrencyCode } from '../money/currency.js';
import { type Money, money } from '../money/money.js';
import type { Series } from '../series/series.js';
import { combinePlans } from './_lib/combine.js';
import { scheduleEntries } from './_lib/periods.js';
import type { PhasedInvestment } from './phaseInvestment.js';

/** A schedule to combine, with a name for the audit breakdown. */
export interface NamedSchedule<C extends CurrencyCode = CurrencyCode> {
  readonly name: string;
  readonly schedule: Series<Money<C>>;
}

/**
 * Combines schedules built separately (two plants, an expansion) into one, period by period,
 * keeping each as a named part of the breakdown. The schedules must share a granularity and a
 * currency; the combined schedule spans the earliest to the latest period (zeros in any gap) and
 * sums exactly to the sum of the parts.
 *
 * @param schedules - series, or `{ name, schedule }` (unnamed ones are `schedule 1`, `schedule 2`, …)
 * @returns the combined schedule, its total and the parts
 * @throws {ValidationError} for an empty list, mixed granularities or currencies, naming the item
 *
 * @example
 * ```ts
 * const a = investmentSchedule({ total: crore(1000), start: 'FY2021-22', periods: 2, granularity: 'fy' });
 * const b = investmentSchedule({ total: crore(350), start: 'FY2022-23', periods: 2, granularity: 'fy' });
 * const both = combineSchedules([{ name: 'Plant A', schedule: a }, { name: 'Plant B', schedule: b }]);
 * both.schedule.toRows().map((r) => r.value.amount.dividedBy(1e7).toFixed(0)) //=> ['500', '675', '175']
 * both.total.amount.dividedBy(1e7).toFixed(0) //=> '1350'
 * ```
 */
export function combineSchedules<C extends CurrencyCode>(
  schedules: readonly (Series<Money<C>> | NamedSchedule<C>)[],
): PhasedInvestment<C> {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(schedules) || schedules.length === 0) {
    throw new ValidationError('schedules', [{ path: '', message: 'give at least one schedule' }]);
  }
  const named: NamedSchedule<C>[] = schedules.map((s, i) =>
    isNamed<C>(s) ? s : { name: `schedule ${i + 1}`, schedule: s },
  );
  const parts = named.map((n, i) => {
    const entries = scheduleEntries<C>(n.schedule, `schedules[${i}]`);
    if (entries.length === 0) issues.push({ path: `[${i}]`, message: 'the schedule is empty' });
    return { n, entries, i };
  });
  const granularity = parts[0]?.entries[0]?.slot.granularity;
  const currency = parts[0]?.entries[0]?.value.currency;
  for (const { entries, i } of parts) {
    const g = entries[0]?.slot.granularity;
    if (g !== undefined && g !== granularity) {
      issues.push({
        path: `[${i}]`,
        message: `granularity ${g} differs from the first schedule's ${granularity}`,
      });
    }
    const c = entries.find((e) => e.value.currency !== currency);
    if (c !== undefined) {
      issues.push({
        path: `[${i}].${c.slot.key}`,
        message: `currency ${c.value.currency} differs from ${currency}`,
      });
    }
  }
  if (issues.length > 0 || granularity === undefined || currency === undefined) {
    throw new ValidationError('schedules', issues);
  }
  const phased = parts.map(({ n, entries }) => {
    let total = entries[0]?.value.amount.minus(entries[0].value.amount);
    for (const e of entries) total = total?.plus(e.value.amount);
    return {
      name: n.name,
      total: money(total ?? 0, currency),
      horizon: entries.map((e) => e.slot),
      parts: entries.map((e) => e.value),
    };
  });
  return combinePlans(phased, granularity) as PhasedInvestment<C>;
}

function isNamed<C extends CurrencyCode>(
  s: Series<Money<C>> | NamedSchedule<C>,
): s is NamedSchedule<C> {
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof (s as { name?: unknown }).name === 'string' &&
    'schedule' in s
  );
}
