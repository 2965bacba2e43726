import type { ReadCell, ReadSheet } from './readXlsx.js';

/** Column letters from B on: the year columns of crorecast's sheets. */
export const yearColumns = (count: number) =>
  Array.from({ length: count }, (_, i) => String.fromCharCode(66 + i));

/** The row of the first cell in column A reading `label` at or after `from`. */
export function rowOf(sheet: ReadSheet, label: string, from = 1): number {
  const rows = [...sheet.cells.entries()]
    .filter(([ref, c]) => /^A\d+$/.test(ref) && c.value === label)
    .map(([ref]) => Number(ref.slice(1)))
    .filter((r) => r >= from)
    .sort((a, b) => a - b);
  const row = rows[0];
  if (row === undefined) throw new Error(`${sheet.name}: no row "${label}" from row ${from}`);
  return row;
}

export function cellAt(sheet: ReadSheet, ref: string): ReadCell {
  const cell = sheet.cells.get(ref);
  if (cell === undefined) throw new Error(`${sheet.name}!${ref} is empty`);
  return cell;
}

/** Every formula cell of every sheet, with its sheet and address. */
export function formulaCells(sheets: readonly ReadSheet[]) {
  return sheets.flatMap((sheet) =>
    [...sheet.cells.entries()]
      .filter(([, c]) => c.formula !== null)
      .map(([ref, cell]) => ({ sheet: sheet.name, ref, cell })),
  );
}

/** |a − b| ≤ tolerance × max(|b|, 1): relative for figures, absolute near zero. */
export function close(actual: unknown, expected: number, tolerance: number): boolean {
  return (
    typeof actual === 'number' &&
    Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), 1)
  );
}
