import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { figureMeta, idSchema } from './_lib/schemeParts.js';

/**
 * A later change to a scheme (an amendment, an extension), as data: when it was announced, when
 * it was notified (`null`: not notified, or the date is not known), and what it changes — a deep
 * partial of the scheme in its input form, merged like `withOverrides` (objects key by key,
 * arrays and values whole). Versions apply in the order listed. `confidence` is that of the
 * dates and the changes; `sources` are ids of the scheme's sources.
 *
 * @example
 * ```ts
 * PliSchemeVersion.parse({ id: 'extension-2021', name: 'One-year extension',
 *   announced: '2021-06-28', notified: '2021-09-23', confidence: 'reported',
 *   changes: { tenure: { firstYearChoices: ['FY2020-21', 'FY2021-22'] } } }).notified
 * //=> '2021-09-23'
 * ```
 */
export const PliSchemeVersion = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().min(1),
      /** When the change was announced (a minister's statement, a cabinet decision), `yyyy-MM-dd`. */
      announced: z.iso.date(),
      /** When it was notified in the Gazette, `yyyy-MM-dd`; `null` when not (yet) known. */
      notified: z.iso.date().nullable(),
      changes: z.record(z.string(), z.unknown()),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliSchemeVersion`. */
export type PliSchemeVersion = z.output<typeof PliSchemeVersion>;

/**
 * The first scheme year counts only part of its fiscal year: sales from `fromMonth` (a calendar
 * month, 8 = 1 August) to the year's end. `baseYear` says how the base year is compared with the
 * part year: `pro-rata` (base-year sales × the months counted ÷ 12) or `whole`.
 *
 * @example
 * ```ts
 * PliFirstYearPart.parse({ fromMonth: 8, baseYear: 'pro-rata', confidence: 'reported' }).fromMonth //=> 8
 * ```
 */
export const PliFirstYearPart = lazySchema(() =>
  z
    .object({
      fromMonth: z.number().int().min(1).max(12),
      baseYear: z.enum(['pro-rata', 'whole']),
      ...figureMeta,
    })
    .strict(),
);
/** See `PliFirstYearPart`. */
export type PliFirstYearPart = z.output<typeof PliFirstYearPart>;
