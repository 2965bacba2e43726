import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES, ValidationError } from '../../src/core/errors.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { seedJson, setAt } from './_seed.js';

/** The ValidationError parseScenario throws for `json` (fails the test when it does not). */
function rejection(json: unknown): ValidationError {
  try {
    parseScenario(json);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

function lines(error: ValidationError): string[] {
  return error.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('parseScenario: hostile structure (issue 11 items 5 and 13)', () => {
  it('refuses a variant override nested 2,000 arrays deep, with its path, no stack overflow', () => {
    const json = seedJson();
    // A 4 KB file: what JSON.parse reads, the merge must not recurse into.
    const text = `{"id":"deep","name":"Deep","overrides":{"bogus":${'['.repeat(2000)}1${']'.repeat(2000)}}}`;
    json.variants = [JSON.parse(text)];
    const error = rejection(json);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toMatch(/^variants\[0\]\.overrides\.bogus(\[0\])+$/);
    expect(error.issues[0]?.message).toBe('nested deeper than 32 levels');
  });

  it('refuses an array of 150,000 elements with one issue, before validating each', () => {
    const json = seedJson();
    json.targets = Array.from({ length: 150_000 }, () => 0);
    expect(lines(rejection(json))).toEqual([
      'targets: has 150000 elements; at most 10000 are accepted',
    ]);
  });

  it('refuses an object of 150,000 keys with one issue', () => {
    const json = seedJson();
    const weights = Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`p${i}`, 'x']));
    (json.finance as Record<string, unknown>).workingCapital = weights;
    expect(lines(rejection(json))).toEqual([
      'finance.workingCapital: has 150000 keys; at most 10000 are accepted',
    ]);
  });

  it('lists 10,000 problems as the first 100 and a count', () => {
    const json = seedJson();
    json.targets = Array.from({ length: 10_000 }, () => 0);
    const error = rejection(json);
    expect(error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(error.issueCount).toBe(10_000);
    expect(error.issues[0]?.path).toBe('targets[0]');
    expect(error.message).toMatch(/… and 9900 more problems$/);
  });

  it.each([
    ['variants[0].overrides.__proto__', '{"__proto__":{"polluted":1}}'],
    ['variants[0].overrides.finance.constructor', '{"finance":{"constructor":{"x":1}}}'],
    ['variants[0].overrides.segments[0].prototype', '{"segments":[{"prototype":1}]}'],
  ])('refuses %s in a variant before merging', (path, overrides) => {
    const json = seedJson();
    json.variants = [{ id: 'v', name: 'V', overrides: JSON.parse(overrides) }];
    const error = rejection(json);
    expect(lines(error)).toEqual([
      expect.stringMatching(new RegExp(`^${escapeRegExp(path)}: key "`)),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses __proto__ anywhere in the file, where a record would drop it silently', () => {
    const json = JSON.parse(
      JSON.stringify(seedJson()).replace('"weights":{', '"weights":{"__proto__":{"x":"1"},'),
    );
    expect(lines(rejection(json))).toEqual([
      'pli.sharing.agreement.rule.then.weights.__proto__: key "__proto__" is not allowed',
    ]);
  });

  it.each([
    ['segments', 'segments[0].id'],
    ['investments', 'investments[0].id'],
  ])('refuses "constructor" as an id of %s (ids become keys)', (list, path) => {
    const json = seedJson();
    (json[list] as { id: string }[])[0] = {
      ...(json[list] as { id: string }[])[0],
      id: 'constructor',
    } as { id: string };
    expect(lines(rejection(json))).toContain(
      `${path}: is a reserved name (constructor, prototype)`,
    );
  });

  it('places a merged variant problem inside the overrides as written', () => {
    const json = seedJson();
    const at = (json.variants as object[]).length;
    // The override moves the horizon; the base's targets then fall outside it.
    (json.variants as object[]).push({
      id: 'late',
      name: 'Late',
      overrides: { horizon: { start: 'FY2030-31' } },
    });
    const error = rejection(json);
    for (const issue of error.issues)
      expect(issue.path.startsWith(`variants[${at}].overrides`)).toBe(true);
    expect(lines(error)).toContain(
      `variants[${at}].overrides: targets[0].by of the merged variant: FY2025-26 is outside the horizon`,
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('parseScenario rejects what runScenario would (issue 11 item 6)', () => {
  it.each([
    [
      'depreciation.usefulLife',
      '300000',
      'depreciation.usefulLife: gives a useful life of 300000 years; at most 100 are accepted',
    ],
    ['depreciation.usefulLife', 1e30, 'depreciation.usefulLife: gives a useful life of'],
    [
      'pli.enrolments[0].firstYear',
      'FY2099-00',
      'pli.enrolments[0].firstYear: firstYear FY2099-00 is not allowed by lsem-2020',
    ],
    [
      'pli.enrolments[1].firstYear',
      'FY2020-21',
      'pli.enrolments[1].firstYear: firstYear FY2020-21 is not allowed by it-hardware-2021',
    ],
    ['investments[0].total', undefined, 'investments[0].total: required: the amount committed'],
    [
      'investments[1].periods',
      undefined,
      'investments[1].end: give end (a period label) or periods',
    ],
    [
      'investments[0].start',
      'FY2030-31',
      // The seed's first commitment now spans one year (issue 12 phased the capex by expansion).
      'investments[0]: spends in FY2030-31, outside the horizon FY2021-22..FY2025-26',
    ],
  ])('%s = %j: %s', (path, value, expected) => {
    const json = seedJson();
    setAt(json, path, value);
    expect(lines(rejection(json)).join('\n')).toContain(expected);
  });
});

describe('parseScenario: money that cannot be negative (issue 11 item 12)', () => {
  it.each([
    ['pli.enrolments[0].baseYearSales', '₹-500 crore'],
    ['operatingCosts.fixedPerYear', '₹-25 crore'],
    ['targets[0].value', '₹-38000 crore'],
  ])('%s = %s is refused with its path', (path, value) => {
    const json = seedJson();
    setAt(json, path, value);
    expect(lines(rejection(json))).toContain(`${path}: must not be negative`);
  });

  it('a negative opening working capital is still accepted (payables can exceed the rest)', () => {
    const json = seedJson();
    setAt(json, 'finance.workingCapital.opening', '₹-10 crore');
    expect(() => parseScenario(json)).not.toThrow();
  });

  it('refuses a date that does not exist where the scenario has it, as validate must (not at run time)', () => {
    const json = seedJson();
    setAt(json, 'finance.valuationDate', '2021-02-30');
    setAt(json, 'meta.asOf', '2021-13-01');
    expect(lines(rejection(json))).toEqual([
      'meta.asOf: no such calendar date',
      'finance.valuationDate: no such calendar date',
    ]);
    // A text of another form keeps its one message.
    const other = seedJson();
    setAt(other, 'finance.valuationDate', '24/08/2021');
    expect(lines(rejection(other))).toEqual([
      'finance.valuationDate: expected a calendar date as yyyy-MM-dd (e.g. "2021-08-24")',
    ]);
  });
});
