import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema } from '../core/schemas.js';
import { parseInput } from '../core/validate.js';
import { moneyObjectSchema } from '../money/moneySchema.js';
import { periodSchema } from '../time/periodSchema.js';
import type { Series } from './series.js';
import { series } from './seriesFromEntries.js';
import type { SeriesValue } from './types.js';

/**
 * The JSON form of a series as a schema: entries of a period label and a value that is a decimal
 * string (or number) or a money object. Mixed kinds are refused when the series is built.
 */
export const seriesJSONSchema = lazySchema(() =>
  z
    .object({
      entries: z.array(
        z
          .object({
            period: periodSchema,
            value: z.union([decimalSchema, moneyObjectSchema]),
          })
          .strict(),
      ),
    })
    .strict(),
);

/**
 * Reads the JSON form written by `Series.toJSON` (or a file), validating it.
 *
 * @param json - `{ entries: [{ period, value }] }`
 * @returns the series
 * @throws {ValidationError} naming the field path of each problem (`entries[2].period`)
 * @throws {SeriesError} for mixed kinds, currencies or repeated periods
 *
 * @example
 * ```ts
 * seriesFromJSON({ entries: [{ period: 'FY2021-22', value: '1.5' }] }).sum().toString() //=> '1.5'
 * ```
 */
export function seriesFromJSON<V extends SeriesValue = SeriesValue>(json: unknown): Series<V> {
  const parsed = parseInput(seriesJSONSchema, json, 'series');
  return series(parsed.entries.map((e) => [e.period, e.value as V] as const));
}
