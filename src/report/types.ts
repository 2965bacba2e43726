import type { Decimal } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * One cell of a report table: text, an exact number (a Decimal, formatted by its column), or
 * `null` for "no value" (shown as `—` in text formats, an empty field in CSV, `null` in JSON).
 */
export type ReportCell = string | Decimal | null;

/** How a column's numbers are grouped: `12,34,567` (Indian), `1,234,567`, or no separators. */
export type DigitGrouping = 'indian' | 'international' | 'none';

/**
 * A column of a report table. Number cells are rounded half-up to `decimals` (default 2) when
 * rendered as text or CSV — the one rounding boundary of the report layer; JSON keeps every digit
 * unless asked to round.
 */
export interface ReportColumn {
  /** The key of the cell in each row's `cells`. */
  readonly key: string;
  /** The header text. */
  readonly header: string;
  /** Alignment in text formats; numbers default to `right`, text to `left`. */
  readonly align?: 'left' | 'right';
  /** Decimal places for number cells (default 2). */
  readonly decimals?: number;
  /** Digit grouping for number cells in markdown and console output (default `indian`). */
  readonly grouping?: DigitGrouping;
}

/** How a row reads: ordinary data, a subtotal or total (emphasised), or a section heading. */
export type ReportRowStyle = 'data' | 'subtotal' | 'total' | 'heading';

/** One row: a cell per column key (a missing key is an error, not a blank). */
export interface ReportRow {
  readonly cells: Readonly<Record<string, ReportCell>>;
  readonly style?: ReportRowStyle;
  /** Decimal places for this row's numbers, overriding the columns' (e.g. 0 for headcount). */
  readonly decimals?: number;
}

/** A titled table with optional notes printed under it. */
export interface ReportTable {
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  readonly notes?: readonly string[];
}

/** A section of a report document: a heading, paragraphs of prose, and tables. */
export interface ReportSection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly tables?: readonly ReportTable[];
}

/** A whole report: a title, an optional subtitle line, and its sections in order. */
export interface ReportDocument {
  readonly title: string;
  readonly subtitle?: string;
  readonly sections: readonly ReportSection[];
}

/** The text formats a report renders to. */
export type ReportFormat = 'table' | 'markdown' | 'csv' | 'json';

/** The report formats, in a stable order, for CLIs and schemas. */
export const REPORT_FORMATS = deepFreeze([
  'table',
  'markdown',
  'csv',
  'json',
] as const satisfies readonly ReportFormat[]);
