import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { nonNegativeDecimalSchema } from '../core/schemas.js';
import { checkStructure } from '../core/structure.js';
import { checkInput, formatPath } from '../core/validate.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { mergeOverrides } from '../projection/applyOverrides.js';
import {
  idSchema,
  type ProjectionInput,
  type ProjectionInputJson,
  projectionInputSchema,
} from '../projection/inputSchema.js';
import { commitmentSchema, scheduleDepreciationSchema } from '../schedule/schemas.js';
import { fiscalYearSchema } from './_lib/fiscalYears.js';
import { type SharedRuns, sharedRuns } from './_lib/sharedRuns.js';
import { scenarioActualSchema } from './actuals.js';
import { capacityTimingIssues } from './capacityTiming.js';
import { customsDutySchema } from './customsDuty.js';
import { checkedInvestments } from './investments.js';
import { segmentInvoiceBandsSchema } from './invoiceBands.js';
import { outputTargetSchemas } from './outputTargets.js';
import { append, crossCheck } from './scenarioCrossCheck.js';
import {
  baselineSchema,
  scenarioFinanceSchema,
  shareSchema,
  taxBlockSchema,
  yearlyRateSchema,
} from './scenarioFinance.js';
import { scenarioMetaSchema } from './scenarioMeta.js';
import { scenarioOpeningSchema } from './scenarioOpening.js';
import { scenarioOwnershipSchema } from './scenarioOwnership.js';
import { pliSectionSchema } from './scenarioPli.js';
import { stateIncentiveSchema } from './scenarioStateIncentives.js';
import { uncertaintySchema } from './scenarioUncertainty.js';
import { variantOnBase } from './variantOnBase.js';

const inrSchema = lazySchema(() => moneySchemaFor('INR'));
/** Rupees that cannot be negative: costs, targets. (Opening working capital may be.) */
const nonNegativeInrSchema = lazySchema(() =>
  inrSchema.refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);

/**
 * An investment commitment (the schedule layer's `commitmentSchema`) with an id that PLI
 * enrolments refer to.
 *
 * @example
 * ```ts
 * scenarioInvestmentSchema.parse({ id: 'mobile-lines', total: '₹500 crore', start: 'FY2021-22',
 *   periods: 3, profile: 'front-loaded' }).total?.amount.toFixed() //=> '5000000000'
 * ```
 */
export const scenarioInvestmentSchema = lazySchema(() =>
  commitmentSchema.extend({
    id: idSchema,
    /** The Income-tax block(s) the spend falls in (default plant and machinery). */
    taxBlock: taxBlockSchema.default('plant-and-machinery'),
  }),
);

/**
 * Operating costs other than cost of goods and payroll: a share of revenue plus a fixed amount
 * that changes each year.
 *
 * @example
 * ```ts
 * operatingCostsSchema.parse({ shareOfRevenue: '0.01', fixedPerYear: '₹25 crore' }).fixedYearlyChange.toFixed()
 * //=> '0'
 * ```
 */
export const operatingCostsSchema = lazySchema(() =>
  z
    .object({
      /** Variable costs (power, freight, plant overheads, selling) as a share of revenue. */
      shareOfRevenue: shareSchema,
      /** Fixed costs in the first fiscal year. */
      fixedPerYear: nonNegativeInrSchema,
      /** Yearly change of the fixed costs (default 0). */
      fixedYearlyChange: yearlyRateSchema.prefault('0'),
    })
    .strict(),
);

/**
 * A stated target of the plan, checked against the result in the year named. A revenue target
 * is read in the year named (`basis: 'annual'`) or summed over the plan up to it
 * (`'cumulative'`); the check answers the other reading too.
 *
 * @example
 * ```ts
 * scenarioTargetSchema.parse({ metric: 'revenue', value: '₹38,000 crore', by: 'FY26' }).by //=> 'FY2025-26'
 * ```
 */
export const scenarioTargetSchema = lazySchema(() =>
  z.discriminatedUnion('metric', [
    z
      .object({
        metric: z.literal('revenue'),
        value: nonNegativeInrSchema,
        by: fiscalYearSchema,
        /** In the year `by` (`annual`, default) or summed from the horizon start (`cumulative`). */
        basis: z.enum(['annual', 'cumulative']).default('annual'),
      })
      .strict(),
    z
      .object({
        metric: z.literal('headcount'),
        value: nonNegativeDecimalSchema,
        by: fiscalYearSchema,
      })
      .strict(),
    z
      .object({
        metric: z.literal('cumulative-investment'),
        value: nonNegativeInrSchema,
        by: fiscalYearSchema,
      })
      .strict(),
    ...outputTargetSchemas,
  ]),
);

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

type Issue = { path: PropertyKey[]; message: string };

function pick(input: Record<string, unknown>, keys: readonly string[], keep: boolean) {
  return Object.fromEntries(Object.entries(input).filter(([k]) => keys.includes(k) === keep));
}

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: [...i.path], message: i.message }));
}

/**
 * An issue of a merged variant, placed in the file as written: at its own path under the
 * variant's `overrides` when the overrides hold it, else at the deepest part of that path they
 * do hold, with the merged field named in the message (the rest of it lives in the base).
 */
