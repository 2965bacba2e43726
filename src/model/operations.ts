import { ZERO } from '../core/decimal.js';
import { inr } from '../money/constructors.js';
import { showsValues } from '../projection/_lib/lazyRows.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import { invoiceBandUnits } from './invoiceBands.js';
import type { Scenario } from './scenario.js';
import type { OperationsYear, PlantYear, RevenueBridge, SegmentYear } from './types.js';

// The projection's rows hold frozen Money already checked when built (`computedMoney`): they
// are handed on as they are, not rebuilt through `inr`'s validation (the same values).
const NO_RUPEES = inr(ZERO);

/**
 * Arranges the projection's fiscal-year rows (from `runProjection`, exact) by year: totals, each
 * segment (demand, units, unmet demand and the revenue it would have brought, price, margin), the
 * revenue bridge by driver (volume, price, new and discontinued products), each plant (capacity, utilisation, whether it binds) and the workforce
 * (with the months in which the hiring limit bound).
 *
 * @param scenario - the validated scenario (for plant and segment names)
 * @param projection - the projection's result
 * @returns one {@link OperationsYear} per fiscal year of the horizon
 */
export function operationsByYear(
  scenario: Scenario,
  projection: ProjectionResult,
): OperationsYear[] {
  const plantName = new Map(scenario.plants.map((p) => [p.id, p.name ?? p.id]));
  // Units by invoice band, from the segments' months: worked out with the segments, if read.
  let banded: ReturnType<typeof invoiceBandUnits> | undefined;
  const run: RunParts = {
    projection,
    plantName,
    bandsOf: (id: string, year: string) => {
      banded ??= invoiceBandUnits(scenario.invoiceBands, projection);
      return banded.has(id) ? { invoiceBands: banded.get(id)?.get(year) ?? [] } : {};
    },
  };
  return projection.fiscalYears.map((year, y) => {
    const total = projection.total.yearly[y];
    const hc = projection.headcount?.yearly[y];
    const revenue = total?.revenue.amount ?? ZERO;
    const units = total?.units ?? ZERO;
    const row = showsValues({
      year,
      revenue: total?.revenue ?? NO_RUPEES,
      // The totals' USD revenue, read through when first read (see `PART_GETTERS`).
      revenueUsd: null,
      costOfGoods: total?.cogs ?? NO_RUPEES,
      demand: total?.demand ?? ZERO,
      units,
      unmetUnits: total?.unmetUnits ?? ZERO,
      averagePrice: units.isZero() ? null : inr(revenue.dividedBy(units)),
      exportUnits: total?.exportUnits ?? ZERO,
      exportRevenue: total?.exportRevenue ?? NO_RUPEES,
    });
    // USD revenue, segments, bridge and plants when first read, in their place among the keys:
    // a run that reads only the totals (an opening-run-rate baseline that earns no PLI) never
    // builds them, nor the projection's segment years behind them.
    Object.defineProperty(row, PARTS, { value: { run, y, year } });
    Object.defineProperties(row, PART_GETTERS);
    return Object.assign(row, {
      headcount:
        hc === undefined
          ? null
          : {
              opening: hc.opening,
              hires: hc.hires,
              exits: hc.exits,
              closing: hc.closing,
              average: hc.average,
              required: hc.required,
              payroll: hc.payroll,
              revenuePerEmployee: hc.average.isZero() ? null : hc.revenuePerEmployee,
              hiringLimitMonths: hc.hiringLimitBoundMonths,
            },
    }) as unknown as OperationsYear;
  });
}

/** What every row of a run builds its parts from. */
interface RunParts {
  readonly projection: ProjectionResult;
  readonly plantName: ReadonlyMap<string, string>;
  readonly bandsOf: (id: string, year: string) => Pick<SegmentYear, 'invoiceBands'>;
}

/** What a row's parts are built from, and the parts once built. */
interface PartsOf {
  readonly run: RunParts;
  readonly y: number;
  readonly year: string;
  segments?: SegmentYear[];
  /** Segments built one by one (by the projection's order) before all of them were read. */
  bySegment?: (SegmentYear | undefined)[];
  bridge?: RevenueBridge[];
  plants?: PlantYear[];
}

/** A key of the row's that JSON, spread, `Object.keys` and deep equality do not see. */
const PARTS = Symbol('parts');
type RowWithParts = OperationsYear & { readonly [PARTS]: PartsOf };

/**
 * The parts as the row's own getters, the same three functions for every row: an accessor whose
 * function differs from row to row (a closure, as `whenRead` defines) puts each row in
 * dictionary mode (~2 kB a row), where shared ones keep the rows on one hidden class.
 */
