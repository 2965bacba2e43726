import * as z from 'zod';
import { ONE, ZERO } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { decimalSchema } from '../core/schemas.js';
import { idSchema } from '../projection/inputSchema.js';
import { isoDateSchema } from './scenarioMeta.js';

/** A stake: a fraction above 0 and at most 1 (`"0.6"` for 60%). */
const stakeShareSchema = lazySchema(() =>
  decimalSchema.refine((d) => d.greaterThan(0) && d.lessThanOrEqualTo(1), {
    message:
      'a stake must be above 0 and at most 1 (write 60% as "0.6"); leave out an owner with none',
  }),
);

/**
 * Who owns the plan's company, and from when: a list of owners and the stakes they hold from
 * each date on. Each entry of `stakes` holds from its `from` date until the day before the next
 * one (the last one holds to the end of the horizon and beyond). Its shares must sum to exactly
 * 1 (100%); the first `from` must be on or before the horizon's first day, so every day of the
 * plan has owners, and none may fall after the horizon's last day. A `source` names an entry of
 * `meta.sources` (the deal's announcement) when the change is a fact.
 *
 * @example
 * ```ts
 * scenarioOwnershipSchema.parse({
 *   owners: [{ id: 'pegatron', name: 'Pegatron' }, { id: 'tata', name: 'Tata Electronics' }],
 *   stakes: [
 *     { from: '2021-04-01', shares: [{ owner: 'pegatron', share: '1' }] },
 *     { from: '2025-01-24', shares: [{ owner: 'tata', share: '0.6' }, { owner: 'pegatron', share: '0.4' }] },
 *   ],
 * }).stakes[1]?.shares[0]?.share.toFixed() //=> '0.6'
 * ```
 */
export const scenarioOwnershipSchema = lazySchema(() =>
  z
    .object({
      owners: z
        .array(z.object({ id: idSchema, name: z.string().min(1) }).strict())
        .min(1)
        .max(50),
      stakes: z
        .array(
          z
            .object({
              /** The first day the stakes hold, `yyyy-MM-dd`. */
              from: isoDateSchema,
              shares: z
                .array(z.object({ owner: idSchema, share: stakeShareSchema }).strict())
                .min(1)
                .max(50),
              /** The source (an id of `meta.sources`) of the change, when it is a fact. */
              source: idSchema.optional(),
              note: z.string().optional(),
            })
            .strict(),
        )
        .min(1)
        .max(100),
    })
    .strict(),
);

/** A validated ownership section. */
export type ScenarioOwnership = z.output<typeof scenarioOwnershipSchema>;

/** What {@link checkOwnership} checks the section against. */
export interface OwnershipContext {
  /** The horizon's first and last days, `yyyy-MM-dd` (undefined when the horizon is invalid). */
  readonly horizon?: { readonly start: string; readonly end: string };
  /** The ids of `meta.sources`. */
  readonly sourceIds: ReadonlySet<string>;
}

/**
 * The cross-checks of an ownership section, each with its path in the file: owner ids unique
 * and known; no owner twice at one date; the shares of every date summing to exactly 1; dates
 * strictly increasing, the first on or before the horizon start and none after its end; sources
 * known.
 *
 * @param ownership - the parsed section
 * @param context - the horizon and the source ids
 * @returns the issues, empty when the section is sound
 *
 * @example
 * ```ts
 * checkOwnership(scenarioOwnershipSchema.parse({ owners: [{ id: 'a', name: 'A' }],
 *   stakes: [{ from: '2021-04-01', shares: [{ owner: 'a', share: '0.9' }] }] }),
 *   { sourceIds: new Set() })[0]?.message
 * //=> 'the stakes from 2021-04-01 sum to 0.9 (90%); they must sum to exactly 1 (100%)'
 * ```
 */
export function checkOwnership(
  ownership: ScenarioOwnership,
  context: OwnershipContext,
): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const at = (path: PropertyKey[], message: string) =>
    issues.push({ path: ['ownership', ...path], message });
  const owners = new Set<string>();
  ownership.owners.forEach((o, i) => {
    if (owners.has(o.id)) at(['owners', i, 'id'], `duplicate owner id "${o.id}"`);
    owners.add(o.id);
  });
  const known = [...owners].join(', ');
  ownership.stakes.forEach((s, i) => {
    const seen = new Set<string>();
    let sum = ZERO;
    s.shares.forEach((h, j) => {
      if (!owners.has(h.owner)) {
        at(['stakes', i, 'shares', j, 'owner'], `unknown owner "${h.owner}" (owners: ${known})`);
      }
      if (seen.has(h.owner)) {
        at(
          ['stakes', i, 'shares', j, 'owner'],
          `owner "${h.owner}" is listed twice from ${s.from}`,
        );
      }
      seen.add(h.owner);
      sum = sum.plus(h.share);
    });
    if (!sum.equals(ONE)) {
      at(
        ['stakes', i, 'shares'],
        `the stakes from ${s.from} sum to ${sum.toFixed()} (${sum.times(100).toFixed()}%); they must sum to exactly 1 (100%)`,
      );
    }
    const previous = ownership.stakes[i - 1];
    if (previous !== undefined && s.from <= previous.from) {
      at(['stakes', i, 'from'], `${s.from} must be after the previous change (${previous.from})`);
    }
    if (context.horizon !== undefined && s.from > context.horizon.end) {
      at(
        ['stakes', i, 'from'],
        `${s.from} is after the horizon ends (${context.horizon.end}); a change must fall inside or before it`,
      );
    }
    if (s.source !== undefined && !context.sourceIds.has(s.source)) {
      at(
        ['stakes', i, 'source'],
        `unknown source "${s.source}" (sources: ${[...context.sourceIds].join(', ') || 'none'})`,
      );
    }
  });
  const first = ownership.stakes[0];
  if (first !== undefined && context.horizon !== undefined && first.from > context.horizon.start) {
    at(
      ['stakes', 0, 'from'],
      `the first stakes hold from ${first.from}, after the horizon starts (${context.horizon.start}): say who owns the company from the start`,
    );
  }
  return issues;
}
