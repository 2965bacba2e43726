import type * as z from 'zod';
import { checkStructure } from '../core/structure.js';
import { checkInput, formatPath } from '../core/validate.js';
import { mergeOverrides } from '../projection/applyOverrides.js';
import { projectionInputSchema } from '../projection/inputSchema.js';
import { type SharedRuns, sharedRuns } from './_lib/sharedRuns.js';
import { capacityTimingIssues } from './capacityTiming.js';
import { checkedInvestments } from './investments.js';
import type { Scenario, ScenarioVariant } from './scenario.js';
import { append, crossCheck } from './scenarioCrossCheck.js';
import { PROJECTION_KEYS, type RestOutput, scenarioRestSchema } from './scenarioRest.js';
import { variantOnBase } from './variantOnBase.js';

// The parse path of a scenario file: the base parsed whole (projection fields, the model's own,
// the cross-checks, the schedule and capacity timing), then each variant merged and parsed on
// the base, its issues placed where the file as written holds them.

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
