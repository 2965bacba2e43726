import { isDecimal } from '../core/decimalLike.js';
import { ArgumentError } from '../core/errors.js';
import { formatNumber } from './formatNumber.js';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from './types.js';

/** Text shown for a `null` cell in text formats. */
export const EMPTY_CELL = '—';

/**
 * Checks that every row has a cell for every column and that column keys are unique, so a
 * renderer never prints a silent blank for a misspelt key.
 */
export function assertTable(table: ReportTable): void {
  const keys = new Set<string>();
  for (const column of table.columns) {
    if (keys.has(column.key)) {
      throw new ArgumentError(
        'DUPLICATE_COLUMN',
        `table "${table.title}": column key "${column.key}" appears twice`,
      );
    }
    keys.add(column.key);
  }
  table.rows.forEach((row, index) => {
    for (const column of table.columns) {
      if (!Object.hasOwn(row.cells, column.key)) {
        throw new ArgumentError(
          'MISSING_CELL',
          `table "${table.title}": rows[${index}] has no cell for column "${column.key}"`,
        );
      }
    }
  });
}

/** The cell of a row for a column (after `assertTable`, always present). */
export function cellOf(cells: Readonly<Record<string, ReportCell>>, key: string): ReportCell {
  return cells[key] ?? null;
}

/** A cell as display text: numbers rounded and grouped per the column. */
export function displayText(cell: ReportCell, column: ReportColumn, row?: ReportRow): string {
  if (cell === null) return EMPTY_CELL;
  if (isDecimal(cell)) {
    return formatNumber(cell, {
      decimals: decimalsOf(column, row),
      grouping: column.grouping ?? 'indian',
    });
  }
  return cell;
}

/** A cell as plain machine text: numbers rounded to the column's decimals, never grouped. */
export function plainText(cell: ReportCell, column: ReportColumn, row?: ReportRow): string {
  if (cell === null) return '';
  if (isDecimal(cell)) {
    return formatNumber(cell, { decimals: decimalsOf(column, row), grouping: 'none' });
  }
  return cell;
}

/** A column's alignment: as set, else right when any of its cells is a number. */
export function alignOf(table: ReportTable, column: ReportColumn): 'left' | 'right' {
  if (column.align !== undefined) return column.align;
  return table.rows.some((row) => isDecimal(row.cells[column.key])) ? 'right' : 'left';
}

/** Decimal places for a number cell: the row's override, else the column's, else 2. */
export function decimalsOf(column: ReportColumn, row?: ReportRow): number {
  return row?.decimals ?? column.decimals ?? 2;
}
