import { z } from 'zod';
import { decimalSchema, nonNegativeDecimalSchema } from '../core/schemas.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { mergeOverrides } from '../projection/applyOverrides.js';
import {
  idSchema,
  type ProjectionInput,
  type ProjectionInputJson,
  projectionInputSchema,
} from '../projection/inputSchema.js';
import { commitmentSchema, scheduleDepreciationSchema } from '../schedule/schemas.js';
import { fiscalYearSchema, fiscalYearStart } from './_lib/fiscalYears.js';
import { scenarioActualSchema } from './actuals.js';
import { scenarioMetaSchema } from './scenarioMeta.js';
import { checkPliSection, pliSectionSchema } from './scenarioPli.js';

const inrSchema = moneySchemaFor('INR');

/** A fraction from 0 to 1 inclusive (`"0.2517"` for 25.17%). */
const shareSchema = decimalSchema.refine((d) => !d.isNegative() && d.lessThanOrEqualTo(1), {
  message: 'must be a fraction between 0 and 1 (write 25.17% as "0.2517")',
});

/** A yearly rate above −100%. */
const yearlyRateSchema = decimalSchema.refine((d) => d.greaterThan(-1), {
  message: 'must be above -1 (−100%)',
});

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
export const scenarioInvestmentSchema = commitmentSchema.extend({ id: idSchema });

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
export const operatingCostsSchema = z
  .object({
    /** Variable costs (power, freight, plant overheads, selling) as a share of revenue. */
    shareOfRevenue: shareSchema,
    /** Fixed costs in the first fiscal year. */
    fixedPerYear: inrSchema,
    /** Yearly change of the fixed costs (default 0). */
    fixedYearlyChange: yearlyRateSchema.prefault('0'),
  })
  .strict();

/**
 * The terminal value added to the last year's flow for NPV and IRR: `none`, `net-assets` (net
 * block + working capital at the end) or `perpetuity-growth` (Gordon growth).
 *
 * @example
 * ```ts
 * terminalValueSchema.parse({ method: 'perpetuity-growth', growth: '0.04' }).method //=> 'perpetuity-growth'
 * ```
 */
export const terminalValueSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('none') }).strict(),
  /** Net block plus net working capital at the end of the horizon (a project's recovery value). */
  z.object({ method: z.literal('net-assets') }).strict(),
  /** Gordon growth on the last year's free cash flow before PLI: FCF × (1 + g) / (r − g). */
  z.object({ method: z.literal('perpetuity-growth'), growth: yearlyRateSchema }).strict(),
]);

/**
 * Tax, working capital, discount rate and terminal value.
 *
 * @example
 * ```ts
 * scenarioFinanceSchema.parse({ taxRate: '0.2517', discountRate: '0.12',
 *   workingCapital: { receivableDays: 45, inventoryDays: 45, payableDays: 60 } }).terminalValue
 * //=> { method: 'none' }
 * ```
 */
export const scenarioFinanceSchema = z
  .object({
    /** Tax on profit before tax (25.17% under s. 115BAA, 17.16% under s. 115BAB). */
    taxRate: shareSchema,
    workingCapital: z
      .object({
        receivableDays: nonNegativeDecimalSchema,
        inventoryDays: nonNegativeDecimalSchema,
        payableDays: nonNegativeDecimalSchema,
        /** Net working capital at the start of the first fiscal year (default ₹0). */
        opening: inrSchema.prefault('₹0'),
      })
      .strict(),
    /** The yearly discount rate for NPV (`"0.12"`). */
    discountRate: yearlyRateSchema,
    terminalValue: terminalValueSchema.default({ method: 'none' }),
  })
  .strict();

/**
 * A stated target of the plan, checked against the result in the year named.
 *
 * @example
 * ```ts
 * scenarioTargetSchema.parse({ metric: 'revenue', value: '₹38,000 crore', by: 'FY26' }).by //=> 'FY2025-26'
 * ```
 */
export const scenarioTargetSchema = z.discriminatedUnion('metric', [
  z.object({ metric: z.literal('revenue'), value: inrSchema, by: fiscalYearSchema }).strict(),
  z
    .object({
      metric: z.literal('headcount'),
      value: nonNegativeDecimalSchema,
      by: fiscalYearSchema,
    })
    .strict(),
  z
    .object({ metric: z.literal('cumulative-investment'), value: inrSchema, by: fiscalYearSchema })
    .strict(),
]);

const PROJECTION_KEYS = [
  'horizon',
  'capacityAllocation',
  'fx',
  'plants',
  'segments',
  'headcount',
] as const;

/** Everything in a scenario besides the projection's own fields. */
const scenarioRestSchema = z
  .object({
    meta: scenarioMetaSchema,
    investments: z.array(scenarioInvestmentSchema).min(1),
    depreciation: scheduleDepreciationSchema.omit({ through: true, granularity: true }),
    operatingCosts: operatingCostsSchema,
    pli: pliSectionSchema.optional(),
    finance: scenarioFinanceSchema,
    targets: z.array(scenarioTargetSchema).default([]),
    /** What happened, by fiscal year: replaces the projection in the plan-against-outturn view. */
    actuals: z.array(scenarioActualSchema).default([]),
    variants: z.array(z.lazy(() => scenarioVariantSchema)).default([]),
  })
  .strict();

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
export const scenarioVariantSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    description: z.string().optional(),
    overrides: z.record(z.string(), z.unknown()),
  })
  .strict();

