import * as z from 'zod';
import { deepFreeze } from '../core/freeze.js';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';

// Checked like any input (issue 11): ids and items are text.
const claimsSchema = lazySchema(() =>
  z.array(
    z
      .object({
        id: z.string(),
        goods: z.array(z.string()).readonly(),
        investments: z.array(z.string()).readonly(),
      })
      .loose(),
  ),
);

/** What one enrolment claims: the goods (segments, product lines) and the investments it counts. */
export interface PliClaim {
  /** The enrolment's id. */
  readonly id: string;
  /** Ids of the goods whose sales it claims (the same goods cannot earn twice). */
  readonly goods: readonly string[];
  /** Ids of the investments counted towards its investment threshold. */
  readonly investments: readonly string[];
}

/** One double claim: the same goods or investment in two enrolments. */
export interface PliDoubleClaim {
  readonly code: 'PLI_DOUBLE_CLAIM';
  readonly kind: 'goods' | 'investment';
  /** The goods or investment id. */
  readonly item: string;
  /** The enrolment that claimed it first, and the one that claims it again (index into `claims`). */
  readonly first: { readonly id: string; readonly index: number; readonly position: number };
  readonly second: { readonly id: string; readonly index: number; readonly position: number };
  readonly message: string;
}

/**
 * Finds goods or investments claimed by two enrolments. The same goods cannot earn under two
 * schemes (or twice under one), and an investment counted towards one scheme's threshold cannot
 * count towards another's: each is a double claim naming both enrolments. `position` is the
 * item's index in the enrolment's `goods` or `investments`, so a caller can point at the field.
 *
 * @param input - each enrolment's goods and investments
 * @returns the double claims, in the order of the second claim (empty when there are none)
 *
 * @example
 * ```ts
 * findDoubleClaims([
 *   { id: 'lsem', goods: ['phones'], investments: ['lines'] },
 *   { id: 'it-hw', goods: ['laptops', 'phones'], investments: ['lines'] },
 * ]).map((d) => d.message)
 * //=> ['goods "phones" are claimed by enrolments "lsem" and "it-hw": the same goods cannot earn twice',
 * //    'investment "lines" counts towards the thresholds of enrolments "lsem" and "it-hw": one investment cannot meet two thresholds']
 * ```
 */
export function findDoubleClaims(input: readonly PliClaim[]): readonly PliDoubleClaim[] {
  const claims = parseInput(claimsSchema, input, 'PLI claims');
  const out: PliDoubleClaim[] = [];
  for (const kind of ['goods', 'investment'] as const) {
    const seen = new Map<string, { id: string; index: number; position: number }>();
    claims.forEach((claim, index) => {
      const items = kind === 'goods' ? claim.goods : claim.investments;
      items.forEach((item, position) => {
        const first = seen.get(item);
        const here = { id: claim.id, index, position };
        if (first === undefined) {
          seen.set(item, here);
          return;
        }
        out.push({
          code: 'PLI_DOUBLE_CLAIM',
          kind,
          item,
          first,
          second: here,
          message:
            kind === 'goods'
              ? `goods ${JSON.stringify(item)} are claimed by enrolments ${JSON.stringify(first.id)} and ${JSON.stringify(claim.id)}: the same goods cannot earn twice`
              : `investment ${JSON.stringify(item)} counts towards the thresholds of enrolments ${JSON.stringify(first.id)} and ${JSON.stringify(claim.id)}: one investment cannot meet two thresholds`,
        });
      });
    });
  }
  return deepFreeze(out);
}
