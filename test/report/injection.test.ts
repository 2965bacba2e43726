import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { printable } from '../../src/report/printable.js';
import { documentToConsole, tableToConsole } from '../../src/report/toConsole.js';
import { csvField, tableToCsv } from '../../src/report/toCsv.js';
import { documentToMarkdown } from '../../src/report/toMarkdown.js';
import type { ReportTable } from '../../src/report/types.js';

const RED = '\u001b[31m';
const RESET = '\u001b[0m';

function table(name: string): ReportTable {
  return {
    title: 'Revenue',
    columns: [
      { key: 'line', header: 'Line' },
      { key: 'y1', header: 'FY2021-22' },
    ],
    rows: [{ cells: { line: name, y1: new Decimal('-5200') } }],
  };
}

describe('csvField: CSV injection (issue 11 item 14)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('prefixes %j with an apostrophe', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each(['-5200.00', '-1', '12.5', '0'])('leaves the number %s numeric', (text) => {
    expect(csvField(text)).toBe(text);
  });

  it('a whole table: the name is neutralised, the negative amount stays a number', () => {
    expect(tableToCsv(table('=1+1'))).toBe("Line,FY2021-22\n'=1+1,-5200.00\n");
  });
});

describe('printable: terminal and markdown text (issue 11 item 14)', () => {
  it.each([
    [`${RED}Phones${RESET}`, 'Phones'],
    ['\u001b]0;pwned\u0007Title', 'Title'],
    ['\u001b]8;;http://x\u001b\\link', 'link'],
    ['a\tb\r\nc', 'a b  c'],
    ['bell\u0007 nul\u0000 del\u007f c1\u009b', 'bell nul del c1'],
    ['₹ crore — ok', '₹ crore — ok'],
  ])('%j → %j', (text, expected) => {
    expect(printable(text)).toBe(expected);
  });

  it('keeps line breaks in paragraphs when asked', () => {
    expect(printable(`one\n${RED}two`, true)).toBe('one\ntwo');
  });

  it('changes or drops every C0 and C1 control character and DEL, alone in plain text', () => {
    // Each code unit up to U+00A0 between two letters: text without one is returned as it is
    // (a fast path), so each must still be caught. ESC starts a two-character escape ("ESC b").
    for (let c = 0; c <= 0xa0; c++) {
      const ch = String.fromCharCode(c);
      const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      const spaced = c === 0x09 || c === 0x0a || c === 0x0d;
      const expected = c === 0x1b ? 'a' : spaced ? 'a b' : control ? 'ab' : `a${ch}b`;
      expect(printable(`a${ch}b`), `U+${c.toString(16)}`).toBe(expected);
      expect(printable(`a${ch}b`, true), `U+${c.toString(16)}`).toBe(
        c === 0x0a ? 'a\nb' : expected,
      );
    }
  });

  it('no escape character reaches the terminal table, and columns stay aligned', () => {
    const text = tableToConsole(table(`${RED}Phones${RESET}`));
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Phones  -5,200.00');
  });

  it('nor the terminal or markdown document (title, heading, paragraph)', () => {
    const doc = {
      title: `${RED}Plan`,
      sections: [{ heading: `\u001b[2JHead`, paragraphs: [`\u001b[1Abody`], tables: [table('x')] }],
    };
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    expect(documentToConsole(doc)).not.toMatch(control);
    expect(documentToMarkdown(doc)).not.toMatch(control);
    expect(documentToConsole(doc)).toMatch(/^Plan\n====\n\nHead\n----\nbody/);
  });
});
