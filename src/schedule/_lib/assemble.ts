import { type Decimal, ZERO } from '../../core/decimal.js';
import type { CurrencyCode } from '../../money/currency.js';
import { type Money, money } from '../../money/money.js';
import type { Series } from '../../series/series.js';
import type { ScheduleGranularity } from '../scheduleProfiles.js';
import { nextSlot, type Slot, seriesFrom, slotContaining, slotsBetween } from './periods.js';
import { spreadCharges } from './spread.js';
import type { AssetParams, YearCharge, YearWindow } from './yearCharges.js';

/** One period of a depreciation schedule (one asset, or a whole capex schedule's blocks). */
export interface DepreciationRow<C extends CurrencyCode = CurrencyCode> {
  /** The period's label (`FY2022-23`, `FY2022-23 Q3`, `2022-10`). */
  readonly period: string;
  /** Capex spent in the period. */
  readonly additions: Money<C>;
  /** Cost of the assets put to use in the period. */
  readonly capitalised: Money<C>;
  /** Spent but not yet put to use, at the period end. */
  readonly capitalWorkInProgress: Money<C>;
  /** Cost of the assets in use at the period end. */
  readonly grossBlock: Money<C>;
  /** Net block at the period start. */
  readonly opening: Money<C>;
  /** Depreciation charged in the period. */
  readonly charge: Money<C>;
  /** Accumulated depreciation at the period end. */
  readonly accumulated: Money<C>;
  /** Gross block − accumulated depreciation at the period end; never below the residual values. */
  readonly netBlock: Money<C>;
}

/** A lazily extended run of fiscal-year windows from the year containing a date. */
export function fiscalYearsFrom(
  date: string,
  throughEnd: string | undefined,
  startMonth: number | undefined,
) {
  const windows = new Map<string, YearWindow>();
  let current: Slot = slotContaining(date, 'fy', startMonth);
  const limit = throughEnd ?? '9999-12-31';
  return {
    *iterate(): Generator<YearWindow> {
      // 1,000 years is a guard against a policy that would never finish, not a real horizon.
      for (let i = 0; i < 1000 && current.start <= limit; i++) {
        windows.set(current.key, current);
        yield current;
        current = nextSlot(current);
      }
    },
    known: (): ReadonlyMap<string, YearWindow> => windows,
  };
}

/** One asset block: its resolved parameters, its yearly charges and where its cost was spent. */
export interface Block {
  readonly params: AssetParams;
  readonly years: readonly YearCharge[];
  /** The date the cost was spent (defaults to the put-to-use date). */
  readonly spentOn?: string;
}

/**
 * Builds period rows and series at granularity `g` for a set of blocks: from the period
 * containing `from` through the period containing `throughEnd` (or the last year with a charge).
 */
export function assembleRows<C extends CurrencyCode>(
  blocks: readonly Block[],
  windows: ReadonlyMap<string, YearWindow>,
  g: ScheduleGranularity,
  from: string,
  throughEnd: string | undefined,
  currency: C,
  startMonth: number | undefined,
): { rows: readonly DepreciationRow<C>[]; slots: readonly Slot[] } {
  let last = from;
  for (const b of blocks) {
    if (b.params.putToUse > last) last = b.params.putToUse;
    const y = b.years.at(-1);
    const w = y === undefined ? undefined : windows.get(y.key);
    if (w !== undefined && w.end > last) last = w.end;
  }
  const slots = slotsBetween(
    slotContaining(from, g, startMonth),
    slotContaining(throughEnd ?? last, g, startMonth),
  );
  const charges = slots.map(() => ZERO);
  const spent = slots.map(() => ZERO);
  const capitalised = slots.map(() => ZERO);
  const indexOf = (date: string) => slots.findIndex((s) => s.start <= date && date <= s.end);
  for (const b of blocks) {
    const spread = spreadCharges(
      b.years,
      windows,
      slots,
      b.params.putToUse,
      b.params.endOfLife,
      currency,
    );
    spread.forEach((d, i) => {
      charges[i] = (charges[i] ?? ZERO).plus(d);
    });
    const s = indexOf(b.spentOn ?? b.params.putToUse);
    if (s >= 0) spent[s] = (spent[s] ?? ZERO).plus(b.params.cost);
    const c = indexOf(b.params.putToUse);
    if (c >= 0) capitalised[c] = (capitalised[c] ?? ZERO).plus(b.params.cost);
  }
  const m = (d: Decimal) => money(d, currency);
  const rows: DepreciationRow<C>[] = [];
  let spentToDate = ZERO;
  let gross = ZERO;
  let acc = ZERO;
  slots.forEach((slot, i) => {
    const opening = gross.minus(acc);
    spentToDate = spentToDate.plus(spent[i] ?? ZERO);
    gross = gross.plus(capitalised[i] ?? ZERO);
    acc = acc.plus(charges[i] ?? ZERO);
    rows.push(
      Object.freeze({
        period: slot.key,
        additions: m(spent[i] ?? ZERO),
        capitalised: m(capitalised[i] ?? ZERO),
        capitalWorkInProgress: m(spentToDate.minus(gross)),
        grossBlock: m(gross),
        opening: m(opening),
        charge: m(charges[i] ?? ZERO),
        accumulated: m(acc),
        netBlock: m(gross.minus(acc)),
      }),
    );
  });
  return { rows: Object.freeze(rows), slots };
}

/**
 * The charge, accumulated depreciation and net block of {@link assembleRows}' rows as series —
 * what the public results give; the model reads the rows alone and never builds them.
 */
export function rowSeries<C extends CurrencyCode>(assembled: {
  readonly rows: readonly DepreciationRow<C>[];
  readonly slots: readonly Slot[];
}): {
  charge: Series<Money<C>>;
  accumulated: Series<Money<C>>;
  netBlock: Series<Money<C>>;
} {
  const { rows, slots } = assembled;
  return {
    charge: seriesFrom(
      slots,
      rows.map((r) => r.charge),
    ),
    accumulated: seriesFrom(
      slots,
      rows.map((r) => r.accumulated),
    ),
    netBlock: seriesFrom(
      slots,
      rows.map((r) => r.netBlock),
    ),
  };
}
