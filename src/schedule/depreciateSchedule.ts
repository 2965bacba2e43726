import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { ValidationError, type ValidationIssue } from '../core/errors.js';
import { formatPath, parseInput } from '../core/validate.js';
import type { CurrencyCode } from '../money/currency.js';
import { type Money, money } from '../money/money.js';
import type { Series } from '../series/series.js';
import {
  assembleRows,
  type Block,
  type DepreciationRow,
  fiscalYearsFrom,
  rowSeries,
} from './_lib/assemble.js';
import { scheduleEntries, slotOfLabel, startMonthOf, timingDate } from './_lib/periods.js';
import { resolveAsset } from './_lib/resolveAsset.js';
import { type YearWindow, yearCharges } from './_lib/yearCharges.js';
import {
  type ScheduleDepreciation,
  type ScheduleDepreciationInput,
  scheduleDepreciationSchema,
} from './depreciationPolicy.js';

/** One capex block of a schedule: the period it was spent in and when it was put to use. */
export interface CapexBlock<C extends CurrencyCode = CurrencyCode> {
  /** The capex period's label. */
  readonly period: string;
  readonly cost: Money<C>;
  /** The date the block was put to use (the period's timing date plus the lag). */
  readonly putToUse: string;
  /** The block's charge by fiscal year label. */
  readonly charges: readonly { readonly period: string; readonly charge: Money<C> }[];
}

/** A capex schedule's depreciation: period rows, the blocks behind them, and the series. */
export interface ScheduleDepreciationResult<C extends CurrencyCode = CurrencyCode> {
  readonly rows: readonly DepreciationRow<C>[];
  readonly blocks: readonly CapexBlock<C>[];
  readonly charge: Series<Money<C>>;
  readonly accumulated: Series<Money<C>>;
  readonly netBlock: Series<Money<C>>;
}

/**
 * Depreciates a whole capex schedule: every period's capex is an asset block put to use at the
 * start, middle or end of its period (`putToUse`, default `'mid'`), plus `lagMonths`, and
 * depreciated under one policy (see `depreciate`). The result gives, by fiscal year (or quarter or
 * month), additions, capitalised cost, capital work in progress, gross block, the charge for the
 * P&L, accumulated depreciation and net block — with the per-block charges for audit.
 *
 * @param schedule - capex by period (from `investmentSchedule`), amounts ≥ 0 in one currency
 * @param options - the policy (`method`, `usefulLife | rate`, `residualShare`, `firstYear`),
 *   `putToUse`, `lagMonths`, `through`, `granularity` (see `scheduleDepreciationSchema`)
 * @returns rows by period, the blocks, and the charge / accumulated / net block series
 * @throws {ValidationError} naming the bad option; an `ArgumentError` for negative capex
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({ total: crore(100), start: 'FY2021-22', periods: 2, granularity: 'fy' });
 * const dep = depreciateSchedule(capex, { method: 'straight-line', usefulLife: 10, putToUse: 'start' });
 * dep.rows.slice(0, 3).map((r) => [r.period, r.charge.amount.dividedBy(1e7).toFixed(2)])
 * //=> [['FY2021-22', '5.00'], ['FY2022-23', '10.00'], ['FY2023-24', '10.00']]
 * ```
 */
export function depreciateSchedule<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
  options: ScheduleDepreciationInput,
): ScheduleDepreciationResult<C> {
  return depreciateParsedSchedule(
    schedule,
    parseInput(scheduleDepreciationSchema, options, 'schedule depreciation options'),
  );
}

/**
 * {@link depreciateSchedule} with options already parsed by `scheduleDepreciationSchema` — or
 * built by a layer above from a policy its own schema parsed (the model's scenario): no second
 * parse. The checks between fields (a life or a rate for the method, …) run as in
 * `depreciateSchedule`.
 *
 * @param schedule - capex by period (Money of one currency)
 * @param o - the parsed options
 * @returns rows by period, the blocks, and the charge, accumulated and net block series
 * @throws {ValidationError} as `depreciateSchedule` does, after parsing
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({ total: crore(100), start: 'FY2021-22', periods: 2, granularity: 'fy' });
 * const dep = depreciateParsedSchedule(capex, { method: 'straight-line', usefulLife: toDecimal(10), putToUse: 'start' });
 * dep.rows[1]?.charge.amount.dividedBy(1e7).toFixed(2) //=> '10.00'
 * ```
 */
