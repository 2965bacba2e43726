import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { Scenario } from '../../src/model/scenario.js';
import type { ScenarioResult } from '../../src/model/types.js';
import { seedJson, seedWithoutVariants } from '../model/_seed.js';

/**
 * Whole runs of the seed scenario, shared by the test files that read the same result.
 *
 * A run of the seed (the plan, its baseline and four variants) costs ~0.8 s of CPU warm, and a
 * dozen files ran exactly the same one at load (issue 14 item 9). runScenario is pure, so one
 * run per worker serves them all: the files share their worker's module cache (`isolate:
 * false` in vitest.config.ts), and this module's memo with it. The result is deep-frozen before
 * it is shared, so a test that mutated it would throw instead of changing its neighbours' input.
 * A test that edits the seed first, or checks runScenario itself (determinism, no mutation), still
 * runs its own.
 */
const memo = new Map<string, ScenarioResult>();

function shared(key: string, json: () => Record<string, unknown>): ScenarioResult {
  let result = memo.get(key);
  if (result === undefined) {
    result = deepFreeze(runScenario(parseScenario(json())));
    memo.set(key, result);
  }
  return result;
}

/**
 * Freezes plain objects and arrays all the way down. Class instances (Decimal) are left as they
 * are: decimal.js never changes a value in place, and its instances are not ours to freeze.
 */
function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return value;
}

/** runScenario of the seed file as it is (seeds/optiemus-wistron-2021.json), run once per worker. */
export function seedResult(): ScenarioResult {
  return shared('seed', seedJson);
}

/** runScenario of the seed without its variants (`seedWithoutVariants()`), run once per worker. */
export function seedWithoutVariantsResult(): ScenarioResult {
  return shared('seed without variants', seedWithoutVariants);
}

let seedText: string | undefined;

/**
 * runScenario, except that the seed as it is gives {@link seedResult}: for the CLI's tests
 * (`CliIo.runScenario`), which run the seed file a dozen times to check how each option prints
 * the same result. A scenario is the seed when it serialises to the same JSON as the parsed seed.
 */
export function runSharingSeed(scenario: Scenario): ScenarioResult {
  seedText ??= JSON.stringify(parseScenario(seedJson()));
  return JSON.stringify(scenario) === seedText ? seedResult() : runScenario(scenario);
}
