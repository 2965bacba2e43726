import { alignOf, assertTable, cellOf, displayText } from './_lib.js';
import { printable } from './printable.js';
import type { ReportDocument, ReportTable } from './types.js';

// A surrogate pair: one code point in two UTF-16 units (every one, and whether there is one).
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const HAS_SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Visible width of text in a monospace terminal: its code points (the report uses no wide
 * glyphs), as `[...text].length` counts them — a surrogate pair is one, a lone surrogate one —
 * without building an array of every character (the seed's report is ~150 KB of text, measured
 * more than once), and with builtins only: a loop over the characters would run in V8's
 * interpreter on a CLI's single pass.
 */
function width(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? `${fill}${text}` : `${text}${fill}`;
}

/**
 * The terminal width crorecast's text reports fit by default, in columns.
 *
 * @example
 * ```ts
 * CONSOLE_WIDTH //=> 120
 * ```
 */
export const CONSOLE_WIDTH = 120;

/** Options for {@link tableToConsole} and {@link documentToConsole}. */
export interface ConsoleOptions {
  /** The widest a line may be, in columns (default {@link CONSOLE_WIDTH}; at least 40). */
  readonly maxWidth?: number;
}

// Text columns are never squeezed below this (a word longer than that is broken).
const MIN_COLUMN = 12;

/**
 * Word-wraps text to lines of at most `size` columns (a word longer than a line is broken).
 *
 * @example
 * ```ts
 * wrapText('revenue by segment and year', 12) //=> ['revenue by', 'segment and', 'year']
 * ```
 */
export function wrapText(text: string, size: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const plain = plainLines(paragraph, size);
    if (plain !== undefined) {
      for (const line of plain) lines.push(line);
      continue;
    }
    // The line being filled and its width, kept as a count: each word is measured once.
    let current = '';
    let currentWidth = 0;
    for (const word of paragraph.split(' ')) {
      let rest = word;
      let restWidth = width(rest);
      while (restWidth > size) {
        if (current !== '') {
          lines.push(current);
          current = '';
          currentWidth = 0;
        }
        const chars = [...rest];
        lines.push(chars.slice(0, size).join(''));
        rest = chars.slice(size).join('');
        restWidth -= size;
      }
      if (current === '') {
        current = rest;
        currentWidth = restWidth;
      } else if (currentWidth + 1 + restWidth <= size) {
        current = `${current} ${rest}`;
        currentWidth += 1 + restWidth;
      } else {
        lines.push(current);
        current = rest;
        currentWidth = restWidth;
      }
    }
    lines.push(current);
  }
  return lines;
}

/**
 * The lines of a paragraph of plain words — one space between them, none at either end, none
 * longer than a line, no surrogate pairs (one column per UTF-16 unit) — found by one builtin
 * regular expression: the longest run of at most `size` characters that ends before a space or
 * at the end, as the word-by-word fill gives them. A report wraps ~150 KB of text on a CLI's
 * single pass, where a loop over its words runs in V8's interpreter. `undefined` for any other
 * paragraph (the word-by-word fill handles it).
 */
function plainLines(paragraph: string, size: number): readonly string[] | undefined {
  if (!Number.isInteger(size) || size < 1 || /^ | $| {2}/.test(paragraph)) return undefined;
  if (paragraph.length <= size) return [paragraph];
  if (HAS_SURROGATE_PAIR.test(paragraph) || new RegExp(`[^ ]{${size + 1}}`).test(paragraph)) {
    return undefined;
  }
  // Each match is a line and the space after it (none after the last).
  const matches = paragraph.match(new RegExp(`[^]{1,${size}}(?: |$)`, 'g')) ?? [];
  return matches.map((line) => (line.endsWith(' ') ? line.slice(0, -1) : line));
}

function maxWidthOf(options: ConsoleOptions): number {
  return Math.max(40, options.maxWidth ?? CONSOLE_WIDTH);
}

// Narrows the widest text columns until the table fits (numbers are never wrapped).
function fitWidths(
  widths: readonly number[],
  aligns: readonly ('left' | 'right')[],
  max: number,
): number[] {
  const out = [...widths];
  const total = () => out.reduce((a, b) => a + b, 0) + 2 * (out.length - 1);
  while (total() > max) {
    let widest = -1;
    out.forEach((w, i) => {
      if (aligns[i] === 'left' && w > MIN_COLUMN && (widest < 0 || w > (out[widest] ?? 0))) {
        widest = i;
      }
    });
    if (widest < 0) break; // only numbers left to narrow: the table is as narrow as it gets
    out[widest] = Math.max(MIN_COLUMN, (out[widest] ?? 0) - (total() - max));
  }
  return out;
}

/**
 * Splits the columns into pages that fit `max`, with their widths: one page when the table fits
 * once its text columns are narrowed; else the leading text columns (labels, at up to a third of
 * the line) on every page and the rest packed in order.
 */
function pageColumns(
  natural: readonly number[],
  aligns: readonly ('left' | 'right')[],
  max: number,
): { pages: number[][]; widths: number[] } {
  const all = natural.map((_, i) => i);
  const span = (cols: readonly number[], widths: readonly number[]) =>
    cols.reduce((a, i) => a + (widths[i] ?? 0), 0) + 2 * Math.max(0, cols.length - 1);
  const fitted = fitWidths(natural, aligns, max);
  const firstNumber = aligns.indexOf('right');
  if (span(all, fitted) <= max || firstNumber <= 0) return { pages: [all], widths: fitted };
  const cap = Math.max(MIN_COLUMN, Math.floor(max / 3));
  const widths = natural.map((w, i) => (aligns[i] === 'left' ? Math.min(w, cap) : w));
  const lead = all.slice(0, firstNumber);
  const pages: number[][] = [];
  let page = [...lead];
  for (const i of all.slice(firstNumber)) {
    if (page.length > lead.length && span([...page, i], widths) > max) {
      pages.push(page);
      page = [...lead];
    }
    page.push(i);
  }
  pages.push(page);
  return { pages, widths };
}

