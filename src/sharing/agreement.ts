import * as z from 'zod';
import type { Decimal } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { isUnsafeKey } from '../core/structure.js';
import type { Money } from '../money/money.js';
import { fractionSchema, moneyInputSchema, weightSchema } from './_lib/schemas.js';

const partyId = lazySchema(() =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, hyphens and underscores')
    .refine((id) => !isUnsafeKey(id), { message: 'is a reserved name (constructor, prototype)' }),
);

/**
 * A party to an agreement.
 *
 * @example
 * ```ts
 * SharingParty.parse({ id: 'oel', name: 'Optiemus Electronics' }).id //=> 'oel'
 * ```
 */
export const SharingParty = lazySchema(() =>
  z.object({ id: partyId, name: z.string().min(1) }).strict(),
);
/** See `SharingParty`. */
export type SharingParty = z.infer<typeof SharingParty>;

const weights = lazySchema(() => z.record(partyId, weightSchema));

/**
 * How an amount is split (parties missing from `weights` or `basis` get nothing):
 * - `fixed`: in proportion to weights (`{ a: 60, b: 40 }`);
 * - `pro-rata`: in proportion to an amount per party (each party's attributed incremental sales);
 * - `tiered`: the first slice of the amount (up to the first tier's `upTo`) by that tier's
 *   weights, the next slice by the next tier's, …; the last tier has `upTo: null`;
 * - `retain-then-share`: one party first keeps `share` (a fraction) of the amount, and the rest
 *   follows the `then` rule.
 */
export type SharingRule =
  | { readonly kind: 'fixed'; readonly weights: Readonly<Record<string, Decimal>> }
  | { readonly kind: 'pro-rata'; readonly basis: Readonly<Record<string, Money>> }
  | {
      readonly kind: 'tiered';
      readonly tiers: readonly {
        readonly upTo: Money | null;
        readonly weights: Readonly<Record<string, Decimal>>;
      }[];
    }
  | {
      readonly kind: 'retain-then-share';
      readonly retain: { readonly party: string; readonly share: Decimal };
      readonly then: SharingRule;
    };

/** The input form of `SharingRule`: decimals as strings or numbers, money as values or JSON. */
export type SharingRuleInput =
  | {
      readonly kind: 'fixed';
      readonly weights: Readonly<Record<string, z.input<typeof weightSchema>>>;
    }
  | {
      readonly kind: 'pro-rata';
      readonly basis: Readonly<Record<string, z.input<typeof moneyInputSchema>>>;
    }
  | {
      readonly kind: 'tiered';
      readonly tiers: readonly {
        readonly upTo: z.input<typeof moneyInputSchema> | null;
        readonly weights: Readonly<Record<string, z.input<typeof weightSchema>>>;
      }[];
    }
  | {
      readonly kind: 'retain-then-share';
      readonly retain: { readonly party: string; readonly share: z.input<typeof fractionSchema> };
      readonly then: SharingRuleInput;
    };

/**
 * A sharing rule as validated data (see the `SharingRule` type), recursive through
 * `retain-then-share`.
 *
 * @example
 * ```ts
 * SharingRule.parse({ kind: 'retain-then-share', retain: { party: 'oel', share: '0.4' },
 *   then: { kind: 'fixed', weights: { oel: 50, wistron: 50 } } }).kind //=> 'retain-then-share'
 * ```
 */
export const SharingRule: z.ZodType<SharingRule, SharingRuleInput> = lazySchema(
  () =>
    z.lazy(() =>
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('fixed'), weights }).strict(),
        z
          .object({ kind: z.literal('pro-rata'), basis: z.record(partyId, moneyInputSchema) })
          .strict(),
        z
          .object({
            kind: z.literal('tiered'),
            tiers: z
              .array(z.object({ upTo: moneyInputSchema.nullable(), weights }).strict())
              .min(1)
              .readonly(),
          })
          .strict(),
        z
          .object({
            kind: z.literal('retain-then-share'),
            retain: z.object({ party: partyId, share: fractionSchema }).strict(),
            // biome-ignore lint/suspicious/noThenProperty: the field name the issue and the seed scenario use; rules are plain data, never awaited.
            then: SharingRule,
          })
          .strict(),
      ]),
    ),
  // The rule refers to itself: zod's cycle support stays on for it.
  { cycles: true },
);

