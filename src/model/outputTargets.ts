import * as z from 'zod';
import { type Decimal, ZERO } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema } from '../core/schemas.js';
import { inr } from '../money/constructors.js';
import { formatMoney } from '../money/formatMoney.js';
import type { Money } from '../money/money.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { idSchema } from '../projection/inputSchema.js';
import { fiscalYearSchema } from './_lib/fiscalYears.js';
import { wholeCount } from './_lib/wholeCount.js';
import { shareSchema } from './scenarioFinance.js';
import type { OperationsYear, PliResult, TargetCheck } from './types.js';

const nonNegativeInrSchema = lazySchema(() =>
  moneySchemaFor('INR').refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);
/** In the year `by` (`annual`, default) or summed from the horizon start (`cumulative`). */
const basisSchema = lazySchema(() => z.enum(['annual', 'cumulative']).default('annual'));

/**
 * Targets on the plan's other outputs, read in the year `by` or summed to it (`basis`): units
 * made and sold (all segments, or one `segment`), export revenue, utilisation of nameplate
 * capacity (all plants, or one `plant`; a year's figure, never summed) and PLI earned (all
 * enrolments, or one `enrolment`; before sharing with partners).
 *
 * @example
 * ```ts
 * outputTargetSchemas[0].parse({ metric: 'units', value: '40000000', by: 'FY25' }).basis //=> 'annual'
 * outputTargetSchemas[2].parse({ metric: 'utilisation', value: '0.85', by: 'FY25' }).value.toFixed()
 * //=> '0.85'
 * ```
 */
export const outputTargetSchemas = [
  lazySchema(() =>
    z
      .object({
        metric: z.literal('units'),
        value: nonNegativeDecimalSchema,
        by: fiscalYearSchema,
        basis: basisSchema,
        segment: idSchema.optional(),
      })
      .strict(),
  ),
  lazySchema(() =>
    z
      .object({
        metric: z.literal('exports'),
        value: nonNegativeInrSchema,
        by: fiscalYearSchema,
        basis: basisSchema,
      })
      .strict(),
  ),
  lazySchema(() =>
    z
      .object({
        metric: z.literal('utilisation'),
        value: shareSchema,
        by: fiscalYearSchema,
        plant: idSchema.optional(),
      })
      .strict(),
  ),
  lazySchema(() =>
    z
      .object({
        metric: z.literal('pli-earned'),
        value: nonNegativeInrSchema,
        by: fiscalYearSchema,
        basis: basisSchema,
        enrolment: idSchema.optional(),
      })
      .strict(),
  ),
] as const;

/** A target on units, exports, utilisation or PLI earned. */
export type OutputTarget = z.output<(typeof outputTargetSchemas)[number]>;

const count = wholeCount;
const crore = (d: Decimal) => formatMoney(inr(d), { unit: 'crore', decimals: 0 });
const percent = (d: Decimal) => `${d.times(100).toDecimalPlaces(1).toFixed()}%`;

/**
 * Checks a target on units, exports, utilisation or PLI earned against the run: the figure in
 * the year `by` (or summed to it), the gap, the first year it is reached, and — when it falls
 * short — what binds: `capacity` when a plant that makes the output left demand unserved in the
 * years read, `pli-thresholds` when a PLI year in them missed its thresholds, else `demand`
 * (the plan's own volumes, prices and shares).
 *
 * @param target - the target, parsed
 * @param operations - the operations by year
 * @param pli - the PLI picture, or null
 * @returns the check
 *
 * @example
 * doctest: skip (needs a run's operations)
 * ```ts
 * checkOutputTarget({ metric: 'units', value: d('50000000'), by: 'FY2022-23', basis: 'annual' },
 *   operations, pli).shortfall.toFixed() //=> '2000000' with 4,80,00,000 units a year
 * ```
 */
