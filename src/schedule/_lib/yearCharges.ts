import { Decimal, ONE, ZERO } from '../../core/decimal.js';
import { decimalJsRounding, type RoundingMode } from '../../core/rounding.js';
import { daysInclusive, earlierOf, laterOf } from './days.js';

/** A fiscal year (or any accounting year) as a window of calendar dates, both inclusive. */
export interface YearWindow {
  readonly key: string;
  readonly start: string;
  readonly end: string;
}

/** The parameters of one asset, already validated and resolved to Decimals. */
export interface AssetParams {
  readonly cost: Decimal;
  readonly residual: Decimal;
  readonly putToUse: string;
  readonly method: 'straight-line' | 'written-down-value';
  /** Straight-line: the annual charge is `(cost − residual) / life`. */
  readonly life?: Decimal;
  /** Written-down value: the annual rate on the opening net block. */
  readonly rate?: Decimal;
  /** The last day of the useful life, if the asset has one (forces the residual value). */
  readonly endOfLife?: string;
  readonly firstYear: 'time-proportionate' | 'half-rate' | 'full';
  readonly minorUnit: number;
  readonly rounding: RoundingMode;
}

/** One year of an asset's depreciation, in Decimals rounded to the minor unit. */
export interface YearCharge {
  readonly key: string;
  readonly daysInUse: number;
  readonly daysInYear: number;
  /** The share of a full year's charge applied (first-year rule); 1 in later years. */
  readonly factor: Decimal;
  readonly opening: Decimal;
  readonly charge: Decimal;
  readonly accumulated: Decimal;
  readonly closing: Decimal;
}

const HALF = new Decimal('0.5');
const HALF_RATE_DAYS = 180;

/**
 * The first-year factor: time-proportionate by days in use over days in the year, half when the
 * asset was used for fewer than 180 days of the year (Income-tax Act, s. 32), or a full year.
 */
function firstYearFactor(rule: AssetParams['firstYear'], inUse: number, inYear: number): Decimal {
  if (rule === 'full') return ONE;
  if (rule === 'half-rate') return inUse < HALF_RATE_DAYS ? HALF : ONE;
  return new Decimal(inUse).dividedBy(inYear);
}

/**
 * Decimal.min(a, b) without its two copies: `b` when it is less, or equal with `a` not −0 (the
 * operand decimal.js's comparison loop keeps), else `a` — the same value and sign of zero.
 */
export function least(a: Decimal, b: Decimal): Decimal {
  const k = a.cmp(b);
  return k === 1 || (k === 0 && a.s === 1) ? b : a;
}

/** Decimal.max(0, x) without its copies: `x` when it is above zero, else +0. */
export function notNegative(x: Decimal): Decimal {
  return x.cmp(ZERO) === 1 ? x : ZERO;
}

/**
 * Depreciates one asset year by year over `years` (consecutive windows, the first containing the
 * put-to-use date). Every charge is rounded to the minor unit, accumulated depreciation is the sum
 * of the rounded charges and the net block is cost minus accumulated depreciation, so the three
 * reconcile exactly; the net block never goes below the residual value.
 *
 * Straight-line rounds cumulatively (each charge is the rounded cumulative target minus the
 * rounded previous one), so no rounding dust is left for a stray extra year. Written-down value
 * rounds each year's charge; the year in which the useful life ends (if there is one) charges the
 * net block down to the residual value exactly.
 *
 * Stops after the year in which the net block reaches the residual value, or at the last window.
 */
export function yearCharges(asset: AssetParams, years: Iterable<YearWindow>): YearCharge[] {
  const rm = decimalJsRounding(asset.rounding);
  const round = (d: Decimal) => d.toDecimalPlaces(asset.minorUnit, rm);
  const depreciable = asset.cost.minus(asset.residual);
  const annualStraightLine =
    asset.method === 'straight-line' && asset.life !== undefined
      ? depreciable.dividedBy(asset.life)
      : ZERO;
  const rows: YearCharge[] = [];
  let accumulated = ZERO;
  let cumulativeFactor = ZERO;
  let first = true;
  for (const year of years) {
    if (year.end < asset.putToUse) continue;
    const opening = asset.cost.minus(accumulated);
    if (!opening.greaterThan(asset.residual)) break;
    const inYear = daysInclusive(year.start, year.end);
    const inUse = daysInclusive(laterOf(year.start, asset.putToUse), year.end);
    const factor = first ? firstYearFactor(asset.firstYear, inUse, inYear) : ONE;
    first = false;
    const remaining = opening.minus(asset.residual);
    const lifeEnds =
      asset.endOfLife !== undefined && earlierOf(asset.endOfLife, year.end) === asset.endOfLife;
    let charge: Decimal;
    if (lifeEnds) {
      charge = remaining;
    } else if (asset.method === 'straight-line') {
      cumulativeFactor = cumulativeFactor.plus(factor);
      const target = least(depreciable, annualStraightLine.times(cumulativeFactor));
      charge = round(target).minus(accumulated);
    } else {
      charge = round(opening.times(asset.rate ?? ZERO).times(factor));
    }
    charge = notNegative(least(charge, remaining));
    accumulated = accumulated.plus(charge);
    rows.push({
      key: year.key,
      daysInUse: inUse,
      daysInYear: inYear,
      factor,
      opening,
      charge,
      accumulated,
      closing: asset.cost.minus(accumulated),
    });
  }
  return rows;
}
