import type { Decimal } from '../../core/decimal.js';
import type { Money } from '../../money/money.js';
import type {
  WorkbookCell,
  WorkbookCellStyle,
  WorkbookNumberFormat,
  WorkbookSheet,
} from './types.js';

// Builds a sheet row by row and hands out the A1 addresses later formulas refer to. The rows
// are local scratch while a sheet is built; the sheet returned is plain, frozen data.

const CRORE = '10000000';

/** The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** An A1 address; `absolute` pins both (`$B$2`) for input cells copied across a row. */
export function cellAddress(column: number, row: number, absolute = false): string {
  return absolute ? `$${columnName(column)}$${row}` : `${columnName(column)}${row}`;
}

/** A sheet-qualified reference (`'P&L'!C7`): quoted, with quotes doubled, as Excel writes it. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replaceAll("'", "''")}'!${ref}`;
}

/** A Decimal at full double precision (the nearest double to the exact value). */
export function numberCell(
  value: Decimal,
  format: WorkbookNumberFormat,
  style: WorkbookCellStyle = {},
): WorkbookCell {
  return { kind: 'number', value: value.toNumber(), format, ...style };
}

/** ₹ in crore (the workbook's unit), unrounded. */
export function croreOf(money: Money): number {
  return money.amount.dividedBy(CRORE).toNumber();
}

/**
 * An ISO date (`yyyy-MM-dd`) as an Excel date serial: days since 1899-12-30 (Excel's epoch,
 * which absorbs its 1900 leap-year slip for every date after February 1900).
 */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) / 86_400_000 + 25_569;
}

export function textCell(value: string, style: WorkbookCellStyle = {}): WorkbookCell {
  return { kind: 'text', value, ...style };
}

export function formulaCell(
  formula: string,
  cached: number | string,
  format: WorkbookNumberFormat,
  style: WorkbookCellStyle = {},
): WorkbookCell {
  return { kind: 'formula', formula, cached, format, ...style };
}

const NOTE_WIDTH = 100;

/**
 * A note as rows of at most about 100 characters, broken between words: a long line left to
 * spill over empty cells would widen what a print fitted to the page width has to shrink.
 */
export function addNote(b: SheetBuilder, text: string): void {
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > NOTE_WIDTH) {
      b.add([textCell(line)]);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') b.add([textCell(line)]);
}

/** A sheet under construction. */
export interface SheetBuilder {
  readonly name: string;
  /** Appends a row and returns its 1-based row number. */
  add(cells: readonly WorkbookCell[]): number;
  /** Appends an empty row. */
  gap(): void;
  /** The row number the next `add` will get. */
  nextRow(): number;
  /** The finished sheet; widths fit the content (prose columns capped and wrapped). */
  build(freeze: { rows: number; columns: number }): WorkbookSheet;
}

const MAX_WIDTH = 80;
const NUMBER_WIDTH = 14;

export function sheetBuilder(name: string): SheetBuilder {
  const rows: WorkbookCell[][] = [];
  return {
    name,
    add(cells) {
      rows.push([...cells]);
      return rows.length;
    },
    gap() {
      rows.push([]);
    },
    nextRow: () => rows.length + 1,
    build(freeze) {
      const widths: number[] = [];
      for (const row of rows) {
        row.forEach((cell, i) => {
          const width = cellWidth(cell, i, row.length);
          widths[i] = Math.max(widths[i] ?? 8, width);
        });
      }
      return Object.freeze({
        name,
        rows: Object.freeze(rows.map((row) => Object.freeze(row))),
        widths: Object.freeze(widths.map((w) => Math.min(MAX_WIDTH, w))),
        freeze: Object.freeze({ ...freeze }),
      });
    },
  };
}

// A title alone in its row spills over empty neighbours, so it does not widen column A (wrapped
// prose does); numbers take the width of a grouped ₹ crore figure.
function cellWidth(cell: WorkbookCell, index: number, length: number): number {
  if (cell === null) return 0;
  if (cell.kind === 'text') {
    if (index === 0 && length === 1 && cell.wrap !== true) return 0;
    return Math.min(MAX_WIDTH, cell.value.length + 2);
  }
  return NUMBER_WIDTH;
}
