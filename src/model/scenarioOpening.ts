import * as z from 'zod';
import { type Decimal, ZERO } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema, positiveDecimalSchema } from '../core/schemas.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { idSchema } from '../projection/inputSchema.js';
import { TAX_BLOCK_IDS, type TaxBlock } from '../schedule/taxDepreciation.js';
import { fiscalYearSchema, fiscalYearStart } from './_lib/fiscalYears.js';

const nonNegativeInrSchema = lazySchema(() =>
  moneySchemaFor('INR').refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);

/**
 * Investment made before the horizon, in the fiscal year it was spent. It is not the plan's capex
 * (no cash flow of the plan pays it), but it counts towards cumulative investment: the PLI
 * thresholds of the enrolments that name its id in their `investments`, and a
 * `cumulative-investment` target.
 */
export const openingInvestmentSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().min(1).optional(),
      /** The fiscal year it was spent: before the horizon. */
      year: fiscalYearSchema,
      amount: nonNegativeInrSchema,
    })
    .strict(),
);

/**
 * The assets in use at the start of the horizon: their book value, written off straight-line
 * over `remainingLife` years to nil, and their Income-tax written-down value by block, which the
 * block's rate depreciates from the first year (the asset was put to use before the horizon).
 */
export const openingNetBlockSchema = lazySchema(() =>
  z
    .object({
      /** Net block (book value) at the start of the horizon. */
      book: nonNegativeInrSchema,
      /** Years left to write the book value off, straight-line (`"9.5"` allowed). */
      remainingLife: positiveDecimalSchema,
      /** Written-down value for tax at the start, by block (`{ "plant-and-machinery": "₹212.5 crore" }`). */
      taxWrittenDownValue: z
        .partialRecord(z.enum(TAX_BLOCK_IDS as [TaxBlock, ...TaxBlock[]]), nonNegativeInrSchema)
        .default({}),
    })
    .strict(),
);

/** The company's net sales in a fiscal year before the horizon (the base year, the prior year). */
export const openingSalesSchema = lazySchema(() =>
  z
    .object({
      year: fiscalYearSchema,
      amount: nonNegativeInrSchema,
      note: z.string().min(1).optional(),
    })
    .strict(),
);

/**
 * Where the plan starts from: what exists before its horizon. Each figure feeds the layer it
 * belongs to — investment before the horizon counts towards PLI investment thresholds and
 * investment targets; the opening net block depreciates in the book and for tax; the opening
 * headcount is the projection's `headcount.opening`; sales before the horizon bound the PLI base
 * year and give the first year's growth. Existing capacity is the plants' `unitsPerMonth` (a
 * plant with no `start`, or one before the horizon, is running when the plan begins). Prices are
 * not re-based: the horizon still starts where the plan says.
 *
 * @example
 * ```ts
 * scenarioOpeningSchema.parse({
 *   investments: [{ id: 'build-year', year: 'FY22', amount: '₹250 crore' }],
 * }).investments[0]?.year //=> 'FY2021-22'
 * ```
 */
export const scenarioOpeningSchema = lazySchema(() =>
  z
    .object({
      investments: z.array(openingInvestmentSchema).default([]),
      netBlock: openingNetBlockSchema.optional(),
      /** Heads employed at the start (the projection's `headcount.opening`; give one of the two). */
      headcount: nonNegativeDecimalSchema.optional(),
      /** The company's net sales in years before the horizon, such as the PLI base year. */
      sales: z.array(openingSalesSchema).default([]),
    })
    .strict(),
);

/** The opening position, parsed. */
export type ScenarioOpening = z.output<typeof scenarioOpeningSchema>;

/** What the opening position is checked against. */
export interface OpeningReferences {
  /** The horizon's first fiscal year, when it parsed. */
  readonly firstYear?: string;
  /** Ids of the plan's investments (an opening investment may not reuse one). */
  readonly investmentIds: ReadonlySet<string>;
  /** Whether the projection has headcount drivers, and whether it states `headcount.opening`. */
  readonly headcount: { readonly drivers: boolean; readonly opening: boolean };
  /** Each enrolment's base year and base-year sales of eligible goods (when stated as a sum). */
  readonly enrolments: readonly { readonly baseYear: string; readonly sales?: Money<'INR'> }[];
}

/**
 * Cross-checks the opening position against the rest of the scenario: its years fall before the
 * horizon, its ids are its own, the opening headcount is stated once, opening investment sits in
 * a stated net block, and an enrolment's base-year sales of eligible goods do not exceed the
 * company's sales of that year.
 *
 * @returns issues with the file's paths (`opening.investments[0].year: …`)
 */
