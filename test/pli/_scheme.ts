import { checkInput, formatPath } from '../../src/core/validate.js';
import type { PliSchemeInput } from '../../src/pli/index.js';

/**
 * A small scheme of the tests' own, as plain data: three scheme years from FY2020-21 (base year
 * FY2019-20), amounts in crore, rates 5 %, 4 %, 3 % by year, one category `main` without
 * thresholds. `patch` replaces top-level fields; `main` adds to (or replaces) the category's.
 */
export function testScheme(
  patch: Record<string, unknown> = {},
  main: Record<string, unknown> = {},
): PliSchemeInput {
  return {
    id: 'test-pli',
    name: 'Test PLI',
    authority: 'Test',
    notified: '2020-04-01',
    amountUnit: 'crore',
    sources: [{ id: 'letter', title: 'Approval letter', kind: 'user' }],
    baseYear: 'FY2019-20',
    tenure: { years: 3, firstYear: 'FY2020-21', confidence: 'confirmed' },
    rates: { kind: 'by-year', rates: ['0.05', '0.04', '0.03'], confidence: 'confirmed' },
    categories: { main: { name: 'Main', thresholds: {}, ...main } },
    ...patch,
  } as PliSchemeInput;
}

/** What `run` throws (fails the test when it returns). */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** A confirmed opt-in bonus of 1 % named by its id. */
export function optInBonus(id: string) {
  return { id, name: id, rate: '0.01', condition: { kind: 'opt-in' }, confidence: 'confirmed' };
}

/**
 * zod's own issues for `input`, as `path: message` lines (not parseInput's structure check, which
 * refuses a "constructor" key before the schema sees it); empty when it parses.
 */
export function issues(schema: Parameters<typeof checkInput>[0], input: unknown): string[] {
  const result = checkInput(schema, input);
  return result.success
    ? []
    : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}
