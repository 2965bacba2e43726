import type { Decimal } from '../core/decimal.js';
import { ZERO } from '../core/decimal.js';
import { isDecimal } from '../core/decimalLike.js';
import { ArgumentError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Money } from '../money/money.js';
import type { ReportCell, ReportColumn, ReportRow, ReportRowStyle, ReportTable } from './types.js';

/** The units a money line can be shown in, with their size in rupees (or dollars). */
export const DISPLAY_UNITS = deepFreeze({
  none: '1',
  thousand: '1000',
  lakh: '100000',
  million: '1000000',
  crore: '10000000',
  billion: '1000000000',
} as const satisfies Record<string, string>);

/** A unit a money line can be shown in. */
export type DisplayUnit = keyof typeof DISPLAY_UNITS;

/** One line of a fiscal-year table: a label and one value per year (`null` for none). */
export interface FiscalYearLine {
  readonly label: string;
  /** One value per year, in the table's year order: a Decimal, a Money (scaled by `unit`), or null. */
  readonly values: readonly (Decimal | Money | null)[];
  readonly style?: ReportRowStyle;
  /** Decimal places for this line, overriding the table's (e.g. 0 for headcount, 1 for %). */
  readonly decimals?: number;
  /** Leave this line's total cell empty (ratios and rates do not add up). Same as `total: 'none'`. */
  readonly noTotal?: boolean;
  /**
   * How the line totals: `sum` (the default, for amounts and counts), `none` (rates, averages,
   * labels), or a ratio of totals — Σ numerator ÷ Σ denominator × `scale` (a margin's total is
   * total EBITDA ÷ total revenue, never the sum of the yearly margins).
   */
  readonly total?: 'sum' | 'none' | FiscalYearRatioTotal;
}

/** A ratio line's total: the ratio of the totals of two series, times a scale (100 for %). */
export interface FiscalYearRatioTotal {
  readonly numerator: readonly (Decimal | Money | null)[];
  readonly denominator: readonly (Decimal | Money | null)[];
  /** Default 1; 100 for a percentage. */
  readonly scale?: Decimal | number;
}

/** Options for {@link fiscalYearTable}. */
export interface FiscalYearTableOptions {
  /** Unit that Money values are divided by (default `crore`); Decimals are shown as given. */
  readonly unit?: DisplayUnit;
  /** Decimal places (default 2). */
  readonly decimals?: number;
  /** Add a `Total` column summing each line (default `false`; lines with a `null` get `null`). */
  readonly total?: boolean;
  /**
   * Add a column that totals only the first `through` years (e.g. the horizon, when later
   * columns only collect PLI earned inside it), headed `header`. Needs `total`.
   */
  readonly subtotal?: { readonly through: number; readonly header: string };
  /** Header of the label column (default `''`). */
  readonly labelHeader?: string;
  readonly notes?: readonly string[];
}

function scaled(
  value: Decimal | Money | null,
  divisor: Decimal,
  currency: { code?: string },
  label: string,
): Decimal | null {
  if (value === null) return null;
  if (isDecimal(value)) return value;
  if (currency.code === undefined) currency.code = value.currency;
  else if (currency.code !== value.currency) {
    throw new ArgumentError(
      'CURRENCY_MISMATCH',
      `line "${label}" mixes ${currency.code} and ${value.currency} in one table`,
    );
  }
  return value.amount.dividedBy(divisor);
}

function ratioTotal(rule: FiscalYearRatioTotal, count: number): Decimal | null {
  const sum = (list: readonly (Decimal | Money | null)[]) =>
    list
      .slice(0, count)
      .reduce<Decimal>(
        (acc, v) => (v === null ? acc : acc.plus(isDecimal(v) ? v : v.amount)),
        ZERO,
      );
  const denominator = sum(rule.denominator);
  return denominator.isZero()
    ? null
    : sum(rule.numerator)
        .dividedBy(denominator)
        .times(rule.scale ?? 1);
}

/**
 * Builds a fiscal-year table — one row per line, one column per fiscal year — from exact values:
 * Money is divided by the display unit (₹ crore by default) without rounding; the renderers round
 * at the column's decimals. Each line says how it totals — a sum, a ratio of totals, or none —
 * so a total column never adds up margins or rates.
 *
 * @param title - the table title (say the unit in it: `P&L (₹ crore)`)
 * @param years - fiscal-year labels, in column order
 * @param lines - the rows
 * @param options - unit, decimals, a total column, notes
 * @returns a {@link ReportTable}
 * @throws {ArgumentError} when a line has a different number of values than years, or a table
 *   mixes currencies
 *
 * @example
 * ```ts
 * const t = fiscalYearTable('Revenue (₹ crore)', ['FY2021-22', 'FY2022-23'], [
 *   { label: 'Phones', values: [crore(5200), crore(9100)] },
 * ], { total: true });
 * tableToMarkdown(t)
 * //=> '**Revenue (₹ crore)**\n\n|  | FY2021-22 | FY2022-23 | Total |\n| :--- | ---: | ---: | ---: |\n| Phones | 5,200.00 | 9,100.00 | 14,300.00 |\n'
 * ```
 */
export function fiscalYearTable(
  title: string,
  years: readonly string[],
  lines: readonly FiscalYearLine[],
  options: FiscalYearTableOptions = {},
): ReportTable {
  const divisor = DISPLAY_UNITS[options.unit ?? 'crore'];
  const unitDivisor = ZERO.plus(divisor);
  const decimals = options.decimals ?? 2;
  const currency: { code?: string } = {};
  const rows: ReportRow[] = lines.map((line, index) => {
    if (line.values.length !== years.length) {
      throw new ArgumentError(
        'LENGTH_MISMATCH',
        `table "${title}": lines[${index}] ("${line.label}") has ${line.values.length} values for ${years.length} years`,
      );
    }
    const cells: Record<string, ReportCell> = { label: line.label };
    const values = line.values.map((v) => scaled(v, unitDivisor, currency, line.label));
    values.forEach((v, i) => {
      cells[`y${i}`] = v;
    });
    if (options.total === true) {
      const rule = line.noTotal === true ? 'none' : (line.total ?? 'sum');
      const totalOf = (list: readonly (Decimal | null)[]) =>
        rule === 'none' || list.some((v) => v === null)
          ? null
          : typeof rule === 'string'
            ? list.reduce<Decimal>((acc, v) => (v === null ? acc : acc.plus(v)), ZERO)
            : ratioTotal(rule, list.length);
      if (options.subtotal !== undefined) {
        cells.subtotal = totalOf(values.slice(0, options.subtotal.through));
      }
      cells.total = totalOf(values);
    }
    return {
      cells,
      style: line.style ?? 'data',
      ...(line.decimals === undefined ? {} : { decimals: line.decimals }),
    };
  });
  const columns: ReportColumn[] = [
    { key: 'label', header: options.labelHeader ?? '', align: 'left' },
    ...years.map((year, i) => ({ key: `y${i}`, header: year, align: 'right' as const, decimals })),
  ];
  if (options.total === true && options.subtotal !== undefined)
    columns.push({ key: 'subtotal', header: options.subtotal.header, align: 'right', decimals });
  if (options.total === true)
    columns.push({ key: 'total', header: 'Total', align: 'right', decimals });
  return {
    title,
    columns,
    rows,
    ...(options.notes === undefined ? {} : { notes: options.notes }),
  };
}