/**
 * Renders a table as fixed-width text for a terminal: the title, a header, a rule, the rows with
 * numbers right-aligned (a rule above each total row), and notes. Lines fit `maxWidth` (120
 * columns by default): long text cells wrap within their column, numbers never do; a table with
 * more number columns than fit (a ten-year plan's fiscal years) is paged, each page headed
 * `<title> (continued)` and repeating the label column.
 *
 * @param table - the table
 * @param options - the widest a line may be
 * @returns text ending in a newline
 * @throws {ArgumentError} when a row lacks a column's cell or column keys repeat
 *
 * @example
 * ```ts
 * tableToConsole({
 *   title: 'Revenue (₹ crore)',
 *   columns: [{ key: 'line', header: 'Line' }, { key: 'y1', header: 'FY2021-22' }],
 *   rows: [{ cells: { line: 'Phones', y1: new Decimal('5200') } }],
 * })
 * //=> 'Revenue (₹ crore)\nLine    FY2021-22\n------  ---------\nPhones   5,200.00\n'
 * ```
 */
export function tableToConsole(table: ReportTable, options: ConsoleOptions = {}): string {
  assertTable(table);
  const max = maxWidthOf(options);
  const aligns = table.columns.map((c) => alignOf(table, c));
  // Names come from the scenario file: no escape sequence or control character reaches the terminal.
  const body = table.rows.map((row) =>
    table.columns.map((c) => printable(displayText(cellOf(row.cells, c.key), c, row))),
  );
  const headers = table.columns.map((c) => printable(c.header));
  const { pages, widths } = pageColumns(
    headers.map((header, i) =>
      Math.max(width(header), ...body.map((cells) => width(cells[i] ?? ''))),
    ),
    aligns,
    max,
  );
  const out: string[] = [];
  // Too many number columns for the width (a ten-year plan): the columns are paged, each page
  // repeating the leading text columns, so every line still fits and no figure is cut.
  pages.forEach((page, p) => {
    const pick = <T>(list: readonly T[]) => page.map((i) => list[i] as T);
    const pageWidths = pick(widths);
    const pageAligns = pick(aligns);
    const lines = (cells: readonly string[]): string[] => {
      const wrapped = pick(cells).map((text, i) =>
        width(text) <= (pageWidths[i] ?? 0) ? [text] : wrapText(text, pageWidths[i] ?? 0),
      );
      const height = Math.max(1, ...wrapped.map((w) => w.length));
      return Array.from({ length: height }, (_, k) =>
        wrapped
          .map((w, i) => pad(w[k] ?? '', pageWidths[i] ?? 0, pageAligns[i] ?? 'left'))
          .join('  ')
          .trimEnd(),
      );
    };
    const rule = pageWidths.map((w) => '-'.repeat(w)).join('  ');
    const title = printable(table.title);
    if (p > 0) out.push('');
    out.push(...wrapText(p === 0 ? title : `${title} (continued)`, max), ...lines(headers), rule);
    table.rows.forEach((row, index) => {
      if (row.style === 'total' && index > 0) out.push(rule);
      out.push(...lines(body[index] ?? []));
    });
  });
  for (const note of table.notes ?? []) {
    const text = printable(note);
    out.push(...wrapText(text, max - 4).map((l, k) => `${k === 0 ? '  * ' : '    '}${l}`));
  }
  return `${out.join('\n')}\n`;
}

/**
 * Renders a whole report as terminal text: an underlined title, section headings, paragraphs
 * and fixed-width tables separated by blank lines.
 *
 * @example
 * ```ts
 * documentToConsole({ title: 'Plan', sections: [{ heading: 'Answers', paragraphs: ['Yes.'] }] })
 * //=> 'Plan\n====\n\nAnswers\n-------\nYes.\n'
 * ```
 */
export function documentToConsole(doc: ReportDocument, options: ConsoleOptions = {}): string {
  const max = maxWidthOf(options);
  const wrap = (text: string) => wrapText(text, max).join('\n');
  // Names come from the scenario file: no escape sequence or control character reaches the terminal.
  const title = printable(doc.title);
  const parts = [`${wrap(title)}\n${'='.repeat(Math.min(max, width(title)))}`];
  if (doc.subtitle !== undefined) parts.push(wrap(printable(doc.subtitle, true)));
  for (const section of doc.sections) {
    const name = printable(section.heading);
    const heading = `${wrap(name)}\n${'-'.repeat(Math.min(max, width(name)))}`;
    // Paragraphs may carry markdown emphasis; a terminal shows the words without the markers.
    const paragraphs = (section.paragraphs ?? []).map((p) =>
      wrap(printable(p, true).replace(/\*\*(.+?)\*\*/g, '$1')),
    );
    parts.push(paragraphs.length === 0 ? heading : `${heading}\n${paragraphs.join('\n\n')}`);
    for (const table of section.tables ?? []) parts.push(tableToConsole(table, options).trimEnd());
  }
  return `${parts.join('\n\n')}\n`;
}