type RestOutput = z.output<typeof scenarioRestSchema>;
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
 * The scenario schema: a whole plan as one JSON object. Its projection fields (`horizon`,
 * `capacityAllocation`, `fx`, `plants`, `segments`, `headcount`) are validated by the projection
 * layer's own `projectionInputSchema` (with its cross-references: segment → plant, currencies →
 * FX); the rest — `meta`, `investments` (schedule commitments with ids), `depreciation` (the
 * schedule's policy), `operatingCosts`, `pli` (enrolments in PLI schemes and a sharing
 * agreement), `finance` and `targets` — by the schemas here. Then the cross-checks of the whole:
 * the horizon is 3–5 fiscal years from a fiscal-year start; PLI enrolments name existing segments
 * and investments; targets fall inside the horizon; the registry's facts cite known sources and
 * every `appliesTo` path exists. Every problem comes back with its field path
 * (`segments[2].price.perUnit: …`).
 *
 * @example
 * ```ts
 * Scenario.safeParse(json).success //=> true for seeds/optiemus-wistron-2021.json
 * ```
 */
export const Scenario = z.unknown().transform((input, ctx): Scenario => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    ctx.addIssue({ code: 'custom', message: 'a scenario must be a JSON object', input });
    return z.NEVER;
  }
  const raw = input as Record<string, unknown>;
  const base = parseWhole(raw, raw);
  const issues = [...base.issues];
  const variants: ScenarioVariant[] = [];
  if (base.scenario !== undefined) {
    const { variants: _written, ...rawBase } = raw;
    base.variantInputs.forEach((v, i) => {
      // The merged file is validated like a base; the registry's paths are checked against the
      // file as written (where they may point into the variant's overrides).
      const merged = parseWhole(
        mergeOverrides(rawBase, v.overrides) as Record<string, unknown>,
        raw,
      );
      for (const issue of merged.issues) {
        issues.push({
          path: ['variants', i, 'overrides', ...issue.path],
          message: issue.message,
        });
      }
      if (merged.scenario !== undefined) {
        variants.push({
          id: v.id,
          name: v.name,
          description: v.description ?? null,
          scenario: merged.scenario,
        });
      }
    });
    const seen = new Set<string>();
    base.variantInputs.forEach((v, i) => {
      if (seen.has(v.id))
        issues.push({ path: ['variants', i, 'id'], message: `duplicate variant id "${v.id}"` });
      seen.add(v.id);
    });
  }
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input });
  }
  if (issues.length > 0 || base.scenario === undefined) return z.NEVER;
  return { ...base.scenario, variants };
});

/** Parses a scenario's fields and cross-checks them; variants are returned unparsed. */
function parseWhole(
  raw: Record<string, unknown>,
  registryRoot: Record<string, unknown>,
): {
  scenario: Scenario | undefined;
  issues: Issue[];
  variantInputs: RestOutput['variants'];
} {
  const issues: Issue[] = [];
  const projection = projectionInputSchema.safeParse(pick(raw, PROJECTION_KEYS, true));
  if (!projection.success) issues.push(...issuesOf(projection.error));
  const rest = scenarioRestSchema.safeParse(pick(raw, PROJECTION_KEYS, false));
  if (!rest.success) issues.push(...issuesOf(rest.error));
  // The whole-plan checks run whenever the model's own fields parsed, so a file with a bad
  // segment price still hears about a PLI enrolment naming an unknown segment.
  if (rest.success) {
    issues.push(
      ...crossCheck(projection.success ? projection.data : undefined, rest.data, registryRoot),
    );
  }
  if (issues.length > 0 || !projection.success || !rest.success) {
    return { scenario: undefined, issues, variantInputs: [] };
  }
  const { variants: variantInputs, ...restData } = rest.data;
  return { scenario: { ...projection.data, ...restData, variants: [] }, issues, variantInputs };
}

