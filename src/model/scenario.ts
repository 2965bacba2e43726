import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import type { ProjectionInput } from '../projection/inputSchema.js';
import { checkScenario } from './checkScenario.js';
import type { RestOutput } from './scenarioRest.js';

export {
  PROJECTION_KEYS,
  type RestOutput,
  type ScenarioInput,
  scenarioRestSchema,
  scenarioVariantSchema,
} from './scenarioRest.js';

type Rest = Omit<RestOutput, 'variants'>;

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
