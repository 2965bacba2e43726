import * as z from 'zod';
import { BIG_ZERO, type BigDecimal, bigSum } from '../core/bigDecimal.js';
import { bigFromDecimal, bigToDecimal } from '../core/bigDecimalConvert.js';
import { Decimal, ONE, ZERO } from '../core/decimal.js';
import { decimalQuotient, decimalSum, decimalTimes } from '../core/decimalArithmetic.js';
import { decimalProblem, toDecimal } from '../core/decimalLike.js';
import { ArgumentError } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { parseFiscalYear } from '../time/parseFiscalYear.js';
import { endOf, startOf } from '../time/startOf.js';
import { daysInclusive } from './_lib/days.js';
import { calendarDateInput, periodLabelInput } from './_lib/periods.js';

/**
 * The Income-tax Act's blocks of assets a manufacturer's capex falls in, with the rate of
 * depreciation on the block's written-down value (section 32(1)(ii); Income-tax Rules, 1962,
 * rule 5 and Appendix I, Part A, as amended from assessment year 2018-19, when the rate on
 * computers fell from 60% to 40% and the top general rate was capped at 40%).
 *
 * Source: Appendix I as tabulated by ML Gupta & Associates, "Rates of depreciation under Income
 * Tax Act" (mlgassociates.in/utilities/rates-of-depreciation-under-income-tax-act) and D J Shah &
 * Co. (djshahca.com/depreciation-as-per-income-tax), both retrieved 2026-12-01: buildings not
 * mainly residential 10%; furniture and fittings 10%; machinery and plant (general) 15%;
 * computers including software 40%.
 *
 * @example
 * ```ts
 * TAX_BLOCKS['plant-and-machinery'].rate //=> '0.15'
 * ```
 */
export const TAX_BLOCKS = Object.freeze({
  'plant-and-machinery': Object.freeze({
    name: 'Machinery and plant (general)',
    rate: '0.15',
    appendix: 'Appendix I, Part A, III(1)',
  }),
  buildings: Object.freeze({
    name: 'Buildings not mainly residential',
    rate: '0.10',
    appendix: 'Appendix I, Part A, I(2)',
  }),
  computers: Object.freeze({
    name: 'Computers including computer software',
    rate: '0.40',
    appendix: 'Appendix I, Part A, III(5)',
  }),
  furniture: Object.freeze({
    name: 'Furniture and fittings',
    rate: '0.10',
    appendix: 'Appendix I, Part A, II',
  }),
} as const satisfies Record<string, { name: string; rate: string; appendix: string }>);

/** A block of assets under the Income-tax Act. */
export type TaxBlock = keyof typeof TAX_BLOCKS;

/** The blocks, in a stable order. */
export const TAX_BLOCK_IDS = Object.freeze(Object.keys(TAX_BLOCKS) as TaxBlock[]);

/**
 * Days of use below which an asset gets half the year's rate in its first year (second proviso to
 * section 32(1): "put to use for the purposes of business … for a period of less than one hundred
 * and eighty days" in the year of acquisition).
 */
export const HALF_RATE_BELOW_DAYS = 180;

/** An addition to a block: an amount put to use on a date. */
export interface TaxAddition {
  readonly block: TaxBlock;
  readonly amount: Decimal;
  /** The date the asset is put to use, `yyyy-MM-dd`. */
  readonly putToUse: string;
}

/** One block in one fiscal year. */
export interface TaxBlockYear {
  readonly block: TaxBlock;
  readonly rate: Decimal;
  readonly opening: Money<'INR'>;
  readonly additions: Money<'INR'>;
  /** Of the additions, those used fewer than 180 days in the year: they get half the rate. */
  readonly halfRateAdditions: Money<'INR'>;
  readonly depreciation: Money<'INR'>;
  readonly closing: Money<'INR'>;
}

/** All blocks in one fiscal year. */
export interface TaxDepreciationYear {
  readonly year: string;
  readonly blocks: readonly TaxBlockYear[];
  readonly depreciation: Money<'INR'>;
  /** Written-down value of all blocks at the year end (the tax base of the assets). */
  readonly closing: Money<'INR'>;
}

