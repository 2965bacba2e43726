import { alignOf, assertTable, cellOf, displayText } from './_lib.js';
import { printable } from './printable.js';
import type { ReportDocument, ReportTable } from './types.js';

/** Escapes text for a GitHub-flavoured markdown table cell (pipes, backslashes, line breaks). */
function escapeCell(text: string): string {
  return printable(text.replace(/\r?\n/g, '<br>')).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/**
 * Renders a table as a GitHub-flavoured markdown table under a bold title, with numbers
 * right-aligned, total rows in bold and notes as a list under the table.
 *
 * @param table - the table
 * @returns markdown text ending in a newline
 * @throws {ArgumentError} when a row lacks a column's cell or column keys repeat
 *
 * @example
 * ```ts
 * tableToMarkdown({
 *   title: 'Revenue (₹ crore)',
 *   columns: [{ key: 'line', header: 'Line' }, { key: 'y1', header: 'FY2021-22' }],
 *   rows: [{ cells: { line: 'Phones', y1: new Decimal('5200') } }],
 * })
 * //=> '**Revenue (₹ crore)**\n\n| Line | FY2021-22 |\n| :--- | ---: |\n| Phones | 5,200.00 |\n'
 * ```
 */
export function tableToMarkdown(table: ReportTable): string {
  assertTable(table);
  const lines = [`**${escapeCell(table.title)}**`, ''];
  lines.push(`| ${table.columns.map((c) => escapeCell(c.header)).join(' | ')} |`);
  lines.push(
    `| ${table.columns.map((c) => (alignOf(table, c) === 'right' ? '---:' : ':---')).join(' | ')} |`,
  );
  for (const row of table.rows) {
    const texts = table.columns.map((c) =>
      escapeCell(displayText(cellOf(row.cells, c.key), c, row)),
    );
    const strong = row.style === 'total' || row.style === 'heading';
    lines.push(`| ${texts.map((t) => (strong && t !== '' ? `**${t}**` : t)).join(' | ')} |`);
  }
  if (table.notes !== undefined && table.notes.length > 0) {
    lines.push('');
    for (const note of table.notes) lines.push(`- ${printable(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Renders a whole report as markdown: `#` title, `##` section headings, paragraphs, tables.
 *
 * @param doc - the report
 * @returns markdown text ending in a newline
 *
 * @example
 * ```ts
 * documentToMarkdown({ title: 'Plan', sections: [{ heading: 'Answers', paragraphs: ['Yes.'] }] })
 * //=> '# Plan\n\n## Answers\n\nYes.\n'
 * ```
 */
export function documentToMarkdown(doc: ReportDocument): string {
  const parts = [`# ${printable(doc.title)}`];
  if (doc.subtitle !== undefined) parts.push(printable(doc.subtitle, true));
  for (const section of doc.sections) {
    parts.push(`## ${printable(section.heading)}`);
    for (const paragraph of section.paragraphs ?? []) parts.push(printable(paragraph, true));
    for (const table of section.tables ?? []) parts.push(tableToMarkdown(table).trimEnd());
  }
  return `${parts.join('\n\n')}\n`;
}
