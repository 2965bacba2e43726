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
