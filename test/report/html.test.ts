import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { formatMoney } from '../../src/money/formatMoney.js';
import {
  documentToHtml,
  escapeHtml,
  scenarioHtml,
  scenarioReport,
  tableToHtml,
} from '../../src/report/index.js';
import { seedResult } from '../_lib/seedResults.js';

const result = seedResult();
const svg =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const html = scenarioHtml(result, { chartSvg: svg });

describe('scenarioHtml', () => {
  it('is one self-contained page: no script, stylesheet link, font or URL to fetch', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-IN">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('puts the answers first, then the chart inline, then every section of the report', () => {
    const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    const report = scenarioReport(result).sections.map((s) => escapeHtml(s.heading));
    expect(headings).toEqual([report[0], 'Charts', ...report.slice(1)]);
    expect(html).toContain('<figure role="group"');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<?xml');
  });

  it('shows the key figures, the PLI reasons, the variants and every source and assumption', () => {
    expect(html).toContain(
      escapeHtml(formatMoney(result.valuation.withPli.npv, { unit: 'crore', decimals: 0 })),
    );
    const reasons = result.pli?.enrolments.flatMap((e) => e.years.flatMap((y) => y.reasons)) ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(html).toContain(escapeHtml(reason));
    for (const v of result.variants) expect(html).toContain(escapeHtml(v.name));
    for (const s of result.meta.sources) expect(html).toContain(escapeHtml(s.title));
    for (const a of result.meta.assumptions) expect(html).toContain(escapeHtml(a.rationale));
  });

  it('makes tables accessible: captions, column and row header scopes, labelled scroll regions', () => {
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(10);
    expect(html.match(/<caption id="/g)?.length).toBe(tables);
    expect(html.match(/role="region" aria-labelledby="/g)?.length).toBe(tables);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row">EBITDA</th>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints on A4 with a page break before each section', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/@media print \{[\s\S]*section \{ break-before: page; \}/);
  });

  it('leaves the chart out when none is given', () => {
    expect(scenarioHtml(result)).not.toContain('<figure');
  });
});

describe('documentToHtml', () => {
  it('escapes text and keeps only the report prose marks (**strong**, `code`, - lists)', () => {
    const page = documentToHtml({
      title: 'A <b> & "c"',
      sections: [
        {
          heading: 'Answers',
          paragraphs: ['**Yes.** <script>x</script> `id`', '- one', '- two', 'after'],
        },
      ],
    });
    expect(page).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(page).toContain(
      '<p><strong>Yes.</strong> &lt;script&gt;x&lt;/script&gt; <code>id</code></p>',
    );
    expect(page).toContain('<ul><li>one</li><li>two</li></ul>\n<p>after</p>');
  });

  it('renders numbers grouped the Indian way, right-aligned, and row styles as classes', () => {
    const table = tableToHtml(
      {
        title: 'Revenue (₹ crore)',
        columns: [
          { key: 'label', header: '' },
          { key: 'y', header: 'FY2021-22', decimals: 0 },
        ],
        rows: [
          { cells: { label: 'Phones', y: new Decimal('1234567.4') } },
          { cells: { label: 'Total', y: null }, style: 'total' },
        ],
        notes: ['a **note**'],
      },
      't1',
    );
    expect(table).toContain('<th scope="row">Phones</th><td class="num">12,34,567</td>');
    expect(table).toContain(
      '<tr class="total"><th scope="row">Total</th><td class="num">—</td></tr>',
    );
    expect(table).toContain('<ul class="notes"><li>a <strong>note</strong></li></ul>');
  });
});