export function depreciateParsedSchedule<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
  o: ScheduleDepreciation,
): ScheduleDepreciationResult<C> {
  const { done, assembled, currency } = depreciatedBlocks(schedule, o);
  return Object.freeze({
    rows: assembled.rows,
    blocks: Object.freeze(
      done.map((b) =>
        Object.freeze({
          period: b.period,
          cost: money(b.params.cost, currency),
          putToUse: b.params.putToUse,
          charges: Object.freeze(
            b.years.map((y) => Object.freeze({ period: y.key, charge: money(y.charge, currency) })),
          ),
        }),
      ),
    ),
    ...rowSeries(assembled),
  });
}

/**
 * Internal: the period rows of {@link depreciateParsedSchedule} alone — the same rows, checks
 * and errors, without the per-block audit trail and the three series that the model, reading
 * only the rows, would build and drop (a Money per block and year, three Series per run).
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({ total: crore(100), start: 'FY2021-22', periods: 2, granularity: 'fy' });
 * depreciationRowsOf(capex, { method: 'straight-line', usefulLife: toDecimal(10), putToUse: 'start' })[1]?.charge.amount.dividedBy(1e7).toFixed(2) //=> '10.00'
 * ```
 */
export function depreciationRowsOf<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
  o: ScheduleDepreciation,
): readonly DepreciationRow<C>[] {
  return depreciatedBlocks(schedule, o).assembled.rows;
}

function depreciatedBlocks<C extends CurrencyCode>(
  schedule: Series<Money<C>>,
  o: ScheduleDepreciation,
) {
  const entries = scheduleEntries<C>(schedule, 'capex schedule');
  const first = entries[0];
  if (first === undefined) {
    throw new ValidationError('capex schedule', [{ path: '', message: 'the schedule is empty' }]);
  }
  const currency = first.value.currency;
  const issues: ValidationIssue[] = [];
  const report = (path: readonly PropertyKey[], message: string) => {
    issues.push({ path: formatPath(path), message });
  };
  const throughSlot = o.through === undefined ? undefined : slotOfLabel(o.through);
  const blocks: (Block & { period: string })[] = [];
  let anyPositive = false;
  entries.forEach(({ slot, value }) => {
    if (value.currency !== currency) {
      report(['schedule', slot.key], `currency ${value.currency} differs from ${currency}`);
      return;
    }
    if (value.amount.isNegative() && !value.amount.isZero()) {
      report(['schedule', slot.key], `capex ${value.amount.toFixed()} is negative`);
      return;
    }
    if (value.amount.isZero()) return;
    anyPositive = true;
    const spentOn = timingDate(slot, o.putToUse ?? 'mid');
    // Without a lag the timing date is the put-to-use date (already `yyyy-MM-dd`).
    const putToUse =
      (o.lagMonths ?? 0) === 0 && ISO_DATE.test(spentOn)
        ? spentOn
        : formatISO(addMonths(parseISO(spentOn), o.lagMonths ?? 0), { representation: 'date' });
    const params = resolveAsset(value, putToUse, undefined, o, 'half-up', report);
    if (params === undefined) return;
    const endless =
      params.method === 'written-down-value' &&
      params.endOfLife === undefined &&
      params.residual.isZero();
    if (endless && throughSlot === undefined) {
      report(
        ['through'],
        'required: written-down value without a useful life or residual share never ends; give the last period to report',
      );
      return;
    }
    blocks.push({ params, years: [], spentOn, period: slot.key });
  });
  if (!anyPositive && issues.length === 0) {
    report(['schedule'], 'has no capex above zero to depreciate');
  }
  if (issues.length > 0) throw new ValidationError('schedule depreciation', dedupe(issues));
  // Depreciation years follow the schedule's own fiscal calendar (or `through`'s, or April).
  const startMonth =
    startMonthOf(first.slot) ?? (throughSlot === undefined ? undefined : startMonthOf(throughSlot));
  const known = new Map<string, YearWindow>();
  const done = blocks.map((b) => {
    const own = fiscalYearsFrom(b.params.putToUse, throughSlot?.end, startMonth);
    const years = yearCharges(b.params, own.iterate());
    for (const [key, window] of own.known()) known.set(key, window);
    return { ...b, years };
  });
  const assembled = assembleRows(
    done,
    known,
    o.granularity ?? 'fy',
    first.slot.start,
    throughSlot?.end,
    currency,
    startMonth,
  );
  return { done, assembled, currency };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Every block reports the same policy problem; say it once.
function dedupe(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
