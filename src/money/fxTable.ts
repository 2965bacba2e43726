import * as z from 'zod';
import type { Decimal } from '../core/decimal.js';
import { describe } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { positiveDecimalSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';
import { isIsoDate } from './_lib/isoDate.js';
import { CURRENCY_CODES, type CurrencyCode } from './currency.js';

const currencyCodeSchema = lazySchema(() =>
  z.enum(CURRENCY_CODES, {
    error: (issue) =>
      `unknown currency ${describe(issue.input)}; known: ${CURRENCY_CODES.join(', ')}`,
  }),
);

/** A calendar date as a `yyyy-MM-dd` string (zone-free), validated as a real date. */
export const isoDateSchema = lazySchema(() =>
  z.string().refine(isIsoDate, {
    message: 'expected a calendar date as yyyy-MM-dd (e.g. "2021-03-31")',
  }),
);

/**
 * One dated FX quote as it arrives from a file: `1 base = rate quote` on `date`.
 * `{ "date": "2021-03-31", "base": "USD", "quote": "INR", "rate": "74.5" }`.
 */
export const fxRateRowSchema = lazySchema(() =>
  z
    .object({
      date: isoDateSchema,
      base: currencyCodeSchema,
      quote: currencyCodeSchema,
      rate: positiveDecimalSchema,
    })
    .strict()
    .refine((row) => row.base !== row.quote, {
      message: 'base and quote must be different currencies',
      path: ['quote'],
    }),
);

/** A validated FX quote: on `date`, one unit of `base` buys `rate` units of `quote`. */
export interface FxRate {
  readonly date: string;
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly rate: Decimal;
}

/** Dated FX quotes, validated, sorted by date; read with `fxRate`, `convert`, `averageRate`. */
export interface FxTable {
  readonly kind: 'fx-table';
  readonly rates: readonly FxRate[];
}

/** The rows `fxTable` accepts (what a file holds). */
export type FxRateRow = z.input<typeof fxRateRowSchema>;

/**
 * Builds an FX table from dated quotes, validating every row with zod: dates as `yyyy-MM-dd`,
 * known currency codes, a positive decimal-like rate (a string such as `"74.5"` or a number).
 * Quote each pair in one direction; the inverse is derived on lookup. Two quotes of the same
 * pair on the same date (in either direction) are ambiguous and rejected.
 *
 * @param rows - the quotes, in any order
 * @returns a frozen table sorted by date
 * @throws {ValidationError} naming each bad row's field path (`[2].rate: must be greater than zero`)
 *
 * @example
 * ```ts
 * const table = fxTable([
 *   { date: '2021-03-31', base: 'USD', quote: 'INR', rate: '73.5' },
 *   { date: '2022-03-31', base: 'USD', quote: 'INR', rate: 75.8 },
 * ]);
 * table.rates.length //=> 2
 * ```
 */
export function fxTable(rows: readonly FxRateRow[]): FxTable {
  const schema = z.array(fxRateRowSchema).superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((row, i) => {
      const pair = [row.base, row.quote].sort().join('/');
      const key = `${row.date} ${pair}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `second ${pair} quote on ${row.date} (first at [${first}])`,
          path: [i],
        });
      }
      seen.set(key, first ?? i);
    });
  });
  const parsed = parseInput(schema, rows, 'FX table');
  const rates = parsed
    .map((r): FxRate => Object.freeze({ date: r.date, base: r.base, quote: r.quote, rate: r.rate }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze({ kind: 'fx-table', rates: Object.freeze(rates) });
}
