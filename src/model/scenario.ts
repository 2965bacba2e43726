import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import {
  idSchema,
  type ProjectionInput,
  type ProjectionInputJson,
} from '../projection/inputSchema.js';
import { scheduleDepreciationSchema } from '../schedule/depreciationPolicy.js';
import { checkScenario } from './checkScenario.js';
import { customsDutySchema } from './customsDuty.js';
import { segmentInvoiceBandsSchema } from './invoiceBands.js';
import { scenarioActualSchema } from './scenarioActuals.js';
import { baselineSchema, scenarioFinanceSchema } from './scenarioFinance.js';
import { scenarioMetaSchema } from './scenarioMeta.js';
import { scenarioOpeningSchema } from './scenarioOpening.js';
import { scenarioOwnershipSchema } from './scenarioOwnership.js';
import { pliSectionSchema } from './scenarioPli.js';
import {
  operatingCostsSchema,
  scenarioInvestmentSchema,
  scenarioTargetSchema,
} from './scenarioSections.js';
import { stateIncentiveSchema } from './scenarioStateIncentives.js';
import { uncertaintySchema } from './scenarioUncertainty.js';

/** The projection layer's fields of a scenario (parsed together by its schema). @internal */
export const PROJECTION_KEYS = [
  'horizon',
  'capacityAllocation',
  'fx',
  'plants',
  'segments',
  'headcount',
] as const;

/** Everything in a scenario besides the projection's own fields. @internal */
export const scenarioRestSchema = lazySchema(() =>
  z
    .object({
      meta: scenarioMetaSchema,
      investments: z.array(scenarioInvestmentSchema).min(1),
      depreciation: scheduleDepreciationSchema.omit({ through: true, granularity: true }),
      operatingCosts: operatingCostsSchema,
      pli: pliSectionSchema.optional(),
      finance: scenarioFinanceSchema,
      /** What happens without the plan: the plan is valued as the increment over it. */
      baseline: baselineSchema.optional(),
      /** Where the plan starts from: investment, net block, headcount and sales before the horizon. */
      opening: scenarioOpeningSchema.optional(),
      targets: z.array(scenarioTargetSchema).default([]),
      /** Distributions of a segment's invoice values (bands with shares of units), by segment. */
      invoiceBands: z.array(segmentInvoiceBandsSchema).default([]),
      /** Customs duty on imported parts: rates on named cost components. */
      customsDuty: z.array(customsDutySchema).default([]),
      /** What happened, by fiscal year: replaces the projection in the plan-against-outturn view. */
      actuals: z.array(scenarioActualSchema).default([]),
      variants: z.array(z.lazy(() => scenarioVariantSchema)).default([]),
      /** What is uncertain in the plan, with a rationale each: what `simulateScenario` draws. */
      uncertainty: uncertaintySchema.optional(),
      /** Who owns the company, with stakes that change from dates: each owner's share of the result. */
      ownership: scenarioOwnershipSchema.optional(),
      stateIncentives: z.array(stateIncentiveSchema).default([]),
    })
    .strict(),
);

/**
 * A variant of the plan: a deep-partial override of the scenario file (merged by the projection
 * layer's `mergeOverrides`: objects key by key, arrays by position, `null` removes), validated as
 * strictly as the base. `runScenario` runs each variant and the report compares them.
 *
 * @example
 * ```json
 * { "id": "pli-two-years-late", "name": "PLI paid two years late",
 *   "overrides": { "pli": { "disbursementLagYears": 2 } } }
 * ```
 */
export const scenarioVariantSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().min(1),
      description: z.string().optional(),
      overrides: z.record(z.string(), z.unknown()),
    })
    .strict(),
);

export type RestOutput = z.output<typeof scenarioRestSchema>;
type Rest = Omit<RestOutput, 'variants'>;

/** A scenario file as written (JSON-friendly): the projection's fields plus the model's own. */
export type ScenarioInput = ProjectionInputJson & z.input<typeof scenarioRestSchema>;

/** One validated variant: its id, name and the whole scenario it makes. */
export interface ScenarioVariant {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  /** The base merged with the variant's overrides, validated (its own `variants` are empty). */
  readonly scenario: Scenario;
}

/** A validated scenario. */
export type Scenario = ProjectionInput &
  Rest & {
    /** The plan's variants, each a whole validated scenario. */
    readonly variants: readonly ScenarioVariant[];
  };

/**
 * The scenario schema: a whole plan as one JSON object. Its projection fields (`horizon`,
 * `capacityAllocation`, `fx`, `plants`, `segments`, `headcount`) are validated by the projection
 * layer's own `projectionInputSchema` (with its cross-references: segment → plant, currencies →
 * FX); the rest — `meta`, `investments` (schedule commitments with ids), `depreciation` (the
 * schedule's policy), `operatingCosts`, `pli` (enrolments in PLI schemes and a sharing
 * agreement), `finance` and `targets` — by the schemas here. Then the cross-checks of the whole:
 * the horizon is 3–10 whole fiscal years from a fiscal-year start; the `opening` position
 * lies before it; PLI enrolments name existing segments and investments (the plan's or the
 * opening's); targets fall inside the horizon; the registry's facts cite known sources and
 * every `appliesTo` path exists. Every problem comes back with its field path
 * (`segments[2].price.perUnit: …`).
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * Scenario.safeParse(seedJson).success //=> true
 * Scenario.safeParse({ ...seedJson, horizon: null }).success //=> false
 * ```
 */
export const Scenario = lazySchema(() =>
  z.unknown().transform((input, ctx): Scenario => {
    const checked = checkScenario(input);
    for (const issue of checked.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input });
    }
    return checked.scenario ?? z.NEVER;
  }),
);

export { parseFieldPath } from './_lib/fieldPath.js';
