import { assertTable, cellOf, plainText } from './_lib.js';
import type { ReportDocument, ReportTable } from './types.js';

/** Options for {@link tableToCsv} and {@link documentToCsv}. */
export interface CsvOptions {
  /** Line ending (default `\n`; RFC 4180 specifies `\r\n`). */
  readonly eol?: '\n' | '\r\n';
  /** Field separator (default `,`). */
  readonly separator?: ',' | ';' | '\t';
}

/**
 * Quotes one CSV field the RFC 4180 way: a field holding the separator, a double quote, a line
 * break or leading/trailing spaces is wrapped in double quotes, with inner quotes doubled. Text
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` (OWASP's
 * CSV-injection guidance), except a plain number such as `-12.50`, which stays numeric.
 *
 * @example
 * ```ts
 * csvField('Phones, value') //=> '"Phones, value"'
 * csvField('6" screen') //=> '"6"" screen"'
 * ```
 */
export function csvField(text: string, separator: string = ','): string {
  // OWASP CSV injection: a spreadsheet runs a cell starting = + - @ tab or CR as a formula, so
  // such text gets a leading apostrophe; a plain number (-12.50) stays a number.
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Renders a table as CSV: a header row, then one record per row. Numbers are plain decimal text
 * rounded to the column's decimals, without digit grouping, so spreadsheets read them as numbers;
 * empty cells are empty fields.
 *
 * @param table - the table
 * @param options - line ending and separator
 * @returns CSV text ending in a line ending
 * @throws {ArgumentError} when a row lacks a column's cell or column keys repeat
 *
 * @example
 * ```ts
 * tableToCsv({
 *   title: 'Revenue',
 *   columns: [{ key: 'line', header: 'Line' }, { key: 'y1', header: 'FY2021-22' }],
 *   rows: [{ cells: { line: 'Phones, value', y1: new Decimal('5200') } }],
 * })
 * //=> 'Line,FY2021-22\n"Phones, value",5200.00\n'
 * ```
 */
export function tableToCsv(table: ReportTable, options: CsvOptions = {}): string {
  assertTable(table);
  const eol = options.eol ?? '\n';
  const sep = options.separator ?? ',';
  const records = [table.columns.map((c) => csvField(c.header, sep)).join(sep)];
  for (const row of table.rows) {
    records.push(
      table.columns
        .map((c) => csvField(plainText(cellOf(row.cells, c.key), c, row), sep))
        .join(sep),
    );
  }
  return `${records.join(eol)}${eol}`;
}

/**
 * Renders every table of a report as CSV blocks: each block starts with a one-field record naming
 * its section and table, and blocks are separated by an empty line. Prose is left out.
 *
 * @example
 * ```ts
 * const table = {
 *   title: 'Revenue',
 *   columns: [{ key: 'line', header: 'Line' }, { key: 'y1', header: 'FY2021-22' }],
 *   rows: [{ cells: { line: 'Phones', y1: toDecimal('5200') } }],
 * };
 * documentToCsv({ title: 'Plan', sections: [{ heading: 'P&L', tables: [table] }] })
 * //=> 'P&L — Revenue\nLine,FY2021-22\nPhones,5200.00\n'
 * ```
 */
export function documentToCsv(doc: ReportDocument, options: CsvOptions = {}): string {
  const eol = options.eol ?? '\n';
  const sep = options.separator ?? ',';
  const blocks: string[] = [];
  for (const section of doc.sections) {
    for (const table of section.tables ?? []) {
      blocks.push(
        `${csvField(`${section.heading} — ${table.title}`, sep)}${eol}${tableToCsv(table, options)}`,
      );
    }
  }
  return blocks.join(eol);
}
