const ESC = 0x1b;
const BEL = 0x07;

// Any character `printable` changes or drops (ESC, which starts every escape sequence, is one).
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is being looked for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is being looked for
const CONTROL_BUT_LINE_BREAK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Whether a UTF-16 code unit is a C0 or C1 control character or DEL. */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/**
 * Where an escape sequence starting at `i` (an ESC) ends: CSI (`ESC [ … final`), OSC
 * (`ESC ] … BEL` or `ESC ] … ESC \`) or a two-character escape.
 */
function escapeEnd(text: string, i: number): number {
  const kind = text[i + 1];
  if (kind === '[') {
    let j = i + 2;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      j++;
      if (c >= 0x40 && c <= 0x7e) break;
    }
    return j;
  }
  if (kind === ']') {
    let j = i + 2;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === BEL) return j + 1;
      if (c === ESC && text[j + 1] === '\\') return j + 2;
      j++;
    }
    return j;
  }
  return Math.min(i + 2, text.length);
}

/**
 * Text as a terminal or a markdown reader should see it: ANSI escape sequences (colours, cursor
 * moves, window titles, hyperlinks) are removed, tabs and line breaks become spaces (or line
 * breaks stay, with `keepLineBreaks`), and every other control character is dropped. A name in a
 * scenario file can then never recolour, move or rewrite the user's terminal.
 *
 * @param text - text from a report (names come from the scenario file)
 * @param keepLineBreaks - keep `\n` (for paragraphs)
 * @returns the printable text
 *
 * @example
 * ```ts
 * printable('\u001b[31mPhones\u001b[0m\tvalue') //=> 'Phones value'
 * ```
 */
export function printable(text: string, keepLineBreaks = false): string {
  // Almost all text has nothing to remove: one builtin scan instead of a copy built character
  // by character (the seed's report is ~150 KB of text).
  if (!(keepLineBreaks ? CONTROL_BUT_LINE_BREAK : CONTROL).test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === ESC) {
      i = escapeEnd(text, i);
      continue;
    }
    if (c === 0x0a && keepLineBreaks) out += '\n';
    else if (c === 0x09 || c === 0x0a || c === 0x0d) out += ' ';
    else if (!isControl(c)) out += text[i];
    i++;
  }
  return out;
}
