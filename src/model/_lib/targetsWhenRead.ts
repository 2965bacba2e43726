/**
 * Target checks and answers whose figures only a report reads, worked out when first read: a
 * missed revenue target's sentence and the capacity figures, which read the target year's plants.
 */
import { type Decimal, ZERO } from '../../core/decimal.js';
import { inr } from '../../money/constructors.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Money } from '../../money/money.js';
import { showsValues } from '../../projection/_lib/lazyRows.js';
import type { OperationsYear } from '../types.js';

const crore = (m: Money<'INR'>) => formatMoney(m, { unit: 'crore', decimals: 0 });

/** What a missed revenue target's sentence is written from, and the sentence once written. */
export interface RevenueShortfall {
  readonly by: string;
  readonly target: Money<'INR'>;
  readonly actual: Decimal;
  readonly shortfall: Decimal;
  /** The year's revenue lost to capacity (the projection's total). */
  readonly lost: Decimal;
  /** The target year's operations (its plants, built when first read). */
  readonly year: OperationsYear | undefined;
  text?: string;
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

/** A key of the reading's that JSON, spread, `Object.keys` and deep equality do not see. */
const SHORTFALL = Symbol('shortfall');

/**
 * The sentence as the object's own getter, the same function for every object (an accessor
 * whose function differs from object to object puts each in dictionary mode). It reads the
 * run's figures, fixed when the run ended: the very sentence written at once.
 */
const EXPLANATION_GETTER: PropertyDescriptorMap = {
  explanation: {
    enumerable: true,
    configurable: true,
    get(this: { readonly [SHORTFALL]: RevenueShortfall }): string {
      const of = this[SHORTFALL];
      of.text ??= sentence(of);
      return of.text;
    },
  },
};

/**
 * `head` with the shortfall's sentence as its `explanation` (its next key), written when first
 * read — once for every object given the same `of` (a target's reading and its check).
 * @internal
 */
export function explainedWhenRead<T extends object>(
  head: T,
  of: RevenueShortfall,
): T & { readonly explanation: string } {
  Object.defineProperty(showsValues(head), SHORTFALL, { value: of });
  return Object.defineProperties(head, EXPLANATION_GETTER) as T & { readonly explanation: string };
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

/** What an object's figures are worked out from, how, and the figures once worked out. */
interface FiguresOf<I, F> {
  readonly inputs: I;
  readonly compute: (inputs: I) => F;
  figures?: F;
}

const FIGURES = Symbol('figures');

/**
 * Getters of `keys`, all worked out together by the object's `compute` on the first read: one
 * map made once per kind of object, so every such object shares the very same functions (one
 * hidden class, where an accessor closed over each object's own state puts it in dictionary
 * mode).
 * @internal
 */
export function figureGetters<F>(keys: readonly (keyof F & string)[]): PropertyDescriptorMap {
  return Object.fromEntries(
    keys.map((key): [string, PropertyDescriptor] => [
      key,
      {
        enumerable: true,
        configurable: true,
        get(this: { readonly [FIGURES]: FiguresOf<unknown, F> }) {
          const of = this[FIGURES];
          of.figures ??= of.compute(of.inputs);
          return of.figures[key];
        },
      },
    ]),
  );
}

/**
 * `head` with the figures `getters` name (made by {@link figureGetters}) as its next keys,
 * `compute(inputs)` worked out when one is first read. `compute` must read only values nothing
 * can change afterwards — a run's figures — so that they are the very figures worked out at once.
 * @internal
 */
export function figuresWhenRead<T extends object, I, F>(
  head: T,
  getters: PropertyDescriptorMap,
  inputs: I,
  compute: (inputs: I) => F,
): T & F {
  const of: FiguresOf<I, F> = { inputs, compute };
  Object.defineProperty(showsValues(head), FIGURES, { value: of });
  return Object.defineProperties(head, getters) as T & F;
}

const CAPACITY_GETTERS = figureGetters<ReturnType<typeof capacityFigures>>([
  'capacityPerMonth',
  'requiredAveragePrice',
]);
