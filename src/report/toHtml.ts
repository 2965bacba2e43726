import { isDecimal } from '../core/decimalLike.js';
import { alignOf, assertTable, cellOf, displayText } from './_lib.js';
import { HTML_REPORT_CSS } from './htmlStyle.js';
import type { ReportDocument, ReportSection, ReportTable } from './types.js';

/** A figure placed in the HTML report: an inline SVG with a caption. */
export interface HtmlFigure {
  readonly caption: string;
  /** The SVG markup (e.g. `renderSvg(scenarioChart(result))`), inlined as is. */
  readonly svg: string;
}

/** Options for {@link documentToHtml}. */
export interface HtmlOptions {
  /** The page language (default `en-IN`). */
  readonly lang?: string;
  /** Figures shown in their own section after the first (the answers). */
  readonly figures?: readonly HtmlFigure[];
  /** A line for the page footer. */
  readonly footer?: string;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// The report's prose uses two marks of markdown: **strong** and `code`.
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

function paragraphsHtml(paragraphs: readonly string[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) out.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const p of paragraphs) {
    if (p.startsWith('- ')) list.push(`<li>${inline(p.slice(2))}</li>`);
    else {
      flush();
      out.push(`<p>${inline(p)}</p>`);
    }
  }
  flush();
  return out.join('\n');
}

/**
 * Renders a table as an accessible HTML table: a caption, column headers with `scope="col"`,
 * the first cell of each row a row header, numbers right-aligned and grouped, inside a region
 * that scrolls sideways on a narrow screen; notes as a list under it.
 *
 * @param table - the table
 * @param id - a unique id for the caption (labels the scroll region)
 * @returns HTML text
 * @throws {ArgumentError} when a row lacks a column's cell or column keys repeat
 *
 * @example
 * ```ts
 * tableToHtml({ title: 'T', columns: [{ key: 'a', header: 'A' }], rows: [{ cells: { a: 'x' } }] }, 't1').split('\n')
 * //=> ['<div class="table-scroll" role="region" aria-labelledby="t1" tabindex="0"><table><caption id="t1">T</caption>',
 * //    '<thead><tr><th scope="col">A</th></tr></thead>', '<tbody>', '<tr><th scope="row">x</th></tr>', '</tbody></table></div>']
 * ```
 */
export function tableToHtml(table: ReportTable, id: string): string {
  assertTable(table);
  const numeric = table.columns.map((c) => alignOf(table, c) === 'right');
  const head = table.columns
    .map(
      (c, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ''}>${escapeHtml(c.header)}</th>`,
    )
    .join('');
  const body = table.rows
    .map((row) => {
      const cells = table.columns
        .map((c, i) => {
          const cell = cellOf(row.cells, c.key);
          const text = escapeHtml(displayText(cell, c, row));
          if (i === 0) return `<th scope="row">${text}</th>`;
          const cls = numeric[i] || isDecimal(cell) ? ' class="num"' : '';
          return `<td${cls}>${text}</td>`;
        })
        .join('');
      const style = row.style === undefined || row.style === 'data' ? '' : ` class="${row.style}"`;
      return `<tr${style}>${cells}</tr>`;
    })
    .join('\n');
  const notes =
    table.notes === undefined || table.notes.length === 0
      ? ''
      : `\n<ul class="notes">${table.notes.map((n) => `<li>${inline(n)}</li>`).join('')}</ul>`;
  return `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0"><table><caption id="${id}">${escapeHtml(table.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>${notes}`;
}

function slug(text: string, index: number): string {
  const base = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `s${index + 1}-${base}`;
}

function sectionHtml(section: ReportSection, index: number, extraClass = ''): string {
  const id = slug(section.heading, index);
  const tables = (section.tables ?? []).map((t, i) => tableToHtml(t, `${id}-t${i + 1}`));
  return `<section id="${id}" aria-labelledby="${id}-h"${extraClass === '' ? '' : ` class="${extraClass}"`}>
<h2 id="${id}-h">${escapeHtml(section.heading)}</h2>
${paragraphsHtml(section.paragraphs ?? [])}
${tables.join('\n')}
</section>`;
}

// An SVG from a renderer may start with an XML declaration or a doctype: not allowed inline.
function inlineSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}

/**
 * Renders a report as one self-contained HTML page — inline CSS, inline SVG figures, no script,
 * font or request to any network: the first section (the answers), the figures, then every
 * other section with its tables. Accessible (`lang`, captions, header scopes, labelled scroll
 * regions, contrast), readable on a phone (tables scroll sideways, labels stay in view) and
 * printable (A4, a page per section).
 *
 * @param doc - the report
 * @param options - language, figures, footer
 * @returns the HTML document
 *
 * @example
 * ```ts
 * const html = documentToHtml({ title: 'Plan', sections: [{ heading: 'Answers', paragraphs: ['**Yes.**'] }] });
 * html.startsWith('<!doctype html>\n<html lang="en-IN">') //=> true
 * html.includes('<h2 id="s1-answers-h">Answers</h2>\n<p><strong>Yes.</strong></p>') //=> true
 * ```
 */
export function documentToHtml(doc: ReportDocument, options: HtmlOptions = {}): string {
  const [first, ...rest] = doc.sections;
  const figures = options.figures ?? [];
  const sections: string[] = [];
  const toc: string[] = [];
  let index = 0;
  const add = (section: ReportSection, cls = '') => {
    toc.push(
      `<li><a href="#${slug(section.heading, index)}">${escapeHtml(section.heading)}</a></li>`,
    );
    sections.push(sectionHtml(section, index, cls));
    index += 1;
  };
  if (first !== undefined) add(first, 'answers');
  if (figures.length > 0) {
    const id = slug('Charts', index);
    toc.push(`<li><a href="#${id}">Charts</a></li>`);
    sections.push(
      `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">Charts</h2>\n${figures
        .map(
          (f) =>
            `<figure role="group" aria-label="${escapeHtml(f.caption)}">${inlineSvg(f.svg)}<figcaption>${escapeHtml(f.caption)}</figcaption></figure>`,
        )
        .join('\n')}\n</section>`,
    );
    index += 1;
  }
  for (const section of rest) add(section);
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en-IN')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${HTML_REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.title)}</h1>
${doc.subtitle === undefined ? '' : `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`}
</header>
<nav aria-label="Contents"><ol>${toc.join('')}</ol></nav>
<main>
${sections.join('\n')}
</main>
${options.footer === undefined ? '' : `<footer>${escapeHtml(options.footer)}</footer>`}
</body>
</html>
`;
}
