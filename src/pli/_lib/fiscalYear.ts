import * as z from 'zod';
import { describe } from '../../core/errors.js';
import { lazySchema } from '../../core/lazySchema.js';
import { fiscalYearStarting } from '../../time/fiscalYear.js';
import { parseFiscalYear } from '../../time/parseFiscalYear.js';
import type { FiscalYear } from '../../time/period.js';

/** The calendar year a PLI fiscal-year key starts in (keys are validated by the schema below). */
export function fiscalYearStart(key: string): number {
  return parseFiscalYear(key).startYear;
}

/** The key of the Indian fiscal year starting in April of `start`: `FY2021-22`. */
export function fiscalYearKey(start: number): string {
  return fiscalYearStarting(start).key;
}

/**
 * An Indian fiscal year (April–March), as a label the time layer reads (`FY2021-22`, `FY22`,
 * `2021-22`) or a `FiscalYear` period; normalised to its key, `FY2021-22`.
 */
export const fiscalYearKeySchema = lazySchema(() =>
  z
    .custom<string | FiscalYear>(() => true)
    .transform((value, ctx): string => {
      const label =
        typeof value === 'object' && value !== null && 'key' in value ? String(value.key) : value;
      if (typeof label !== 'string') {
        ctx.addIssue({
          code: 'custom',
          message:
            label === undefined
              ? 'is required (a fiscal year such as "FY2020-21")'
              : `expected a fiscal year such as "FY2020-21", got ${describe(label)}`,
          input: value,
        });
        return z.NEVER;
      }
      try {
        const fy = parseFiscalYear(label);
        if (fy.startMonth === 4) return fy.key;
        ctx.addIssue({
          code: 'custom',
          message: `PLI years are Indian fiscal years (April–March), got ${label}`,
          input: value,
        });
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message:
            error instanceof Error ? error.message.replace(/^\[crorecast\] /, '') : String(error),
          input: value,
        });
      }
      return z.NEVER;
    }),
);
