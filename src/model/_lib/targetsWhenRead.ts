/**
 * Target checks and answers whose figures only a report reads, worked out when first read: a
 * missed revenue target's sentence and the capacity figures, which read the target year's plants.
 */
import { type Decimal, ZERO } from '../../core/decimal.js';
import { inr } from '../../money/constructors.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Money } from '../../money/money.js';
import { figureGetters, figuresWhenRead } from '../../projection/_lib/lazyRows.js';
import type { OperationsYear } from '../types.js';

const crore = (m: Money<'INR'>) => formatMoney(m, { unit: 'crore', decimals: 0 });

/** What a missed revenue target's sentence is written from. */
export interface RevenueShortfall {
  readonly by: string;
  readonly target: Money<'INR'>;
  readonly actual: Decimal;
  readonly shortfall: Decimal;
  /** The year's revenue lost to capacity (the projection's total). */
  readonly lost: Decimal;
  /** The target year's operations (its plants, built when first read). */
  readonly year: OperationsYear | undefined;
}

/**
 * Why a revenue target falls short: the full plants, and what serving all demand would bring.
 * It reads the year's plants — built when first read, a fifth of a run's assembly — so it is
 * written when a report first reads it.
 */
function sentence(of: RevenueShortfall): string {
  const op = of.year;
  const uncapped = of.actual.plus(of.lost);
  const full = (op?.plants ?? []).filter((p) => p.capacityBinds).map((p) => p.name);
  return `${of.by} revenue ${crore(inr(of.actual))} is ${crore(inr(of.shortfall))} short of ${crore(of.target)}; ${
    full.length === 0
      ? "no plant is full, so the plan's volumes and prices are what fall short"
      : `${full.join(' and ')} ${full.length === 1 ? 'is' : 'are'} full: serving all demand would bring ${crore(inr(uncapped))}${uncapped.lessThan(of.target.amount) ? ', still short — the volumes and prices fall short too' : ''}`
  }.`;
}

const EXPLANATION_GETTER = figureGetters<{ explanation: string }>(['explanation']);

/**
 * `head` with the shortfall's sentence as its `explanation` (its next key), written when first
 * read: it reads the run's figures, fixed when the run ended — the very sentence written at once.
 * @internal
 */
export function explainedWhenRead<T extends object>(
  head: T,
  of: RevenueShortfall,
): T & { readonly explanation: string } {
  return figuresWhenRead(head, EXPLANATION_GETTER, of, (shortfall) => ({
    explanation: sentence(shortfall),
  }));
}

/** The year's nameplate over its plants: the capacity a month, and the price the target needs. */
function capacityFigures({ target, year }: { target: Money<'INR'>; year: OperationsYear }): {
  readonly capacityPerMonth: Decimal;
  readonly requiredAveragePrice: Money<'INR'>;
} {
  const nameplate = year.plants.reduce((a, p) => a.plus(p.nameplate), ZERO);
  return {
    capacityPerMonth: nameplate.dividedBy(12),
    requiredAveragePrice: inr(nameplate.isZero() ? ZERO : target.amount.dividedBy(nameplate)),
  };
}

/**
 * `head` with the target year's capacity a month and the average price the target needs as its
 * next keys, worked out when first read: they sum the year's plants, built when first read.
 * @internal
 */
export function capacityWhenRead<T extends object>(
  head: T,
  target: Money<'INR'>,
  year: OperationsYear,
): T & ReturnType<typeof capacityFigures> {
  return figuresWhenRead(head, CAPACITY_GETTERS, { target, year }, capacityFigures);
}

const CAPACITY_GETTERS = figureGetters<ReturnType<typeof capacityFigures>>([
  'capacityPerMonth',
  'requiredAveragePrice',
]);
