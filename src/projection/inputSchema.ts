import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { positiveDecimalSchema } from '../core/schemas.js';
import { CURRENCY_CODES } from '../money/currency.js';
import { parsePeriod } from '../time/index.js';
import { monthLabelSchema, yearlyChangeSchema } from './_lib/fieldSchemas.js';
import { headcountSchema } from './headcountSchema.js';
import { plantSchema } from './plantSchema.js';
import { segmentSchema } from './segmentSchema.js';

// A plan's parts each have a file; their schemas are exported from here as before.
export { idSchema, monthLabelSchema } from './_lib/fieldSchemas.js';
export { headcountSchema, teamSchema } from './headcountSchema.js';
export {
  expansionOnlineSchema,
  expansionSchema,
  plantSchema,
  utilisationRampSchema,
} from './plantSchema.js';
export {
  costComponentSchema,
  periodAnchorsSchema,
  segmentSchema,
  volumeSchema,
} from './segmentSchema.js';

function isPeriodLabel(label: string): boolean {
  try {
    parsePeriod(label);
    return true;
  } catch {
    return false;
  }
}

/** One step of an FX path: from a month on, INR per unit of the currency. */
const fxStepSchema = lazySchema(() =>
  z.object({ from: monthLabelSchema.optional(), rate: positiveDecimalSchema }).strict(),
);

/**
 * INR per unit of a currency over the horizon: a flat rate (`"74.5"`), a rate with a yearly
 * change at each fiscal year start (`{ rate, yearlyChange }`, 0.03 = the rupee 3% weaker a year),
 * or steps (`[{ rate }, { from: '2023-04', rate }]`).
 *
 * @example
 * ```ts
 * fxPathSchema.parse({ rate: '76', yearlyChange: '0.02' }) // the rupee 2% weaker each fiscal year
 * ```
 */
export const fxPathSchema = lazySchema(() =>
  z.union([
    positiveDecimalSchema,
    z
      .object({ rate: positiveDecimalSchema, yearlyChange: yearlyChangeSchema.prefault('0') })
      .strict(),
    z.array(fxStepSchema).min(1),
  ]),
);

/** The horizon: a fiscal year (`FY2022-23`) or a month (`2022-04`) to start, and its length. */
export const horizonSchema = lazySchema(() =>
  z
    .object({
      start: z.string().refine((s) => isPeriodLabel(s), {
        message:
          'expected a fiscal year ("FY2022-23"), a quarter ("FY2022-23 Q2") or a month ("2022-04")',
      }),
      years: z.number().int().min(1).max(30).optional(),
      months: z.number().int().min(1).max(360).optional(),
    })
    .strict()
    .refine((h) => (h.years === undefined) !== (h.months === undefined), {
      message: 'give exactly one of years or months',
    }),
);

/**
 * The schema of {@link CapacityAllocation}: `'priority'` or `'pro-rata'`.
 *
 * @example
 * ```ts
 * capacityAllocationSchema.parse('pro-rata') //=> 'pro-rata'
 * ```
 */
export const capacityAllocationSchema = lazySchema(() => z.enum(['priority', 'pro-rata']));
/** How demand above a plant's capacity is cut: by segment priority, or pro rata to demand. */
export type CapacityAllocation = z.infer<typeof capacityAllocationSchema>;

/**
 * The projection input's fields, each parsed on its own, without the references between them
 * that {@link projectionInputSchema} checks ({@link checkProjectionReferences}). A scenario
 * variant that overrides some of them parses those alone and takes the others from its parsed
 * base (src/model/variantOnBase.ts).
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(projectionFieldsSchema.shape) //=> ['horizon', 'capacityAllocation', 'fx', 'plants', 'segments', 'headcount']
 * ```
 */
export const projectionFieldsSchema = lazySchema(() =>
  z
    .object({
      horizon: horizonSchema,
      capacityAllocation: capacityAllocationSchema.default('priority'),
      fx: z.partialRecord(z.enum(CURRENCY_CODES), fxPathSchema).default({}),
      plants: z.array(plantSchema).min(1),
      segments: z.array(segmentSchema).min(1),
      headcount: headcountSchema.optional(),
    })
    .strict(),
);

/** A projection input with its fields parsed, its references not yet checked. @internal */
export type ProjectionFields = z.output<typeof projectionFieldsSchema>;

/**
 * Everything a revenue, capacity and headcount projection needs, as JSON-friendly data: money
 * as `{ amount, currency }` or text (`"₹9,500"`), months as labels, growth as series curves.
 * Cross references (segment → plant, currencies → FX) are checked here; investment-tranche
 * references are checked by `compileProjection`, which is given the tranche dates.
 *
 * @example
 * ```ts
 * const plan = {
 *   horizon: { start: 'FY2022-23', years: 5 },
 *   plants: [{ id: 'noida-1', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida-1', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: { amount: '12000', currency: 'INR' } } }],
 * };
 * projectionInputSchema.parse(plan).capacityAllocation //=> 'priority'
 * projectionInputSchema.parse({ ...plan, segments: [{ ...plan.segments[0], plant: 'noida-9' }] })
 * // throws ZodError: segments[0].plant: unknown plant "noida-9" (plants: noida-1)
 * ```
 */