function variantIssue(overrides: unknown, at: PropertyKey[], issue: Issue): Issue {
  let node = overrides;
  let depth = 0;
  for (const key of issue.path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    depth++;
  }
  if (depth === issue.path.length) return { path: [...at, ...issue.path], message: issue.message };
  return {
    path: [...at, ...issue.path.slice(0, depth)],
    message: `${formatPath(issue.path)} of the merged variant: ${issue.message}`,
  };
}

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

/**
 * The whole of {@link Scenario}'s check without zod's issue bookkeeping (`parseScenario` uses it
 * directly: a hostile file's many issues cost a list, not a zod context each).
 *
 * @internal
 */
export function checkScenario(input: unknown): {
  scenario?: Scenario;
  issues: { path: PropertyKey[]; message: string }[];
} {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { issues: [{ path: [], message: 'a scenario must be a JSON object' }] };
  }
  // Unsafe keys (`__proto__` …), runaway nesting and huge arrays are refused before anything
  // recurses into the file or merges a variant's overrides; the file is read no further.
  const unsafe = checkStructure(input);
  if (unsafe.length > 0) return { issues: unsafe };
  const raw = input as Record<string, unknown>;
  // The investment schedule is built once per distinct schedule: the base's, and a variant's
  // only when it overrides a section the schedule reads.
  const shared = sharedRuns();
  const base = parseWhole(raw, raw, shared);
  const issues = [...base.issues];
  const variants: ScenarioVariant[] = [];
  const parsedBase = base.scenario;
  if (parsedBase !== undefined) {
    const { variants: _written, ...rawBase } = raw;
    base.variantInputs.forEach((v, i) => {
      const at = ['variants', i, 'overrides'];
      // The merged file is validated like a base; the registry's paths are checked against the
      // file as written (where they may point into the variant's overrides).
      const file = mergeOverrides(rawBase, v.overrides) as Record<string, unknown>;
      // Parsed on the base where it can be (sharing its sections); whole when it has a problem.
      const onBase = variantOnBase(parsedBase, file, v.overrides, raw, shared);
      const merged =
        onBase === undefined ? parseWhole(file, raw, shared) : { scenario: onBase, issues: [] };
      for (const issue of merged.issues) issues.push(variantIssue(v.overrides, at, issue));
      if (merged.scenario !== undefined) {
        variants.push({
          id: v.id,
          name: v.name,
          description: v.description ?? null,
          scenario: merged.scenario,
        });
      }
    });
    const baseline = parsedBase.baseline;
    if (
      baseline !== undefined &&
      'variant' in baseline &&
      !base.variantInputs.some((v) => v.id === baseline.variant)
    ) {
      issues.push({
        path: ['baseline', 'variant'],
        message: `no variant "${baseline.variant}" (variants: ${base.variantInputs.map((v) => v.id).join(', ') || 'none'})`,
      });
    }
    const seen = new Set<string>();
    base.variantInputs.forEach((v, i) => {
      if (seen.has(v.id))
        issues.push({ path: ['variants', i, 'id'], message: `duplicate variant id "${v.id}"` });
      seen.add(v.id);
    });
  }
  if (issues.length > 0 || base.scenario === undefined) return { issues };
  return { scenario: { ...base.scenario, variants }, issues };
}

/** Parses a scenario's fields and cross-checks them; variants are returned unparsed. */
function parseWhole(
  raw: Record<string, unknown>,
  registryRoot: Record<string, unknown>,
  shared: SharedRuns,
): {
  scenario: Scenario | undefined;
  issues: Issue[];
  variantInputs: RestOutput['variants'];
} {
  const issues: Issue[] = [];
  const projection = checkInput(projectionInputSchema, pick(raw, PROJECTION_KEYS, true));
  // Appended one by one: a huge file can hold more issues than a spread has arguments.
  if (!projection.success) append(issues, issuesOf(projection.error));
  const rest = checkInput(scenarioRestSchema, pick(raw, PROJECTION_KEYS, false));
  if (!rest.success) append(issues, issuesOf(rest.error));
  // The whole-plan checks run whenever the model's own fields parsed, so a file with a bad
  // segment price still hears about a PLI enrolment naming an unknown segment.
  if (rest.success) {
    append(
      issues,
      crossCheck(projection.success ? projection.data : undefined, rest.data, registryRoot),
    );
  }
  if (issues.length > 0 || !projection.success || !rest.success) {
    return { scenario: undefined, issues, variantInputs: [] };
  }
  const { variants: variantInputs, ...restData } = rest.data;
  const scenario: Scenario = { ...projection.data, ...restData, variants: [] };
  // What the run would refuse in the investment schedule and its depreciation, found now with
  // the file's own paths (`investments[1].total`, `depreciation.usefulLife`).
  const schedule = checkedInvestments(scenario, shared);
  if (schedule.figures === undefined) {
    return { scenario: undefined, issues: schedule.issues, variantInputs: [] };
  }
  // And what it would refuse or drop in the plants' expansions (a tranche outside the horizon).
  const timing = capacityTimingIssues(scenario, schedule.figures.completion);
  if (timing.length > 0) return { scenario: undefined, issues: timing, variantInputs: [] };
  return { scenario, issues, variantInputs };
}

export { parseFieldPath } from './_lib/fieldPath.js';
