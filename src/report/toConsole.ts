import { alignOf, assertTable, cellOf, displayText } from './_lib.js';
import { printable } from './printable.js';
import type { ReportDocument, ReportTable } from './types.js';

/** Visible width of text in a monospace terminal (code points; the report uses no wide glyphs). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? `${fill}${text}` : `${text}${fill}`;
}

/**
 * Renders a table as fixed-width text for a terminal: the title, a header, a rule, the rows with
 * numbers right-aligned (a rule above each total row), and notes.
 *
 * @param table - the table
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
export function tableToConsole(table: ReportTable): string {
  assertTable(table);
  const aligns = table.columns.map((c) => alignOf(table, c));
  // Names come from the scenario file: no escape sequence or control character reaches the terminal.
  const body = table.rows.map((row) =>
    table.columns.map((c) => printable(displayText(cellOf(row.cells, c.key), c, row))),
  );
  const headers = table.columns.map((c) => printable(c.header));
  const widths = headers.map((header, i) =>
    Math.max(width(header), ...body.map((cells) => width(cells[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((text, i) => pad(text, widths[i] ?? 0, aligns[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [printable(table.title), line(headers), rule];
  table.rows.forEach((row, index) => {
    if (row.style === 'total' && index > 0) out.push(rule);
    out.push(line(body[index] ?? []));
  });
  for (const note of table.notes ?? []) out.push(`  * ${printable(note)}`);
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
export function documentToConsole(doc: ReportDocument): string {
  const title = printable(doc.title);
  const parts = [`${title}\n${'='.repeat(width(title))}`];
  if (doc.subtitle !== undefined) parts.push(printable(doc.subtitle, true));
  for (const section of doc.sections) {
    const name = printable(section.heading);
    const heading = `${name}\n${'-'.repeat(width(name))}`;
    // Paragraphs may carry markdown emphasis; a terminal shows the words without the markers.
    const paragraphs = (section.paragraphs ?? []).map((p) =>
      printable(p, true).replace(/\*\*(.+?)\*\*/g, '$1'),
    );
    parts.push(paragraphs.length === 0 ? heading : `${heading}\n${paragraphs.join('\n\n')}`);
    for (const table of section.tables ?? []) parts.push(tableToConsole(table).trimEnd());
  }
  return `${parts.join('\n\n')}\n`;
}