// The arguments are checked like any input (issue 11): an amount is a Decimal or decimal text,
// not negative; a date a calendar date; a year a fiscal year's label.
const amount = lazySchema(() =>
  z
    .custom<Decimal | string | number>(() => true)
    .transform((value, ctx): Decimal => {
      const problem = decimalProblem(value);
      if (problem !== undefined) {
        ctx.addIssue({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return toDecimal(value);
    })
    .refine((d) => !d.isNegative(), { message: 'must not be negative' }),
);
const block = lazySchema(() => z.enum(TAX_BLOCK_IDS as [TaxBlock, ...TaxBlock[]]));
const additionsSchema = lazySchema(() =>
  z.array(z.object({ block, amount, putToUse: calendarDateInput }).loose()),
);
const yearsSchema = lazySchema(() => z.array(periodLabelInput).min(1));
const optionsSchema = lazySchema(() =>
  z.object({ opening: z.partialRecord(block, amount).optional() }).strict(),
);

/** Options for {@link taxDepreciation}. */
export interface TaxDepreciationOptions {
  /** Written-down value of each block at the start of the first year (default zero). */
  readonly opening?: Readonly<Partial<Record<TaxBlock, Decimal>>>;
}

/**
 * Depreciation under the Income-tax Act by fiscal year: each block's written-down value (opening
 * + additions) times the block's rate, with half the rate on additions used fewer than 180 days in
 * the year they are put to use. No asset is sold, so no block ceases. Exact and unrounded (the
 * return of income rounds; a plan does not).
 *
 * @param additions - assets put to use, any order; a date outside `years` is an error
 * @param years - the fiscal years, in order (`FY2021-22`…)
 * @param options - opening written-down values
 * @returns one {@link TaxDepreciationYear} per year, blocks in {@link TAX_BLOCK_IDS} order
 * @throws {ValidationError} for a malformed addition, year or option, naming its path
 * @throws {ArgumentError} when an addition is put to use outside the years
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * const [y1, y2] = taxDepreciation([
 *   { block: 'plant-and-machinery', amount: d(100), putToUse: '2021-06-15' },
 *   { block: 'plant-and-machinery', amount: d(100), putToUse: '2021-11-15' },
 * ], ['FY2021-22', 'FY2022-23']);
 * y1.depreciation.amount.toString() //=> '22.5' (100 × 15% + 100 × 7.5%)
 * y2.depreciation.amount.toString() //=> '26.625' (177.5 × 15%)
 * ```
 */
export function taxDepreciation(
  additions: readonly TaxAddition[],
  years: readonly string[],
  options: TaxDepreciationOptions = {},
): TaxDepreciationYear[] {
  const list = parseInput(additionsSchema, additions, 'tax additions');
  const labels = parseInput(yearsSchema, years, 'tax years');
  const opening = parseInput(optionsSchema, options, 'tax depreciation options').opening;
  return taxDepreciationOfParsed(list, labels, opening);
}

/** Each block's rate as a Decimal, read from its text once (not once per block and year). */
const BLOCK_RATES = new Map(TAX_BLOCK_IDS.map((b) => [b, ONE.times(TAX_BLOCKS[b].rate)]));

const NONE = inr(ZERO);

/** An empty block's figures: nothing opening, added, charged or closing. */
const EMPTY_BLOCK = {
  opening: NONE,
  additions: NONE,
  halfRateAdditions: NONE,
  depreciation: NONE,
  closing: NONE,
};

/** The half-rate divisor, shared (a Decimal, as decimal.js makes of the number 2). */
const TWO = new Decimal(2);

/**
 * Internal: the core of {@link taxDepreciation} for arguments already in their parsed form —
 * Decimal amounts that are not negative, `yyyy-MM-dd` dates, fiscal-year labels, at least one
 * year — as the model layer builds them from a parsed scenario. Nothing is validated again.
 *
 * @example
 * ```ts
 * const [y1] = taxDepreciationOfParsed(
 *   [{ block: 'plant-and-machinery', amount: toDecimal(100), putToUse: '2021-06-15' }],
 *   ['FY2021-22'],
 * );
 * y1.depreciation.amount.toString() //=> '15'
 * ```
 */
export function taxDepreciationOfParsed(
  list: readonly TaxAddition[],
  labels: readonly string[],
  opening?: Readonly<Partial<Record<TaxBlock, Decimal>>>,
): TaxDepreciationYear[] {
  return depreciated(
    (add) => {
      for (const a of list) add(a.block, a.amount, a.putToUse);
    },
    labels,
    opening,
  );
}

/** The same amount put to use in one block on each of several dates, in order. */
export interface RepeatedTaxAddition {
  readonly block: TaxBlock;
  readonly amount: Decimal;
  readonly putToUse: readonly string[];
}

/**
 * Internal: {@link taxDepreciationOfParsed} of additions that repeat one amount on several
 * dates — the model's capex spent evenly, a twelfth a month — without an object per addition:
 * the same additions in the same order (each repeated one's dates in turn), the same figures.
 *
 * @example
 * ```ts
 * const [y1] = taxDepreciationOfRepeated(
 *   [{ block: 'plant-and-machinery', amount: toDecimal(100), putToUse: ['2021-06-15', '2021-11-15'] }],
 *   ['FY2021-22'],
 * );
 * y1.depreciation.amount.toString() //=> '22.5'
 * ```
 */
export function taxDepreciationOfRepeated(
  list: readonly RepeatedTaxAddition[],
  labels: readonly string[],
  opening?: Readonly<Partial<Record<TaxBlock, Decimal>>>,
): TaxDepreciationYear[] {
  return depreciated(
    (add) => {
      for (const a of list) for (const date of a.putToUse) add(a.block, a.amount, date);
    },
    labels,
    opening,
  );
}

function depreciated(
  additions: (add: (block: TaxBlock, amount: Decimal, putToUse: string) => void) => void,
  labels: readonly string[],
  opening: Readonly<Partial<Record<TaxBlock, Decimal>>> | undefined,
): TaxDepreciationYear[] {
  const spans = labels.map((label) => {
    const fy = parseFiscalYear(label);
    return { key: fy.key, start: startOf(fy), end: endOf(fy) };
  });
  // The additions are summed as BigDecimal values (bigSum: decimal.js's digits), each block's
  // year converted back once: a plan adds every month's part of every investment — hundreds of
  // sums of a few distinct amounts, each converted once.
  const byYear = spans.map(() => new Map<TaxBlock, { full: BigDecimal; half: BigDecimal }>());
  const converted = new Map<Decimal, BigDecimal>();
  // Plans put many additions to use on the same dates: each date's year and days in use are
  // found once.
  const byDate = new Map<string, { y: number; days: number }>();
  const add = (block: TaxBlock, decimal: Decimal, putToUse: string) => {
    let when = byDate.get(putToUse);
    if (when === undefined) {
      const at = spans.findIndex((s) => putToUse >= s.start && putToUse <= s.end);
      const span = spans[at];
      if (span === undefined) {
        throw new ArgumentError(
          'OUT_OF_RANGE',
          `an addition to ${block} is put to use on ${putToUse}, outside ${labels[0]}..${labels[labels.length - 1]}`,
        );
      }
      // Days in use count the put-to-use date itself, as the days of a year of use do.
      when = { y: at, days: daysInclusive(putToUse, span.end) };
      byDate.set(putToUse, when);
    }
    const { y, days } = when;
    let amount = converted.get(decimal);
    if (amount === undefined) {
      amount = bigFromDecimal(decimal);
      converted.set(decimal, amount);
    }
    const row = byYear[y]?.get(block) ?? { full: BIG_ZERO, half: BIG_ZERO };
    byYear[y]?.set(
      block,
      days < HALF_RATE_BELOW_DAYS
        ? { full: row.full, half: bigSum(row.half, amount) }
        : { full: bigSum(row.full, amount), half: row.half },
    );
  };
  additions(add);
  const wdv = new Map(TAX_BLOCK_IDS.map((b) => [b, opening?.[b] ?? ZERO]));
  return spans.map((span, y) => {
    let total = ZERO;
    let closingAll = ZERO;
    const blocks = TAX_BLOCK_IDS.map((block): TaxBlockYear => {
      const rate = BLOCK_RATES.get(block) ?? ONE.times(TAX_BLOCKS[block].rate);
      const opening = wdv.get(block) ?? ZERO;
      const sums = byYear[y]?.get(block);
      // A block with nothing in it stays at +0 (a baseline's every block; a plan's unused ones):
      // each figure the +0 that the sums and products below would give.
      if (sums === undefined && opening.isZero() && !opening.isNegative()) {
        return { block, rate, ...EMPTY_BLOCK };
      }
      const added =
        sums === undefined
          ? { full: ZERO, half: ZERO }
          : { full: bigToDecimal(sums.full), half: bigToDecimal(sums.half) };
      // decimal.js's sums and products, short-cut where an operand is an exact 0 or 1 (a block
      // without additions, a 100% rate: decimalArithmetic, same digits).
      const atFullRate = decimalSum(opening, added.full, 1);
      const halfRated = decimalQuotient(decimalTimes(added.half, rate), TWO);
      const charge = decimalSum(decimalTimes(atFullRate, rate), halfRated, 1);
      const closing = decimalSum(decimalSum(atFullRate, added.half, 1), charge, -1);
      wdv.set(block, closing);
      total = decimalSum(total, charge, 1);
      closingAll = decimalSum(closingAll, closing, 1);
      return {
        block,
        rate,
        opening: inr(opening),
        additions: inr(decimalSum(added.full, added.half, 1)),
        halfRateAdditions: inr(added.half),
        depreciation: inr(charge),
        closing: inr(closing),
      };
    });
    return { year: span.key, blocks, depreciation: inr(total), closing: inr(closingAll) };
  });
}
