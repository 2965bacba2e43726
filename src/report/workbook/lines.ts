import { type Decimal, ZERO } from '../../core/decimal.js';
import type { Money } from '../../money/money.js';
import {
  cellAddress,
  columnName,
  formulaCell,
  numberCell,
  type SheetBuilder,
  textCell,
} from './sheetBuilder.js';
import type { WorkbookCell, WorkbookNumberFormat } from './types.js';

// Fiscal-year lines of the formula sheets: label in column A, one column per year from B, then
// a Total column. Each line carries crorecast's exact figures; a line with a formula writes the
// formula in every year column and caches the figure, so the workbook reads right before any
// recalculation and an engine's recalculation can be checked against crorecast.

const CRORE = '10000000';

/** Money in ₹ crore, exact. */
export const inCrore = (m: Money): Decimal => m.amount.dividedBy(CRORE);

/** One fiscal-year line. */
export interface Line {
  readonly label: string;
  /** crorecast's figure for each year (₹ crore for amounts, fractions for percentages). */
  readonly values: readonly Decimal[];
  /** The formula of year `index` in column `column`, without `=`; omitted or undefined: a value. */
  readonly formula?: (column: string, index: number) => string | undefined;
  readonly format?: WorkbookNumberFormat;
  /**
   * The Total column: `sum` (a SUM over the years, the default), a formula of the total
   * column's letter with crorecast's value, or `none` (balances, rates).
   */
  readonly total?:
    | 'sum'
    | 'none'
    | { readonly formula: (column: string) => string; readonly value: Decimal };
  readonly bold?: boolean;
}

/** The layout of year columns: the first at B, `count` of them, the Total column after. */
export interface YearLayout {
  readonly count: number;
}

export const FIRST_YEAR_COLUMN = 1;
export const yearColumn = (index: number) => columnName(FIRST_YEAR_COLUMN + index);
export const totalColumn = (layout: YearLayout) => FIRST_YEAR_COLUMN + layout.count;

/** Writes a line and returns its row number. */
export function writeLine(b: SheetBuilder, layout: YearLayout, line: Line): number {
  const row = b.nextRow();
  const format = line.format ?? 'amount';
  const style = line.bold === true ? { bold: true } : {};
  const cells: WorkbookCell[] = [textCell(line.label, style)];
  line.values.forEach((value, i) => {
    const formula = line.formula?.(yearColumn(i), i);
    cells.push(
      formula === undefined
        ? numberCell(value, format, style)
        : formulaCell(formula, value.toNumber(), format, style),
    );
  });
  const total = line.total ?? 'sum';
  const totalLetter = columnName(totalColumn(layout));
  if (total === 'sum' && line.values.length > 0) {
    const sum = line.values.reduce((a, v) => a.plus(v), ZERO);
    cells.push(
      formulaCell(
        `SUM(${yearColumn(0)}${row}:${yearColumn(line.values.length - 1)}${row})`,
        sum.toNumber(),
        format,
        { bold: true },
      ),
    );
  } else if (typeof total === 'object') {
    cells.push(
      formulaCell(total.formula(totalLetter), total.value.toNumber(), format, { bold: true }),
    );
  }
  b.add(cells);
  return row;
}

/** The header row: a title in A, the years, and Total. */
export function headerRow(b: SheetBuilder, title: string, years: readonly string[]): number {
  return b.add([
    textCell(title, { bold: true }),
    ...years.map((y) => textCell(y, { bold: true, right: true })),
    textCell('Total', { bold: true, right: true }),
  ]);
}

/** A labelled input cell in column B (shaded: the figure an analyst is meant to change). */
export function inputRow(
  b: SheetBuilder,
  label: string,
  value: Decimal,
  format: WorkbookNumberFormat,
): string {
  const row = b.add([textCell(label, { bold: true }), numberCell(value, format, { input: true })]);
  return cellAddress(FIRST_YEAR_COLUMN, row, true);
}
