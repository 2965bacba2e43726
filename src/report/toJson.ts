import { isDecimal } from '../core/decimalLike.js';
import { assertTable, cellOf, decimalsOf } from './_lib.js';
import { formatNumber } from './formatNumber.js';
import type { ReportCell, ReportColumn, ReportDocument, ReportRow, ReportTable } from './types.js';

/** Options for {@link tableToJson} and {@link documentToJson}. */
export interface JsonReportOptions {
  /** Round numbers to each column's decimals (default `false`: every digit is kept). */
  readonly rounded?: boolean;
}

/** A table in JSON form: numbers as decimal strings, never floats. */
export interface JsonTable {
  readonly title: string;
  readonly columns: readonly { readonly key: string; readonly header: string }[];
  readonly rows: readonly {
    readonly style: string;
    readonly cells: Readonly<Record<string, string | null>>;
  }[];
  readonly notes: readonly string[];
}

function jsonCell(
  cell: ReportCell,
  column: ReportColumn,
  row: ReportRow,
  rounded: boolean,
): string | null {
  if (cell === null) return null;
  if (!isDecimal(cell)) return cell;
  return rounded
    ? formatNumber(cell, { decimals: decimalsOf(column, row), grouping: 'none' })
    : cell.toFixed();
}

/**
 * Converts a table to a JSON-ready value with every number as a plain decimal string (exact by
 * default, or rounded to the column's decimals), so no precision is lost to floats.
 *
 * @example
 * ```ts
 * const table = {
 *   title: 'Revenue',
 *   columns: [{ key: 'line', header: 'Line' }, { key: 'y1', header: 'FY2021-22' }],
 *   rows: [{ cells: { line: 'Phones', y1: toDecimal('5200') } }],
 * };
 * tableToJson(table).rows[0]?.cells //=> { line: 'Phones', y1: '5200' }
 * ```
 */
export function tableToJson(table: ReportTable, options: JsonReportOptions = {}): JsonTable {
  assertTable(table);
  const rounded = options.rounded ?? false;
  return {
    title: table.title,
    columns: table.columns.map((c) => ({ key: c.key, header: c.header })),
    rows: table.rows.map((row) => ({
      style: row.style ?? 'data',
      cells: Object.fromEntries(
        table.columns.map((c) => [c.key, jsonCell(cellOf(row.cells, c.key), c, row, rounded)]),
      ),
    })),
    notes: table.notes ?? [],
  };
}

/**
 * Serialises a whole report as pretty-printed JSON text (two-space indent, numbers as strings).
 *
 * @example
 * ```ts
 * const doc = { title: 'Plan', sections: [{ heading: 'Answers', paragraphs: ['**Yes.**'] }] };
 * JSON.parse(documentToJson(doc)).sections[0].heading //=> 'Answers'
 * ```
 */
export function documentToJson(doc: ReportDocument, options: JsonReportOptions = {}): string {
  const value = {
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    sections: doc.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs ?? [],
      tables: (s.tables ?? []).map((t) => tableToJson(t, options)),
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
