import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { isDecimal } from '../../src/core/decimalLike.js';
import { CrorecastError, ValidationError } from '../../src/core/errors.js';
import { mutate, mutation } from './hostile.js';
import { pathExistsIn } from './scenarioFuzz.js';
import type { FuzzTarget } from './targets.js';

/**
 * The function-level fuzz harness (issue 11): every call must return a well-formed result
 * (finite numbers and decimals, no NaN/Infinity/undefined in text) or throw a typed
 * `CrorecastError`, within a time budget per input measured around the call. The seed is the
 * suite's fixed fast-check seed (test/setup/fastCheck.ts); `npm run explore -- N test/fuzz`
 * tries random ones.
 */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 3000);

/** Inputs tried per area, with how many returned a result and how many a typed error. */
export const counts = new Map<string, { tried: number; returned: number; typed: number }>();

afterAll(() => {
  const rows = [...counts].map(
    ([area, c]) => `${area}: ${c.tried} (${c.returned} results, ${c.typed} typed errors)`,
  );
  const total = [...counts.values()].reduce((a, c) => a + c.tried, 0);
  console.log(`fuzz inputs tried: ${total}\n  ${rows.join('\n  ')}`);
});

/**
 * Calls `call` once and checks the outcome and the time it took. With `inputs` (the call's
 * arguments), every issue of a `ValidationError` must name a path that exists in one of them
 * (the field itself, or the parent of a missing field).
 */
export function fuzzCall(area: string, call: () => unknown, inputs?: readonly unknown[]): unknown {
  const count = counts.get(area) ?? { tried: 0, returned: 0, typed: 0 };
  counts.set(area, count);
  count.tried++;
  const started = performance.now();
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    const elapsed = performance.now() - started;
    if (!(error instanceof CrorecastError)) {
      expect.fail(`${area}: untyped ${String(error instanceof Error ? error.stack : error)}`);
    }
    expect(elapsed, `${area}: typed error after ${elapsed} ms`).toBeLessThanOrEqual(BUDGET_MS);
    if (inputs !== undefined && error instanceof ValidationError) {
      for (const issue of error.issues) {
        const found = issue.path === '' || inputs.some((input) => pathExistsIn(input, issue.path));
        expect(found, `${area}: issue path "${issue.path}" (${issue.message})`).toBe(true);
      }
    }
    count.typed++;
    return undefined;
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${area}: result after ${elapsed} ms`).toBeLessThanOrEqual(BUDGET_MS);
  expectWellFormed(result, area);
  count.returned++;
  return result;
}

/** Finite numbers and decimals everywhere, and no NaN, Infinity or `undefined` in any text. */
export function expectWellFormed(value: unknown, where: string, seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${where}: ${value}`).toBe(true);
    return;
  }
  if (typeof value === 'string') {
    expect(value, where).not.toMatch(/NaN|Infinity|undefined|\[object /);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isDecimal(value)) {
    expect(value.isFinite(), `${where}: ${String(value)}`).toBe(true);
    return;
  }
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  for (const [key, child] of entries) expectWellFormed(child, `${where}.${String(key)}`, seen);
}

export { hostileNumber, hostileValue, type Mutation, mutate, mutation } from './hostile.js';

/**
 * Fuzzes every target with 1–3 mutations of its valid arguments per input (see `mutate`): each
 * call returns a well-formed result, or throws a typed error whose issue paths exist in its
 * arguments, within the budget (`fuzzCall`). Every target gets `runs` inputs.
 */
export function fuzzTargets(area: string, targets: readonly FuzzTarget[], runs: number): void {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      for (const t of targets) {
        const args = mutate(t.args(), mutations) as unknown[];
        fuzzCall(`${area}: ${t.name}`, () => t.call(...args), args);
      }
    }),
    { numRuns: runs },
  );
}
