import { ArgumentError } from '../../core/errors.js';
import { monthOrdinal } from './months.js';

/** The months of a projection and the fiscal years they fall in. */
export interface Horizon {
  /** Month labels (`2022-04`), in order. */
  readonly months: readonly string[];
  /** Fiscal-year labels (`FY2022-23`) the months fall in, in order. */
  readonly fiscalYears: readonly string[];
  /** For each month, the index of its fiscal year in `fiscalYears` (0 = the first). */
  readonly yearOfMonth: Int32Array;
  /** The month ordinal (year × 12 + month − 1) of the first month. */
  readonly firstOrdinal: number;
}

const FY_START = 4; // PLACEHOLDER: from src/time

function fyLabel(ordinal: number): string {
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  const start = month >= FY_START ? year : year - 1;
  return `FY${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function resolveHorizon(h: {
  start: string;
  years?: number | undefined;
  months?: number | undefined;
}): Horizon {
  const fy = /^FY(\d{4})-(\d{2})$/.exec(h.start);
  const first = fy ? Number(fy[1]) * 12 + FY_START - 1 : monthOrdinal(h.start);
  if (first === undefined) throw new ArgumentError('INVALID_PERIOD', `horizon.start ${h.start}`);
  const count = h.months ?? (h.years ?? 1) * 12;
  const months: string[] = [];
  const fiscalYears: string[] = [];
  const yearOfMonth = new Int32Array(count);
  for (let m = 0; m < count; m++) {
    const o = first + m;
    months.push(`${Math.floor(o / 12)}-${String((o % 12) + 1).padStart(2, '0')}`);
    const label = fyLabel(o);
    if (fiscalYears[fiscalYears.length - 1] !== label) fiscalYears.push(label);
    yearOfMonth[m] = fiscalYears.length - 1;
  }
  return { months, fiscalYears, yearOfMonth, firstOrdinal: first };
}

/** Index of a month label (or date) within the horizon; negative before it, ≥ length after. */
export function monthIndexOf(horizon: Horizon, label: string): number {
  const o = monthOrdinal(label);
  if (o === undefined) throw new ArgumentError('INVALID_PERIOD', `not a month: ${label}`);
  return o - horizon.firstOrdinal;
}

/** The month label at an index relative to the horizon start (any integer). */
export function monthLabelAt(horizon: Horizon, index: number): string {
  const o = horizon.firstOrdinal + index;
  return `${Math.floor(o / 12)}-${String((o % 12) + 1).padStart(2, '0')}`;
}