const PART_GETTERS: PropertyDescriptorMap = {
  // The totals' row sums its USD months when first read: a model run reads no dollars.
  revenueUsd: {
    enumerable: true,
    configurable: true,
    get(this: RowWithParts) {
      const of: PartsOf = this[PARTS];
      return of.run.projection.total.yearly[of.y]?.revenueUsd ?? null;
    },
  },
  segments: partGetter('segments', segmentsOf),
  bridge: partGetter('bridge', bridgeOf),
  plants: partGetter('plants', plantsOf),
};

/** A getter of one part: built from the row's `PartsOf` on the first read, then kept there. */
function partGetter<K extends 'segments' | 'bridge' | 'plants'>(
  key: K,
  build: (of: PartsOf) => NonNullable<PartsOf[K]>,
): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: RowWithParts) {
      const of: PartsOf = this[PARTS];
      of[key] ??= build(of);
      return of[key];
    },
  };
}

function segmentsOf(of: PartsOf): SegmentYear[] {
  return of.run.projection.segments.map((_, i) => segmentAt(of, i));
}

/** The row's segment i (in the projection's order), built once whichever way it is first read. */
function segmentAt(of: PartsOf, i: number): SegmentYear {
  of.bySegment ??= [];
  const kept = of.bySegment[i];
  if (kept !== undefined) return kept;
  const { run, y, year } = of;
  const s = run.projection.segments[i];
  if (s === undefined) throw new Error(`internal: no segment ${i}`);
  const r = s.yearly[y];
  const sold = r?.units ?? ZERO;
  const made: SegmentYear = {
    segment: s.id,
    name: s.name,
    demand: r?.demand ?? ZERO,
    units: sold,
    unmetUnits: r?.unmetUnits ?? ZERO,
    averagePrice: sold.isZero() || r === undefined ? null : r.averagePrice,
    revenue: r?.revenue ?? NO_RUPEES,
    revenueLostToCapacity: r?.lostRevenue ?? NO_RUPEES,
    costOfGoods: r?.cogs ?? NO_RUPEES,
    grossMargin: r?.grossMargin ?? ZERO,
    exportUnits: r?.exportUnits ?? ZERO,
    exportRevenue: r?.exportRevenue ?? NO_RUPEES,
    ...run.bandsOf(s.id, year),
  };
  of.bySegment[i] = made;
  return made;
}

/**
 * A year's segments among `ids`, in the year's order: `row.segments` filtered, but on a run's
 * own row without building the other segments (each segment's yearly rows are summed from its
 * months when first read — the PLI reads only its enrolments' segments, half of the seed's).
 * @internal
 *
 * @example
 * ```ts
 * // Any row reads as its segments filtered; a run's own rows build only the segments asked for.
 * const row = { segments: [{ segment: 'laptops' }, { segment: 'tablets' }] };
 * segmentYearsOf(row as unknown as OperationsYear, ['tablets']).map((s) => s.segment) //=> ['tablets']
 * ```
 */
export function segmentYearsOf(
  row: OperationsYear,
  ids: readonly string[],
): readonly SegmentYear[] {
  const of = (row as Partial<RowWithParts>)[PARTS];
  if (of === undefined || of.segments !== undefined)
    return row.segments.filter((s) => ids.includes(s.segment));
  const made: SegmentYear[] = [];
  of.run.projection.segments.forEach((s, i) => {
    if (ids.includes(s.id)) made.push(segmentAt(of, i));
  });
  return made;
}

function bridgeOf({ run, y, year }: PartsOf): RevenueBridge[] {
  return run.projection.segments.flatMap((s) => {
    const b = s.bridge.find((r) => r.period === year);
    if (b === undefined) return [];
    const before = s.yearly[y - 1]?.units ?? ZERO;
    const now = s.yearly[y]?.units ?? ZERO;
    const change = b.revenue.amount.minus(b.previous.amount);
    // A product with no units on one side has no price or volume to compare: it is new or gone.
    const isNew = before.isZero() && now.greaterThan(0);
    const gone = now.isZero() && before.greaterThan(0);
    const zero = NO_RUPEES;
    return [
      {
        segment: s.id,
        volumeEffect: isNew || gone ? zero : b.volumeEffect,
        priceEffect: isNew || gone ? zero : b.priceEffect,
        newProducts: isNew ? inr(change) : zero,
        discontinued: gone ? inr(change) : zero,
        change: inr(change),
      },
    ];
  });
}

function plantsOf({ run, y }: PartsOf): PlantYear[] {
  return run.projection.plants.map((p) => {
    const r = p.yearly[y];
    const unmet = r?.unmetUnits ?? ZERO;
    return {
      plant: p.id,
      name: run.plantName.get(p.id) ?? p.id,
      nameplate: r?.nameplate ?? ZERO,
      capacity: r?.capacity ?? ZERO,
      demand: r?.demand ?? ZERO,
      units: r?.units ?? ZERO,
      unmetUnits: unmet,
      utilisation: r?.utilisation ?? ZERO,
      capacityBinds: unmet.greaterThan(0),
    };
  });
}
