import * as z from 'zod';
import type { Decimal } from '../core/decimal.js';
import { ValidationError, type ValidationIssue } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import type { RoundingMode } from '../core/rounding.js';
import { formatPath, parseInput } from '../core/validate.js';
import type { CurrencyCode } from '../money/currency.js';
import { type Money, money } from '../money/money.js';
import type { Series } from '../series/series.js';
import { assembleRows, type DepreciationRow, fiscalYearsFrom, rowSeries } from './_lib/assemble.js';
import { periodLabelInput, slotOfLabel, startMonthOf } from './_lib/periods.js';
import { resolveAsset } from './_lib/resolveAsset.js';
import type { YearCharge } from './_lib/yearCharges.js';
import { yearCharges } from './_lib/yearCharges.js';
import {
  type AssetInput,
  assetSchema,
  type DepreciationMethod,
  type FirstYearRule,
} from './depreciationPolicy.js';
import type { ScheduleGranularity } from './scheduleProfiles.js';

export type { DepreciationRow } from './_lib/assemble.js';

/** One fiscal year of an asset's depreciation, with the first-year rule made visible. */
export interface DepreciationYear<C extends CurrencyCode = CurrencyCode> {
  /** The fiscal year's label (`FY2022-23`). */
  readonly period: string;
  /** Days the asset was in use in the year (from the put-to-use date, inclusive). */
  readonly daysInUse: number;
  readonly daysInYear: number;
  /** The share of a full year's charge applied: the first-year rule's factor, else 1. */
  readonly factor: Decimal;
  readonly opening: Money<C>;
  readonly charge: Money<C>;
  readonly accumulated: Money<C>;
  readonly closing: Money<C>;
}

/** An asset's depreciation: the resolved policy, the fiscal years, and the requested periods. */
export interface AssetDepreciation<C extends CurrencyCode = CurrencyCode> {
  readonly name: string | undefined;
  readonly cost: Money<C>;
  readonly residualValue: Money<C>;
  readonly method: DepreciationMethod;
  /** The annual rate used: WDV's rate (given or derived from the life), or SLM's 1 / life. */
  readonly rate: Decimal | undefined;
  readonly usefulLife: Decimal | undefined;
  readonly putToUse: string;
  /** The last day of the useful life, when there is one. */
  readonly endOfLife: string | undefined;
  readonly firstYear: FirstYearRule;
  /** Year by year, from the fiscal year of the put-to-use date until fully depreciated or `through`. */
  readonly years: readonly DepreciationYear<C>[];
  /** Period by period at the requested granularity. */
  readonly rows: readonly DepreciationRow<C>[];
  /** The charge per period (for the P&L). */
  readonly charge: Series<Money<C>>;
  /** Accumulated depreciation at each period end. */
  readonly accumulated: Series<Money<C>>;
  /** Net block (cost − accumulated depreciation) at each period end. */
  readonly netBlock: Series<Money<C>>;
}

/** Options of `depreciate`. */
export interface DepreciateOptions {
  /** The last period to report (a label); default: the fiscal year in which the residual is reached. */
  readonly through?: string;
  /** The granularity of `rows` and the series; default `'fy'`. */
  readonly granularity?: ScheduleGranularity;
  /** How charges are rounded to the minor unit; default `'half-up'`. */
  readonly rounding?: RoundingMode;
  /** The month fiscal years start in, 1–12; default that of `through`, else April (4). */
  readonly startMonth?: number;
}

const optionsSchema = lazySchema(() =>
  z
    .object({
      through: periodLabelInput.optional(),
      granularity: z.enum(['month', 'quarter', 'fy']).optional(),
      rounding: z
        .enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'])
        .optional(),
      startMonth: z.number().int().min(1).max(12).optional(),
    })
    .strict(),
);

