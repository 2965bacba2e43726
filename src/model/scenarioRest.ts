// The schemas of a scenario's own sections (all but the projection's) and of its variants, apart
// from the `Scenario` schema (scenario.ts), which runs checkScenario: the checks read these
// without importing the module that imports them (no import cycle: test/build/layers.test.ts).
import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { idSchema, type ProjectionInputJson } from '../projection/inputSchema.js';
import { scheduleDepreciationSchema } from '../schedule/depreciationPolicy.js';
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

/** A scenario file as written (JSON-friendly): the projection's fields plus the model's own. */
export type ScenarioInput = ProjectionInputJson & z.input<typeof scenarioRestSchema>;