export function checkOpening(
  opening: ScenarioOpening,
  refs: OpeningReferences,
): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const first = refs.firstYear === undefined ? undefined : fiscalYearStart(refs.firstYear);
  const before = (year: string, at: PropertyKey[]) => {
    if (first !== undefined && (fiscalYearStart(year) ?? first) >= first) {
      issue(at, `${year} is not before the horizon, which starts in ${refs.firstYear}`);
    }
  };
  const seen = new Set<string>();
  opening.investments.forEach((inv, i) => {
    const at = ['opening', 'investments', i];
    before(inv.year, [...at, 'year']);
    if (seen.has(inv.id)) issue([...at, 'id'], `duplicate opening investment id "${inv.id}"`);
    if (refs.investmentIds.has(inv.id)) {
      issue([...at, 'id'], `"${inv.id}" is also an investment of the plan: give it another id`);
    }
    seen.add(inv.id);
  });
  const invested = openingInvestmentTotal(opening);
  if (invested.greaterThan(0) && opening.netBlock === undefined) {
    issue(
      ['opening', 'netBlock'],
      'investment was made before the horizon: state the net block it left (book, remainingLife, taxWrittenDownValue)',
    );
  }
  if (opening.headcount !== undefined) {
    if (!refs.headcount.drivers) {
      issue(['opening', 'headcount'], 'an opening headcount needs headcount drivers');
    } else if (refs.headcount.opening) {
      issue(
        ['opening', 'headcount'],
        'give the opening headcount once: here or in headcount.opening',
      );
    }
  }
  const salesYears = new Set<string>();
  opening.sales.forEach((s, i) => {
    const at = ['opening', 'sales', i, 'year'];
    before(s.year, at);
    if (salesYears.has(s.year)) issue(at, `${s.year} is given twice`);
    salesYears.add(s.year);
  });
  refs.enrolments.forEach((e, i) => {
    const company = opening.sales.find((s) => s.year === e.baseYear);
    if (
      e.sales !== undefined &&
      company !== undefined &&
      e.sales.amount.greaterThan(company.amount.amount)
    ) {
      issue(
        ['pli', 'enrolments', i, 'baseYearSales'],
        `exceeds the company's ${e.baseYear} net sales in opening.sales (${company.amount.amount.dividedBy(1e7).toFixed()} crore)`,
      );
    }
  });
  return issues;
}

/** The sum of the investment made before the horizon. */
export function openingInvestmentTotal(opening: ScenarioOpening | undefined): Decimal {
  return (opening?.investments ?? []).reduce((a, inv) => a.plus(inv.amount.amount), ZERO);
}

/**
 * The opening net block's book depreciation by horizon year: `book ÷ remainingLife` a year until
 * the book value is written off.
 *
 * @returns the charge and the closing book value of each year (zeros without a net block)
 */
export function openingBookDepreciation(
  opening: ScenarioOpening | undefined,
  years: number,
): { charge: Money<'INR'>; netBlock: Money<'INR'> }[] {
  const block = opening?.netBlock;
  let left = block?.book.amount ?? ZERO;
  const yearly = block === undefined ? ZERO : left.dividedBy(block.remainingLife);
  return Array.from({ length: years }, () => {
    const charge = yearly.greaterThan(left) ? left : yearly;
    left = left.minus(charge);
    return { charge: inr(charge), netBlock: inr(left) };
  });
}

/** The opening position as the result reports it. */
export interface OpeningPosition {
  readonly investments: readonly {
    readonly id: string;
    readonly name: string;
    readonly year: string;
    readonly amount: Money<'INR'>;
  }[];
  /** All investment before the horizon: in cumulative investment from the first year. */
  readonly investmentTotal: Money<'INR'>;
  readonly netBlock: {
    readonly book: Money<'INR'>;
    readonly remainingLife: Decimal;
    /** The first year's book charge on it (`book ÷ remainingLife`). */
    readonly yearlyDepreciation: Money<'INR'>;
    readonly taxWrittenDownValue: Money<'INR'>;
  } | null;
  readonly headcount: Decimal | null;
  readonly sales: readonly {
    readonly year: string;
    readonly amount: Money<'INR'>;
    readonly note: string | null;
  }[];
  /** The last year of sales before the horizon against the first year's revenue. */
  readonly growth: {
    readonly from: string;
    readonly sales: Money<'INR'>;
    readonly to: string;
    readonly revenue: Money<'INR'>;
    /** Revenue ÷ prior-year sales − 1, or null when the prior year sold nothing. */
    readonly rate: Decimal | null;
  } | null;
}

/**
 * The opening position for the result: the figures as stated, with the first year's growth over
 * the last year of sales before the horizon.
 *
 * @param opening - the parsed opening position
 * @param first - the horizon's first fiscal year and its revenue
 * @returns the reported opening position
 */
export function openingPosition(
  opening: ScenarioOpening,
  first: { readonly year: string; readonly revenue: Money<'INR'> } | undefined,
): OpeningPosition {
  const block = opening.netBlock;
  const prior = [...opening.sales].sort(
    (a, b) => (fiscalYearStart(a.year) ?? 0) - (fiscalYearStart(b.year) ?? 0),
  );
  const last = prior.at(-1);
  return {
    investments: opening.investments.map((i) => ({
      id: i.id,
      name: i.name ?? i.id,
      year: i.year,
      amount: i.amount,
    })),
    investmentTotal: inr(openingInvestmentTotal(opening)),
    netBlock:
      block === undefined
        ? null
        : {
            book: block.book,
            remainingLife: block.remainingLife,
            yearlyDepreciation: openingBookDepreciation(opening, 1)[0]?.charge ?? inr(ZERO),
            taxWrittenDownValue: inr(
              Object.values(block.taxWrittenDownValue).reduce(
                (a, m) => a.plus(m?.amount ?? ZERO),
                ZERO,
              ),
            ),
          },
    headcount: opening.headcount ?? null,
    sales: prior.map((s) => ({ year: s.year, amount: s.amount, note: s.note ?? null })),
    growth:
      last === undefined || first === undefined
        ? null
        : {
            from: last.year,
            sales: last.amount,
            to: first.year,
            revenue: first.revenue,
            rate: last.amount.amount.isZero()
              ? null
              : first.revenue.amount.dividedBy(last.amount.amount).minus(1),
          },
  };
}