/**
 * Depreciates one asset by straight-line or written-down value, with a residual value, a
 * put-to-use date and a first-year rule, by fiscal year (and, on request, by quarter or month).
 *
 * Each year's charge is rounded to the minor unit; accumulated depreciation is the sum of the
 * charges and the net block is cost minus accumulated depreciation, so the three reconcile
 * exactly. The net block never goes below the residual value, and the year the useful life ends
 * (or the residual is reached) absorbs the rounding so the charges add up to cost − residual to
 * the paisa. Straight-line: (cost − residual) / life a year. Written-down value: rate × opening
 * net block. First year: `time-proportionate` (days in use / days in the year), `half-rate` (half
 * when used under 180 days, Income-tax Act s. 32) or `full`. Quarters and months get their
 * fiscal year's charge in proportion to their days in use (up to the end of the useful life).
 *
 * @param asset - `{ cost, putToUse, method, usefulLife | rate, residualValue | residualShare, firstYear }`
 * @param options - `through` (last period), `granularity`, `rounding`
 * @returns the policy as resolved, year rows, period rows and the charge / accumulated / net block series
 * @throws {ValidationError} naming the field: a non-positive cost, a residual above cost, a method
 *   without its life or rate, a WDV without an end and without `through`
 *
 * @example
 * ```ts
 * const d = depreciate({
 *   cost: { amount: '1000000', currency: 'INR' }, putToUse: '2022-10-04',
 *   method: 'written-down-value', rate: '15%', firstYear: 'half-rate',
 * }, { through: 'FY2024-25' });
 * d.rows.map((r) => [r.period, r.charge.amount.toFixed(2), r.netBlock.amount.toFixed(2)])
 * //=> [['FY2022-23', '75000.00', '925000.00'], ['FY2023-24', '138750.00', '786250.00'],
 * //    ['FY2024-25', '117937.50', '668312.50']]
 * ```
 */
export function depreciate(asset: AssetInput, options: DepreciateOptions = {}): AssetDepreciation {
  const a = parseInput(assetSchema, asset, 'asset');
  const o = parseInput(optionsSchema, options, 'depreciation options');
  const issues: ValidationIssue[] = [];
  const report = (path: readonly PropertyKey[], message: string) => {
    issues.push({ path: formatPath(path), message });
  };
  const params = resolveAsset(
    a.cost,
    a.putToUse,
    a.residualValue,
    a,
    o.rounding ?? 'half-up',
    report,
  );
  const throughSlot = o.through === undefined ? undefined : slotOfLabel(o.through);
  if (params !== undefined) {
    const endless =
      params.method === 'written-down-value' &&
      params.endOfLife === undefined &&
      params.residual.isZero();
    if (endless && throughSlot === undefined) {
      report(
        ['through'],
        'required: written-down value without a useful life or residual value never ends; give the last period to report',
      );
    }
    if (throughSlot !== undefined && throughSlot.end < params.putToUse) {
      report(['through'], `${o.through} ends before the put-to-use date ${params.putToUse}`);
    }
  }
  if (params === undefined || issues.length > 0) throw new ValidationError('asset', issues);
  const currency = a.cost.currency;
  // Fiscal years start in the month given, else that of the `through` label, else April.
  const startMonth =
    o.startMonth ?? (throughSlot === undefined ? undefined : startMonthOf(throughSlot));
  const windows = fiscalYearsFrom(params.putToUse, throughSlot?.end, startMonth);
  const years = yearCharges(params, windows.iterate());
  const m = (d: Decimal) => money(d, currency);
  const assembled = assembleRows(
    [{ params, years }],
    windows.known(),
    o.granularity ?? 'fy',
    params.putToUse,
    throughSlot?.end,
    currency,
    startMonth,
  );
  return Object.freeze({
    name: a.name,
    cost: a.cost,
    residualValue: m(params.residual),
    method: params.method,
    rate: params.method === 'straight-line' ? (a.rate ?? params.life?.pow(-1)) : params.rate,
    usefulLife: params.life,
    putToUse: params.putToUse,
    endOfLife: params.endOfLife,
    firstYear: params.firstYear,
    years: Object.freeze(
      years.map((y: YearCharge) =>
        Object.freeze({
          period: y.key,
          daysInUse: y.daysInUse,
          daysInYear: y.daysInYear,
          factor: y.factor,
          opening: m(y.opening),
          charge: m(y.charge),
          accumulated: m(y.accumulated),
          closing: m(y.closing),
        }),
      ),
    ),
    rows: assembled.rows,
    ...rowSeries(assembled),
  });
}
