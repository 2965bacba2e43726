import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { parsePeriod } from './parsePeriod.js';
import type { Period } from './period.js';

/**
 * A period label in a file (`"2021-08"`, `"FY2021-22 Q2"`, `"FY22"`), parsed to a {@link Period}.
 *
 * @example
 * ```ts
 * periodSchema.parse('FY22').key //=> 'FY2021-22'
 * ```
 */
export const periodSchema = lazySchema(() =>
  z.string().transform((label, ctx): Period => {
    try {
      return parsePeriod(label);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message:
          error instanceof Error ? error.message.replace(/^\[crorecast\] /, '') : String(error),
        input: label,
      });
      return z.NEVER;
    }
  }),
);
