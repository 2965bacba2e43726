import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError } from '../../src/core/errors.js';
import {
  csvField,
  documentToConsole,
  documentToCsv,
  documentToJson,
  documentToMarkdown,
  renderDocument,
  tableToConsole,
  tableToCsv,
  tableToJson,
  tableToMarkdown,
} from '../../src/report/index.js';
import { wrapText } from '../../src/report/toConsole.js';
import type { ReportDocument, ReportTable } from '../../src/report/types.js';

const d = (v: string) => new Decimal(v);

const table: ReportTable = {
  title: 'Revenue (₹ crore)',
  columns: [
    { key: 'line', header: 'Line' },
    { key: 'y1', header: 'FY2021-22' },
    { key: 'y2', header: 'FY2022-23' },
  ],
  rows: [
    { cells: { line: 'Phones, value', y1: d('5200.456'), y2: d('9100') } },
    { cells: { line: 'Pipe | "quoted"', y1: null, y2: d('-12.5') } },
    { cells: { line: 'Headcount', y1: d('2400.4'), y2: d('5100') }, decimals: 0 },
    { cells: { line: 'Total', y1: d('5200.456'), y2: d('9087.5') }, style: 'total' },
  ],
  notes: ['Figures are unrounded until shown.'],
};

const doc: ReportDocument = {
  title: 'Seed plan',
  subtitle: 'FY2021-22 to FY2022-23',
  sections: [{ heading: 'Revenue', paragraphs: ['Two years.'], tables: [table] }],
};

describe('tableToMarkdown', () => {
  it('renders a GFM table with aligned numbers, escaped pipes, bold totals and notes', () => {
    expect(tableToMarkdown(table)).toBe(
      [
        '**Revenue (₹ crore)**',
        '',
        '| Line | FY2021-22 | FY2022-23 |',
        '| :--- | ---: | ---: |',
        '| Phones, value | 5,200.46 | 9,100.00 |',
        '| Pipe \\| "quoted" | — | -12.50 |',
        '| Headcount | 2,400 | 5,100 |',
        '| **Total** | **5,200.46** | **9,087.50** |',
        '',
        '- Figures are unrounded until shown.',
        '',
      ].join('\n'),
    );
  });

  it('puts line breaks in a cell as <br>', () => {
    const t: ReportTable = {
      title: 't',
      columns: [{ key: 'a', header: 'A' }],
      rows: [{ cells: { a: 'one\ntwo' } }],
    };
    expect(tableToMarkdown(t)).toContain('| one<br>two |');
  });
});

