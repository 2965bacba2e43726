// Prints a list of records as an aligned text table through crorecast's own table renderer:
// headers from the keys, text as it is (no quotes), numbers and amounts right-aligned,
// yes/no for booleans. Shared by the examples; not an example itself.
import { tableToConsole } from 'crorecast';

type Value = string | number | boolean | null | undefined;

const NUMERIC = /^[-−]?[₹$€£¥]?[-−]?\d/;

export function printTable(rows: readonly Readonly<Record<string, Value>>[], title = ''): void {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const text = (v: Value): string =>
    v === null || v === undefined ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  const columns = keys.map((key) => ({
    key,
    header: key,
    align: rows.every((row) => NUMERIC.test(text(row[key])) || row[key] == null)
      ? ('right' as const)
      : ('left' as const),
  }));
  const table = {
    title,
    columns,
    rows: rows.map((row) => ({
      cells: Object.fromEntries(keys.map((key) => [key, text(row[key])])),
    })),
  };
  const out = tableToConsole(table);
  console.log(title === '' ? out.slice(out.indexOf('\n') + 1) : out);
}
