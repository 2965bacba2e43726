import { Decimal } from '../../core/decimal.js';
import { isDecimal } from '../../core/decimalLike.js';
import type { ReportCell, ReportRow, ReportSection, ReportTable } from '../types.js';
import {
  addNote,
  columnName,
  formulaCell,
  numberCell,
  type SheetBuilder,
  sheetBuilder,
  textCell,
} from './sheetBuilder.js';
import type { WorkbookCell, WorkbookNumberFormat, WorkbookSheet } from './types.js';

// A report section as a sheet: its prose, then each table with its title, header and notes,
// numbers as numbers. A row's Total becomes a SUM over the row when it is exactly the sum of the
// row's figures (so it recalculates); otherwise (ratios, no total) it stays as crorecast gave it.

/** Markdown emphasis and code marks dropped for a spreadsheet cell. */
export function plainProse(text: string): string {
  return text.replaceAll('**', '').replaceAll('`', '');
}

function formatOf(table: ReportTable, row: ReportRow, key: string): WorkbookNumberFormat {
  const label = row.cells.label;
  if (typeof label === 'string' && label.includes('(%)')) return 'percent';
  const column = table.columns.find((c) => c.key === key);
  return (row.decimals ?? column?.decimals ?? 2) === 0 ? 'count' : 'amount';
}

function cellOf(
  table: ReportTable,
  row: ReportRow,
  key: string,
  cell: ReportCell,
  bold: boolean,
): WorkbookCell {
  const style = bold ? { bold: true } : {};
  if (cell === null) return null;
  if (!isDecimal(cell)) return textCell(cell, style);
  const format = formatOf(table, row, key);
  // Percent lines are printed ×100 in the text report; a spreadsheet holds the fraction.
  return numberCell(format === 'percent' ? cell.dividedBy(100) : cell, format, style);
}

function totalCell(table: ReportTable, row: ReportRow, rowNumber: number): WorkbookCell | null {
  const keys = table.columns.map((c) => c.key);
  const at = keys.indexOf('total');
  const total = row.cells.total;
  if (at < 2 || at !== keys.length - 1 || total === undefined || !isDecimal(total)) return null;
  const parts = keys.slice(1, at).map((k) => row.cells[k]);
  if (!parts.every((p): p is Decimal => isDecimal(p))) return null;
  const sum = parts.reduce<Decimal>((a, p) => a.plus(p), new Decimal(0));
  if (!sum.equals(total)) return null;
  const format = formatOf(table, row, 'total');
  if (format === 'percent') return null;
  return formulaCell(
    `SUM(B${rowNumber}:${columnName(at - 1)}${rowNumber})`,
    total.toNumber(),
    format,
    { bold: true },
  );
}

function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

/** Writes a report table: title, header (unless it repeats `header`), rows, notes. */
export function writeTable(b: SheetBuilder, table: ReportTable, header: readonly string[]): void {
  b.add([textCell(table.title, { bold: true })]);
  const headers = table.columns.map((c) => c.header);
  const right = table.columns.map(
    (c) => c.align === 'right' || table.rows.some((r) => isDecimal(r.cells[c.key])),
  );
  const headerCells = headers.map((h, i) =>
    textCell(h, { bold: true, right: i > 0 && right[i] === true }),
  );
  if (!sameHeaders(headers, header)) b.add(headerCells);
  for (const row of table.rows) {
    const bold = row.style === 'total' || row.style === 'subtotal' || row.style === 'heading';
    const rowNumber = b.nextRow();
    b.add(
      table.columns.map((column) =>
        column.key === 'total'
          ? (totalCell(table, row, rowNumber) ??
            cellOf(table, row, column.key, row.cells[column.key] ?? null, bold))
          : cellOf(table, row, column.key, row.cells[column.key] ?? null, bold),
      ),
    );
  }
  for (const note of table.notes ?? []) addNote(b, plainProse(note));
  b.gap();
}

/**
 * A sheet of one or more report sections. Row 1 is a header (the first table's column
 * headers, with the sheet's title in A1) and is frozen with the label column.
 */
export function documentSheet(name: string, sections: readonly ReportSection[]): WorkbookSheet {
  const b = sheetBuilder(name);
  const first = sections.flatMap((s) => s.tables ?? [])[0];
  const header = first === undefined ? [] : first.columns.map((c) => c.header);
  b.add([
    textCell(sections[0]?.heading ?? name, { bold: true }),
    ...header.slice(1).map((h) => textCell(h, { bold: true, right: true })),
  ]);
  const shown = ['', ...header.slice(1)];
  for (const section of sections) {
    if (section !== sections[0]) b.add([textCell(section.heading, { bold: true })]);
    for (const paragraph of section.paragraphs ?? []) {
      b.add([textCell(plainProse(paragraph), { wrap: true })]);
    }
    if ((section.paragraphs ?? []).length > 0) b.gap();
    for (const table of section.tables ?? []) writeTable(b, table, shown);
  }
  return b.build({ rows: 1, columns: 1 });
}