export const projectionInputSchema = lazySchema(() =>
  projectionFieldsSchema.superRefine((input, ctx) =>
    checkProjectionReferences(input, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    ),
  ),
);

/**
 * The references within a projection input whose fields parsed: ids unique (plants, segments,
 * each plant's expansions, teams), each segment's plant known and its end not before its launch,
 * an FX rate for every currency a price or cost is in, and a team's end not before its start —
 * each problem reported through `issue`, at its field's path.
 *
 * @internal
 * @param input - the parsed fields
 * @param issue - receives each problem
 *
 * @example
 * ```ts
 * const found: string[] = [];
 * const fields = projectionFieldsSchema.parse({
 *   horizon: { start: 'FY2022-23', years: 5 },
 *   plants: [{ id: 'noida-1', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida-9', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: { amount: '12000', currency: 'INR' } } }],
 * });
 * checkProjectionReferences(fields, (path, message) => found.push(`${path.join('.')}: ${message}`));
 * found //=> ['segments.0.plant: unknown plant "noida-9" (plants: noida-1)']
 * ```
 */
export function checkProjectionReferences(
  input: ProjectionFields,
  issue: (path: PropertyKey[], message: string) => void,
): void {
  const duplicates = (ids: readonly string[], at: (i: number) => PropertyKey[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issue(at(i), `duplicate ${what} id "${id}"`);
      seen.add(id);
    });
  };
  duplicates(
    input.plants.map((p) => p.id),
    (i) => ['plants', i, 'id'],
    'plant',
  );
  duplicates(
    input.segments.map((s) => s.id),
    (i) => ['segments', i, 'id'],
    'segment',
  );
  input.plants.forEach((p, i) => {
    duplicates(
      p.expansions.map((e) => e.id),
      (j) => ['plants', i, 'expansions', j, 'id'],
      'expansion',
    );
  });
  if (input.headcount) {
    duplicates(
      input.headcount.teams.map((t) => t.id),
      (i) => ['headcount', 'teams', i, 'id'],
      'team',
    );
  }
  const plantIds = input.plants.map((p) => p.id);
  const hasRate = (currency: string) => currency === 'INR' || currency in input.fx;
  const needRate = (path: PropertyKey[], currency: string) => {
    if (!hasRate(currency))
      issue(path, `no FX rate for ${currency}: add fx.${currency} (INR per ${currency})`);
  };
  input.segments.forEach((s, i) => {
    if (!plantIds.includes(s.plant)) {
      issue(
        ['segments', i, 'plant'],
        `unknown plant "${s.plant}" (plants: ${plantIds.join(', ')})`,
      );
    }
    if (s.end !== undefined && s.launch !== undefined && s.end.slice(0, 7) < s.launch.slice(0, 7)) {
      issue(['segments', i, 'end'], `ends before it launches (${s.launch})`);
    }
    needRate(['segments', i, 'price', 'perUnit', 'currency'], s.price.perUnit.currency);
    if (s.exports !== undefined) {
      needRate(
        ['segments', i, 'exports', 'price', 'perUnit', 'currency'],
        s.exports.price.perUnit.currency,
      );
    }
    for (const [name, c] of Object.entries(s.costs)) {
      needRate(['segments', i, 'costs', name, 'perUnit', 'currency'], c.perUnit.currency);
    }
    if (input.headcount && s.unitsPerWorkerPerMonth === undefined) {
      issue(['segments', i, 'unitsPerWorkerPerMonth'], 'required when headcount is projected');
    }
  });
  if (input.headcount) {
    const hc = input.headcount;
    needRate(['headcount', 'payroll', 'direct', 'currency'], hc.payroll.direct.currency);
    needRate(['headcount', 'payroll', 'indirect', 'currency'], hc.payroll.indirect.currency);
    hc.teams.forEach((t, i) => {
      if (t.costPerHead)
        needRate(['headcount', 'teams', i, 'costPerHead', 'currency'], t.costPerHead.currency);
      if (t.until !== undefined && t.until.slice(0, 7) < t.from.slice(0, 7)) {
        issue(['headcount', 'teams', i, 'until'], `ends before it starts (${t.from})`);
      }
    });
  }
}

/** The projection input in its JSON form (what a file holds). */
export type ProjectionInputJson = z.input<typeof projectionInputSchema>;
/** A validated projection input. */
export type ProjectionInput = z.output<typeof projectionInputSchema>;
