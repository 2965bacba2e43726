import type * as z from 'zod';
import { checkInput } from '../core/validate.js';
import {
  checkProjectionReferences,
  type ProjectionFields,
  projectionFieldsSchema,
} from '../projection/inputSchema.js';
import { type SharedRuns, sharedRuns } from './_lib/sharedRuns.js';
import { capacityTimingIssues } from './capacityTiming.js';
import { checkedInvestments } from './investments.js';
import type { Scenario } from './scenario.js';
import { crossCheck } from './scenarioCrossCheck.js';
import { PROJECTION_KEYS, type RestOutput, scenarioRestSchema } from './scenarioRest.js';

/** The sections the investment schedule (and its depreciation) is built from. */
const SCHEDULE_KEYS: readonly string[] = ['horizon', 'opening', 'investments', 'depreciation'];

/**
 * A variant parsed as its overrides on the already parsed base: the sections its overrides do
 * not touch are the base's own parsed values (the same objects — a section parses from its own
 * text alone, and that text is the base's), the touched ones are parsed from the merged file
 * each on its own (the references between the projection's fields checked again when one of
 * them was touched), and the whole-plan checks run on the result — the investment schedule's
 * and the capacity timing's only when a section they read was touched. Sharing the base's sections lets
 * `runScenario` share the base's runs with a variant that changes, say, only its PLI terms.
 *
 * Returns `undefined` whenever anything is amiss — a touched section removed or unknown, a parse
 * or a check that finds a problem — and the caller then parses the merged file whole, so a
 * variant's issues are exactly those of a whole parse, at the file's own paths.
 *
 * @param base - the base scenario, parsed (its `variants` empty)
 * @param merged - the base file (without `variants`) merged with the variant's overrides
 * @param overrides - the variant's overrides, as written
 * @param registryRoot - the file as written (the provenance registry's paths point into it)
 * @param shared - the parse's memo, which holds the base's investment schedule (default: a
 *   fresh one)
 * @returns the variant's scenario, or `undefined` to parse the merged file whole
 *
 * @example
 * doctest: skip (an internal step of parseScenario; test/model/variantOnBase.test.ts runs it)
 * ```ts
 * const variant = variantOnBase(base, merged, { pli: { disbursementLagYears: 2 } }, file);
 * variant?.segments === base.segments //=> true
 * ```
 */
export function variantOnBase(
  base: Scenario,
  merged: Record<string, unknown>,
  overrides: Record<string, unknown>,
  registryRoot: Record<string, unknown>,
  shared: SharedRuns = sharedRuns(),
): Scenario | undefined {
  const touched = Object.keys(overrides);
  const projectionKeys: readonly string[] = PROJECTION_KEYS;
  const restShape = scenarioRestSchema.shape as Readonly<Record<string, z.ZodType>>;
  const known = (key: string) =>
    key !== 'variants' && (projectionKeys.includes(key) || Object.hasOwn(restShape, key));
  if (touched.some((key) => !known(key) || !Object.hasOwn(merged, key))) return undefined;

  // The projection's fields in the schema's order, as a whole parse gives them: each parses from
  // its own text alone, so an untouched one is the base's (the run then shares the base's
  // schedule and projection parts with a variant that changes, say, only its FX); the touched
  // ones are parsed, and the references between the fields checked again.
  const projection: Record<string, unknown> = {};
  const fields = projectionFieldsSchema.shape as Readonly<Record<string, z.ZodType>>;
  for (const key of Object.keys(fields)) {
    if (touched.includes(key)) {
      const parsed = checkInput(fields[key] as z.ZodType, merged[key]);
      if (!parsed.success) return undefined;
      projection[key] = parsed.data;
    } else if (Object.hasOwn(base, key)) projection[key] = base[key as keyof Scenario];
  }
  if (touched.some((key) => projectionKeys.includes(key))) {
    let references = 0;
    checkProjectionReferences(projection as ProjectionFields, () => {
      references += 1;
    });
    if (references > 0) return undefined;
  }
  // The model's sections in the schema's order, as a whole parse gives them.
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(restShape)) {
    if (key === 'variants') rest[key] = [];
    else if (touched.includes(key)) {
      const parsed = checkInput(restShape[key] as z.ZodType, merged[key]);
      if (!parsed.success) return undefined;
      rest[key] = parsed.data;
    } else if (Object.hasOwn(base, key)) rest[key] = base[key as keyof Scenario];
  }
  const { variants: _none, ...restData } = rest;
  const scenario = { ...projection, ...restData, variants: [] } as unknown as Scenario;
  const reads = (keys: readonly string[]) => touched.some((key) => keys.includes(key));
  if (crossCheck(scenario, rest as RestOutput, registryRoot).length > 0) return undefined;
  if (reads([...SCHEDULE_KEYS, ...projectionKeys])) {
    // A variant that overrides none of the schedule's sections has the base's schedule (shared).
    const schedule = checkedInvestments(scenario, shared);
    if (schedule.figures === undefined) return undefined;
    if (capacityTimingIssues(scenario, schedule.figures.completion).length > 0) return undefined;
  }
  return scenario;
}