function crossCheck(
  projection: ProjectionInput | undefined,
  rest: RestOutput,
  raw: Record<string, unknown>,
): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const horizon = projection?.horizon;
  const first = horizon === undefined ? undefined : fiscalYearStart(horizon.start);
  if (horizon !== undefined && first === undefined) {
    issue(
      ['horizon', 'start'],
      `must be a fiscal year such as "FY2021-22", got "${horizon.start}"`,
    );
  }
  if (
    horizon !== undefined &&
    (horizon.years === undefined || horizon.years < 3 || horizon.years > 5)
  ) {
    issue(['horizon', 'years'], 'a plan runs 3 to 5 fiscal years: give years from 3 to 5');
  }
  const inHorizon = (label: string) => {
    const start = fiscalYearStart(label);
    return (
      first === undefined ||
      (start !== undefined && start >= first && start < first + (horizon?.years ?? 0))
    );
  };
  const ids = (list: readonly { id: string }[], at: readonly PropertyKey[], what: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) issue([...at, i, 'id'], `duplicate ${what} id "${x.id}"`);
      seen.add(x.id);
    });
    return seen;
  };
  // Segment ids from the parsed projection, or straight from the file when it did not parse.
  const segmentIds = new Set(
    projection?.segments.map((s) => s.id) ??
      (Array.isArray(raw.segments) ? raw.segments : []).flatMap((s: unknown) =>
        typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string'
          ? [(s as { id: string }).id]
          : [],
      ),
  );
  const investmentIds = ids(rest.investments, ['investments'], 'investment');
  rest.targets.forEach((t, i) => {
    if (!inHorizon(t.by)) issue(['targets', i, 'by'], `${t.by} is outside the horizon`);
    if (
      t.metric === 'headcount' &&
      projection !== undefined &&
      projection.headcount === undefined
    ) {
      issue(['targets', i, 'metric'], 'a headcount target needs headcount drivers');
    }
  });
  const terminal = rest.finance.terminalValue;
  if (
    terminal.method === 'perpetuity-growth' &&
    terminal.growth.greaterThanOrEqualTo(rest.finance.discountRate)
  ) {
    issue(
      ['finance', 'terminalValue', 'growth'],
      `must be below the discount rate ${rest.finance.discountRate.toFixed()} for a finite perpetuity`,
    );
  }
  if (rest.pli !== undefined) {
    issues.push(...checkPliSection(rest.pli, { segmentIds, investmentIds }));
  }
  // The provenance registry: facts cite known sources; every appliesTo path exists in the file.
  const meta = rest.meta;
  const sourceIds = ids(meta.sources, ['meta', 'sources'], 'source');
  const enrolmentIds = new Set(rest.pli?.enrolments.map((e) => e.id) ?? []);
  const actualYears = new Set<string>();
  rest.actuals.forEach((a, i) => {
    const at = ['actuals', i];
    if (!inHorizon(a.year)) issue([...at, 'year'], `${a.year} is outside the horizon`);
    if (actualYears.has(a.year)) issue([...at, 'year'], `${a.year} is given twice`);
    actualYears.add(a.year);
    a.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) {
        issue(
          [...at, 'sources', j],
          `unknown source "${s}" (sources: ${[...sourceIds].join(', ')})`,
        );
      }
    });
    a.pli.forEach((p, j) => {
      if (!enrolmentIds.has(p.enrolment)) {
        issue(
          [...at, 'pli', j, 'enrolment'],
          `unknown enrolment "${p.enrolment}" (enrolments: ${[...enrolmentIds].join(', ') || 'none'})`,
        );
      }
      if (p.thresholdsMet === false && p.earned !== undefined && !p.earned.amount.isZero()) {
        issue([...at, 'pli', j, 'earned'], 'a year whose thresholds were not met earns nothing');
      }
    });
  });
  const registryIds = new Set<string>();
  const register = (id: string, path: PropertyKey[]) => {
    if (registryIds.has(id)) issue(path, `duplicate fact or assumption id "${id}"`);
    registryIds.add(id);
  };
  meta.facts.forEach((f, i) => {
    register(f.id, ['meta', 'facts', i, 'id']);
    if (!sourceIds.has(f.source)) {
      issue(
        ['meta', 'facts', i, 'source'],
        `unknown source "${f.source}" (sources: ${[...sourceIds].join(', ') || 'none'})`,
      );
    }
    f.appliesTo.forEach((p, j) => {
      if (!pathExists(raw, p))
        issue(['meta', 'facts', i, 'appliesTo', j], `no field "${p}" in the scenario`);
    });
  });
  meta.assumptions.forEach((a, i) => {
    register(a.id, ['meta', 'assumptions', i, 'id']);
    a.appliesTo.forEach((p, j) => {
      if (!pathExists(raw, p)) {
        issue(['meta', 'assumptions', i, 'appliesTo', j], `no field "${p}" in the scenario`);
      }
    });
  });
  return issues;
}

/**
 * Splits a field path as crorecast prints it into its keys (the inverse of `formatPath`), or
 * returns undefined for text that is not one.
 *
 * @param path - a path such as `segments[2].price.perUnit`
 * @returns the keys, indexes as numbers
 *
 * @example
 * ```ts
 * parseFieldPath('segments[2].price.perUnit') //=> ['segments', 2, 'price', 'perUnit']
 * parseFieldPath('a..b') //=> undefined
 * ```
 */
export function parseFieldPath(path: string): (string | number)[] | undefined {
  const keys: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let consumed = '';
  for (const m of path.matchAll(re)) {
    if (m[2] !== undefined) {
      keys.push(Number(m[2]));
      consumed += `[${m[2]}]`;
    } else if (m[1] !== undefined) {
      consumed += consumed === '' ? m[1] : `.${m[1]}`;
      keys.push(m[1]);
    }
  }
  return consumed === path && keys.length > 0 ? keys : undefined;
}

function pathExists(root: unknown, path: string): boolean {
  const keys = parseFieldPath(path);
  if (keys === undefined) return false;
  let node: unknown = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