export function checkOutputTarget(
  target: OutputTarget,
  operations: readonly OperationsYear[],
  pli: PliResult | null,
): TargetCheck {
  const y = operations.findIndex((o) => o.year === target.by);
  const read = readingOf(target, pli);
  const basis = 'basis' in target ? target.basis : null;
  const values = operations.map((o, k) => read(o, k));
  let running = ZERO;
  const readings = values.map((v) => {
    running = running.plus(v);
    return basis === 'cumulative' ? running : v;
  });
  const goal = isMoney(target.value) ? target.value.amount : target.value;
  const actual = readings[y] ?? ZERO;
  const reached = actual.greaterThanOrEqualTo(goal);
  const first = readings.findIndex((v, k) => k <= y && v.greaterThanOrEqualTo(goal));
  const years = operations.slice(basis === 'cumulative' ? 0 : y, y + 1);
  const binding = reached ? null : bindingOf(target, years, pli);
  const show =
    target.metric === 'units' ? count : target.metric === 'utilisation' ? percent : crore;
  const what = describe(target);
  const gap = goal.minus(actual);
  const read2 = basis === 'cumulative' ? `summed to ${target.by}` : `in ${target.by}`;
  const explanation = reached
    ? `${what} ${read2} is ${show(actual)}: at or above the ${show(goal)} stated (first in ${operations[first]?.year}).`
    : `${what} ${read2} is ${show(actual)}, ${show(gap)} short of the ${show(goal)} stated; ${
        binding === 'capacity'
          ? 'a plant that makes it is full, so capacity binds'
          : binding === 'pli-thresholds'
            ? 'a PLI year missed its thresholds and earned nothing'
            : "no plant that makes it is full: the plan's volumes, prices and shares fall short"
      }.`;
  const asValue = (d: Decimal): Money<'INR'> | Decimal => (isMoney(target.value) ? inr(d) : d);
  return {
    metric: target.metric,
    by: target.by,
    basis,
    otherReading: null,
    target: target.value,
    actual: asValue(actual),
    reached,
    shortfall: asValue(reached ? ZERO : gap),
    firstYearReached: first < 0 ? null : (operations[first]?.year ?? null),
    bindingConstraint: binding,
    explanation,
  };
}

function isMoney(value: Money<'INR'> | Decimal): value is Money<'INR'> {
  return typeof value === 'object' && value !== null && 'currency' in value;
}

/** The figure a target reads from one year's operations (and PLI). */
function readingOf(
  target: OutputTarget,
  pli: PliResult | null,
): (o: OperationsYear, y: number) => Decimal {
  switch (target.metric) {
    case 'units':
      return (o) =>
        target.segment === undefined
          ? o.units
          : (o.segments.find((s) => s.segment === target.segment)?.units ?? ZERO);
    case 'exports':
      return (o) => o.exportRevenue.amount;
    case 'utilisation':
      return (o) => {
        const plants = o.plants.filter(
          (p) => target.plant === undefined || p.plant === target.plant,
        );
        const nameplate = plants.reduce((a, p) => a.plus(p.nameplate), ZERO);
        const units = plants.reduce((a, p) => a.plus(p.units), ZERO);
        return nameplate.isZero() ? ZERO : units.dividedBy(nameplate);
      };
    case 'pli-earned':
      return (_o, y) => {
        const year = pli?.years[y];
        if (target.enrolment === undefined) return year?.earned.amount ?? ZERO;
        return year?.earnedByEnrolment[target.enrolment]?.amount ?? ZERO;
      };
  }
}

function describe(target: OutputTarget): string {
  switch (target.metric) {
    case 'units':
      return target.segment === undefined ? 'Units sold' : `Units of ${target.segment} sold`;
    case 'exports':
      return 'Export revenue';
    case 'utilisation':
      return target.plant === undefined
        ? 'Utilisation of nameplate capacity'
        : `Utilisation of ${target.plant}`;
    case 'pli-earned':
      return target.enrolment === undefined ? 'PLI earned' : `PLI earned by ${target.enrolment}`;
  }
}

function bindingOf(
  target: OutputTarget,
  years: readonly OperationsYear[],
  pli: PliResult | null,
): 'capacity' | 'pli-thresholds' | 'demand' {
  if (target.metric === 'pli-earned') {
    const missed = (pli?.enrolments ?? [])
      .filter((e) => target.enrolment === undefined || e.id === target.enrolment)
      .some((e) =>
        e.years.some(
          (r) => r.schemeYear !== null && !r.eligible && years.some((o) => o.year === r.year),
        ),
      );
    if (missed) return 'pli-thresholds';
  }
  const full = years.some((o) =>
    target.metric === 'utilisation'
      ? o.plants.some(
          (p) => p.capacityBinds && (target.plant === undefined || p.plant === target.plant),
        )
      : o.segments.some(
          (s) =>
            s.unmetUnits.greaterThan(0) &&
            (target.metric !== 'units' ||
              target.segment === undefined ||
              s.segment === target.segment) &&
            (target.metric !== 'exports' || s.exportUnits.greaterThan(0)),
        ),
  );
  return full ? 'capacity' : 'demand';
}
