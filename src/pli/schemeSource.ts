import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { PLI_ID_MESSAGE, PLI_ID_PATTERN } from './_lib/pliId.js';

/**
 * How firmly a figure is known: `confirmed` by a primary source (ministry page, gazette, a
 * ministry answer), `reported` by the press or secondary summaries, `unconfirmed` when no source
 * confirmed it (an assumption a user should check against their approval letter and override).
 */
/**
 * @example
 * ```ts
 * PliConfidence.parse('unconfirmed') //=> 'unconfirmed'
 * ```
 */
export const PliConfidence = lazySchema(() => z.enum(['confirmed', 'reported', 'unconfirmed']));
/** See `PliConfidence`. */
export type PliConfidence = z.infer<typeof PliConfidence>;

/** A source a scheme's figures come from, as data. */
export const PliSource = lazySchema(() =>
  z
    .object({
      id: z.string().regex(PLI_ID_PATTERN, PLI_ID_MESSAGE),
      title: z.string().min(1),
      url: z.url().optional(),
      kind: z.enum(['official', 'press', 'secondary', 'user']),
    })
    .strict(),
);
/** See `PliSource`. */
export type PliSource = z.infer<typeof PliSource>;
