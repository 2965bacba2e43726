import { strFromU8, unzipSync } from 'fflate';

/** One cell read back from an .xlsx: its formula (without `=`) if any, and its value. */
export interface ReadCell {
  readonly formula: string | null;
  readonly value: number | string | null;
  /** The style index (`s`), to look up its number format. */
  readonly style: number;
}

/** A sheet read back: cells by A1 address, the frozen pane and column widths. */
export interface ReadSheet {
  readonly name: string;
  readonly cells: ReadonlyMap<string, ReadCell>;
  readonly xml: string;
}

const unescapeXml = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/**
 * Reads an .xlsx with a zip and a few regular expressions — independent of the code that wrote
 * it, so a test of the writer does not check it against itself. Handles what crorecast and
 * LibreOffice write: inline strings, shared strings, numbers, formulas with cached values.
 */
export function readXlsx(bytes: Uint8Array): {
  sheets: ReadSheet[];
  files: Record<string, string>;
} {
  const zip = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [path, data] of Object.entries(zip)) files[path] = strFromU8(data);
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) =>
      unescapeXml([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const rels = Object.fromEntries(
    [...(files['xl/_rels/workbook.xml.rels'] ?? '').matchAll(/<Relationship ([^>]*)\/>/g)].map(
      (m) => [attr(m[1] ?? '', 'Id'), attr(m[1] ?? '', 'Target')],
    ),
  );
  const sheets = [...(files['xl/workbook.xml'] ?? '').matchAll(/<sheet ([^>]*)\/>/g)].map((m) => {
    const a = m[1] ?? '';
    const target = (rels[attr(a, 'r:id')] ?? '').replace(/^\/?(xl\/)?/, 'xl/');
    const xml = files[target] ?? '';
    const cells = new Map<string, ReadCell>();
    for (const c of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const type = attr(attrs, 't');
      const f = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
      let value: number | string | null = null;
      if (type === 'inlineStr') value = unescapeXml(inline ?? '');
      else if (type === 's') value = shared[Number(v)] ?? null;
      else if (type === 'str' || type === 'e') value = v === undefined ? null : unescapeXml(v);
      else if (type === 'b') value = v === undefined ? null : Number(v);
      else if (v !== undefined) value = Number(v);
      cells.set(attr(attrs, 'r'), {
        formula: f === undefined ? null : unescapeXml(f),
        value,
        style: Number(attr(attrs, 's') || '0'),
      });
    }
    return { name: unescapeXml(attr(a, 'name')), cells, xml };
  });
  return { sheets, files };
}

function attr(attrs: string, name: string): string {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
}
