import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiOnlyFiles, escapeNonAscii } from '../../scripts/asciiOnly.js';

/** What a module's code evaluates to (its `return`). */
const run = (code: string): unknown => new Function(code)();

describe('escapeNonAscii — the built files in ASCII, meaning what they did', () => {
  it('leaves no character outside ASCII, comments included', () => {
    const out = escapeNonAscii("// ₹ — ×\n/** ≥ 😀 */ const s = '₹';");
    expect(out).toMatch(/^[\x20-\x7e\n]*$/);
    expect(out).toBe(
      "// \\u20b9 \\u2014 \\u00d7\n/** \\u2265 \\ud83d\\ude00 */ const s = '\\u20b9';",
    );
  });

  it('keeps what strings, templates and regexes (with and without the u flag) match and hold', () => {
    const code = [
      "const s = '₹1,000 — ok';",
      `const t = \`−\${2}😀\`;`,
      'const r = /^[-−]₹/;',
      'const u = /^😀[−]/u;',
      "return [s, t, r.test('−₹'), u.test('😀−'), u.test('😀-'), r.test('-₹'), r.test('₹')];",
    ].join('\n');
    const ascii = escapeNonAscii(code);
    expect(ascii).not.toBe(code);
    expect(run(ascii)).toEqual(run(code));
    expect(run(ascii)).toEqual(['₹1,000 — ok', '−2😀', true, true, false, true, false]);
  });

  it('rewrites the .js and .cjs files of a directory that need it, and only those', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crorecast-ascii-'));
    try {
      await writeFile(join(dir, 'a.js'), "export const a = '₹';\n");
      await writeFile(join(dir, 'b.cjs'), 'exports.b = 1;\n');
      await writeFile(join(dir, 'c.d.ts'), "export declare const c: '₹';\n");
      expect(await asciiOnlyFiles(dir)).toEqual(['a.js']);
      expect(await readFile(join(dir, 'a.js'), 'utf8')).toBe("export const a = '\\u20b9';\n");
      expect(await readFile(join(dir, 'c.d.ts'), 'utf8')).toBe("export declare const c: '₹';\n");
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