/**
 * An incentive-sharing agreement between parties, as validated data: who the parties are, the
 * rule that splits an amount, and optional per-party `caps` (at most) and `floors` (at least),
 * in the currency of the amounts shared.
 *
 * @example
 * ```ts
 * const a = SharingAgreement.parse({
 *   parties: [{ id: 'oel', name: 'Optiemus' }, { id: 'wistron', name: 'Wistron' }],
 *   rule: { kind: 'fixed', weights: { oel: '60', wistron: '40' } },
 *   caps: { wistron: '₹50 crore' },
 * });
 * a.caps?.wistron?.amount.toFixed() //=> '500000000'
 * SharingAgreement.parse({ ...a, rule: { kind: 'fixed', weights: { foxconn: 1 } } })
 * // throws ZodError: rule.weights.foxconn: unknown party "foxconn"; parties: oel, wistron
 * ```
 */
export const SharingAgreement = lazySchema(() =>
  z
    .object({
      parties: z.array(SharingParty).min(1).readonly(),
      rule: SharingRule,
      caps: z.record(partyId, moneyInputSchema).optional(),
      floors: z.record(partyId, moneyInputSchema).optional(),
    })
    .strict()
    .superRefine((agreement, ctx) => {
      const ids = agreement.parties.map((p) => p.id);
      const known = new Set<string>();
      agreement.parties.forEach((p, i) => {
        if (known.has(p.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['parties', i, 'id'],
            message: `duplicate party id "${p.id}"`,
          });
        }
        known.add(p.id);
      });
      const checkParty = (id: string, path: PropertyKey[]) => {
        if (!known.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `unknown party "${id}"; parties: ${ids.join(', ')}`,
          });
        }
      };
      const checkWeights = (w: Readonly<Record<string, Decimal | Money>>, path: PropertyKey[]) => {
        for (const id of Object.keys(w)) checkParty(id, [...path, id]);
        const values = Object.values(w).map((v) => ('amount' in v ? v.amount : v));
        if (!values.some((v) => v.isPositive() && !v.isZero())) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: 'at least one party needs a share above zero',
          });
        }
      };
      const checkRule = (rule: SharingRule, path: PropertyKey[]) => {
        switch (rule.kind) {
          case 'fixed':
            checkWeights(rule.weights, [...path, 'weights']);
            break;
          case 'pro-rata': {
            checkWeights(rule.basis, [...path, 'basis']);
            const currencies = new Set(Object.values(rule.basis).map((m) => m.currency));
            if (currencies.size > 1) {
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'basis'],
                message: `basis amounts mix currencies (${[...currencies].join(', ')})`,
              });
            }
            break;
          }
          case 'tiered':
            rule.tiers.forEach((tier, i) => {
              checkWeights(tier.weights, [...path, 'tiers', i, 'weights']);
              const last = i === rule.tiers.length - 1;
              if ((tier.upTo === null) !== last) {
                ctx.addIssue({
                  code: 'custom',
                  path: [...path, 'tiers', i, 'upTo'],
                  message: last
                    ? 'the last tier must be open-ended (upTo: null)'
                    : 'only the last tier may be open-ended (upTo: null)',
                });
              }
              const prev = rule.tiers[i - 1]?.upTo;
              if (
                tier.upTo !== null &&
                prev != null &&
                !tier.upTo.amount.greaterThan(prev.amount)
              ) {
                ctx.addIssue({
                  code: 'custom',
                  path: [...path, 'tiers', i, 'upTo'],
                  message: 'tier bounds must increase',
                });
              }
            });
            break;
          case 'retain-then-share':
            checkParty(rule.retain.party, [...path, 'retain', 'party']);
            checkRule(rule.then, [...path, 'then']);
            break;
        }
      };
      checkRule(agreement.rule, ['rule']);
      for (const id of Object.keys(agreement.caps ?? {})) checkParty(id, ['caps', id]);
      for (const [id, floor] of Object.entries(agreement.floors ?? {})) {
        checkParty(id, ['floors', id]);
        const cap = agreement.caps?.[id];
        if (
          cap !== undefined &&
          floor.currency === cap.currency &&
          floor.amount.greaterThan(cap.amount)
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['floors', id],
            message: `floor ${floor.amount.toFixed()} is above the cap ${cap.amount.toFixed()}`,
          });
        }
      }
    }),
);

/** See `SharingAgreement` (parsed: decimals as Decimal, money as Money). */
export type SharingAgreement = z.output<typeof SharingAgreement>;
/** The input form of `SharingAgreement`. */
export type SharingAgreementInput = z.input<typeof SharingAgreement>;