describe('tableToCsv', () => {
  it('quotes fields per RFC 4180 and writes plain numbers', () => {
    expect(tableToCsv(table)).toBe(
      [
        'Line,FY2021-22,FY2022-23',
        '"Phones, value",5200.46,9100.00',
        '"Pipe | ""quoted""",,-12.50',
        'Headcount,2400,5100',
        'Total,5200.46,9087.50',
        '',
      ].join('\n'),
    );
  });

  it('honours CRLF and another separator', () => {
    const out = tableToCsv(table, { eol: '\r\n', separator: ';' });
    expect(out.split('\r\n')[1]).toBe('Phones, value;5200.46;9100.00');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['6" screen', '"6"" screen"'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('quotes %j as %j', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });
});

describe('tableToConsole', () => {
  it('pads columns to a fixed width with numbers right-aligned', () => {
    expect(tableToConsole(table)).toBe(
      [
        'Revenue (₹ crore)',
        'Line             FY2021-22  FY2022-23',
        '---------------  ---------  ---------',
        'Phones, value     5,200.46   9,100.00',
        'Pipe | "quoted"          —     -12.50',
        'Headcount            2,400      5,100',
        '---------------  ---------  ---------',
        'Total             5,200.46   9,087.50',
        '  * Figures are unrounded until shown.',
        '',
      ].join('\n'),
    );
  });

  it('pages a table with more year columns than fit, repeating the labels', () => {
    // Ten years of 9-character figures: label 9 + 10 × (2 + 9) = 119 columns, more than 60.
    const years = Array.from({ length: 10 }, (_, i) => `FY${2021 + i}-${String(22 + i).slice(-2)}`);
    const wide: ReportTable = {
      title: 'Ten years',
      columns: [
        { key: 'line', header: 'Line' },
        ...years.map((y, i) => ({ key: `y${i}`, header: y })),
      ],
      rows: [
        {
          cells: {
            line: 'Revenue',
            ...Object.fromEntries(years.map((_, i) => [`y${i}`, d(`${i + 1}`)])),
          },
        },
      ],
      notes: ['One note, after the last page.'],
    };
    const text = tableToConsole(wide, { maxWidth: 60 });
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
    // "Revenue" (7) + 4 × (2 + 9) = 51 fits 60; a fifth column would make 62: pages of 4, 4, 2.
    expect(lines.filter((l) => l.startsWith('Ten years'))).toEqual([
      'Ten years',
      'Ten years (continued)',
      'Ten years (continued)',
    ]);
    expect(lines.filter((l) => l.startsWith('Revenue'))).toEqual([
      'Revenue       1.00       2.00       3.00       4.00',
      'Revenue       5.00       6.00       7.00       8.00',
      'Revenue       9.00      10.00',
    ]);
    expect(text.match(/One note/g)).toHaveLength(1);
    expect(text.endsWith('  * One note, after the last page.\n')).toBe(true);
  });

  it('measures text in code points: a surrogate pair is one column, a lone surrogate one', () => {
    const astral: ReportTable = {
      title: 'Widths',
      columns: [
        { key: 'line', header: 'Line' },
        { key: 'y1', header: 'FY1' },
      ],
      rows: [
        { cells: { line: '\u{1D7D9}\u{1D7DA}x', y1: d('1') } },
        { cells: { line: 'a\uD800b\uDC00', y1: d('2') } },
        { cells: { line: 'abcd', y1: d('3') } },
      ],
    };
    const lines = tableToConsole(astral).split('\n');
    // Four code points wide (not the seven UTF-16 units of the pairs), so the numbers line up.
    expect(lines.slice(1, 6)).toEqual([
      'Line   FY1',
      '----  ----',
      '\u{1D7D9}\u{1D7DA}x   1.00',
      'a\uD800b\uDC00  2.00',
      'abcd  3.00',
    ]);
  });
});

describe('wrapText', () => {
  it('fills lines word by word, breaks a word longer than a line, keeps every space', () => {
    expect(wrapText('revenue by segment and year', 12)).toEqual([
      'revenue by',
      'segment and',
      'year',
    ]);
    expect(wrapText('a abcdefghijklmnopqrstuvwxyz b', 10)).toEqual([
      'a',
      'abcdefghij',
      'klmnopqrst',
      'uvwxyz b',
    ]);
    // Doubled spaces are kept inside a line; paragraphs (line breaks) wrap on their own.
    expect(wrapText('one  two three\nfour', 9)).toEqual(['one  two', 'three', 'four']);
    // Widths in code points: six mathematical digits (twelve UTF-16 units) fit a line of 8.
    const digits = '\u{1D7D9}'.repeat(6);
    expect(wrapText(`${digits} x`, 8)).toEqual([`${digits} x`]);
    expect(wrapText(`${digits} xy`, 8)).toEqual([digits, 'xy']);
  });

  it('wraps plain words as the word-by-word fill does (property)', () => {
    // A leading space is dropped and sends the paragraph down the word-by-word fill, so the two
    // ways of wrapping are compared on every paragraph the regular-expression path takes.
    const word = fc.stringMatching(/^[a-z,.\u20b9]{1,9}$/);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof({ weight: 9, arbitrary: word }, { weight: 1, arbitrary: fc.constant('') }),
          {
            minLength: 1,
            maxLength: 25,
          },
        ),
        fc.integer({ min: 1, max: 30 }),
        (words, size) => {
          const paragraph = words.join(' ');
          const lines = wrapText(paragraph, size);
          expect(lines).toEqual(wrapText(` ${paragraph}`, size));
          // Nothing lost but the spaces lines break at, and no line wider than the size.
          expect(lines.join('').replaceAll(' ', '')).toBe(paragraph.replaceAll(' ', ''));
          expect(lines.every((line) => line.length <= size)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tableToJson', () => {
  it('keeps every digit as a string by default', () => {
    const json = tableToJson(table);
    expect(json.rows[0]?.cells).toEqual({ line: 'Phones, value', y1: '5200.456', y2: '9100' });
    expect(json.rows[1]?.cells.y1).toBeNull();
    expect(json.rows[3]?.style).toBe('total');
  });

  it('rounds to the column or row decimals on request', () => {
    const json = tableToJson(table, { rounded: true });
    expect(json.rows[0]?.cells.y1).toBe('5200.46');
    expect(json.rows[2]?.cells.y1).toBe('2400');
  });
});

describe('table validation', () => {
  it('rejects a row without a cell for a column, naming both', () => {
    const bad: ReportTable = {
      title: 'Bad',
      columns: [
        { key: 'a', header: 'A' },
        { key: 'b', header: 'B' },
      ],
      rows: [{ cells: { a: 'x' } }],
    };
    for (const render of [tableToMarkdown, tableToCsv, tableToConsole, tableToJson]) {
      expect(() => render(bad)).toThrow(ArgumentError);
      expect(() => render(bad)).toThrow('table "Bad": rows[0] has no cell for column "b"');
    }
  });

  it('rejects duplicate column keys', () => {
    const bad: ReportTable = {
      title: 'Dup',
      columns: [
        { key: 'a', header: 'A' },
        { key: 'a', header: 'A again' },
      ],
      rows: [],
    };
    expect(() => tableToMarkdown(bad)).toThrow('column key "a" appears twice');
  });
});

describe('documents', () => {
  it('renders markdown with headings, prose and tables', () => {
    const md = documentToMarkdown(doc);
    expect(
      md.startsWith(
        '# Seed plan\n\nFY2021-22 to FY2022-23\n\n## Revenue\n\nTwo years.\n\n**Revenue',
      ),
    ).toBe(true);
    expect(md.endsWith('- Figures are unrounded until shown.\n')).toBe(true);
  });

  it('renders console text with underlined headings', () => {
    expect(
      documentToConsole(doc).startsWith(
        'Seed plan\n=========\n\nFY2021-22 to FY2022-23\n\nRevenue\n-------\nTwo years.\n\n',
      ),
    ).toBe(true);
  });

  it('renders CSV blocks named by section and table', () => {
    const csv = documentToCsv({ ...doc, sections: [...doc.sections, { heading: 'Empty' }] });
    expect(csv.split('\n')[0]).toBe('Revenue — Revenue (₹ crore)');
    expect(csv).not.toContain('Two years.');
  });

  it('renders JSON that parses, with decimals as strings', () => {
    const parsed = JSON.parse(documentToJson(doc));
    expect(parsed.sections[0].tables[0].rows[0].cells.y1).toBe('5200.456');
    expect(parsed.subtitle).toBe('FY2021-22 to FY2022-23');
  });

  it.each(['table', 'markdown', 'csv', 'json'] as const)(
    'renderDocument(%s) matches its renderer',
    (format) => {
      const expected = {
        table: documentToConsole,
        markdown: documentToMarkdown,
        csv: documentToCsv,
        json: documentToJson,
      }[format](doc);
      expect(renderDocument(doc, format)).toBe(expected);
    },
  );

  it('does not mutate its input', () => {
    const before = JSON.stringify(tableToJson(table));
    renderDocument(doc, 'markdown');
    renderDocument(doc, 'csv');
    expect(JSON.stringify(tableToJson(table))).toBe(before);
  });
});
