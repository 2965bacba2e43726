import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { parseFieldPath } from '../../src/model/scenario.js';
import { scenarioIssues, seedJson, setAt } from './_seed.js';

function problems(mutate: (json: Record<string, unknown>) => void): string[] {
  const json = seedJson();
  mutate(json);
  return scenarioIssues(json);
}

describe('parseScenario', () => {
  it('accepts the seed scenario', () => {
    const scenario = parseScenario(seedJson());
    expect(scenario.meta.id).toBe('optiemus-wistron-2021');
    expect(scenario.segments).toHaveLength(10);
    expect(scenario.investments.map((i) => i.total?.amount.toFixed())).toEqual([
      '2500000000',
      '2500000000',
      '2000000000',
      '1500000000',
      '3000000000',
      '2000000000',
    ]);
  });

  // Each row: where the seed is broken, what is put there, and the issue reported (path: message).
  it.each([
    [
      'segments[2].price.perUnit',
      { amount: '-5', currency: 'INR' },
      'segments[2].price.perUnit: must be greater than zero',
    ],
    [
      'segments[0].plant',
      'noida-9',
      'segments[0].plant: unknown plant "noida-9" (plants: noida-1, noida-2)',
    ],
    [
      'segments[4].unitsPerWorkerPerMonth',
      undefined,
      'segments[4].unitsPerWorkerPerMonth: required when headcount is projected',
    ],
    [
      'fx',
      {},
      'segments[0].costs.importedComponents.perUnit.currency: no FX rate for USD: add fx.USD (INR per USD)',
    ],
    [
      'horizon.years',
      11,
      'horizon.years: a plan runs 3 to 10 whole fiscal years: give years from 3 to 10 (or months from 36 to 120 in steps of 12)',
    ],
    [
      'horizon',
      { start: 'FY2021-22', months: 126 },
      'horizon.months: a plan runs 3 to 10 whole fiscal years: give years from 3 to 10 (or months from 36 to 120 in steps of 12)',
    ],
    [
      'horizon.start',
      '2021-04',
      'horizon.start: must be a fiscal year such as "FY2021-22", got "2021-04"',
    ],
    [
      'investments[0].total',
      'Rs lots',
      'investments[0].total: missing number before "lots" in "Rs lots"',
    ],
    [
      'investments[1].id',
      'mobile-lines',
      'investments[1].id: duplicate investment id "mobile-lines"',
    ],
    [
      'depreciation.method',
      'double',
      'depreciation.method: expected one of "straight-line", "written-down-value", got "double"',
    ],
    [
      'finance.taxRate',
      '25.17',
      'finance.taxRate: must be a fraction between 0 and 1 (write 25.17% as "0.2517")',
    ],
    [
      'finance.discountRate',
      'twelve',
      'finance.discountRate: expected a decimal number (e.g. "1350.5"), got "twelve"',
    ],
    [
      'finance.terminalValue',
      { method: 'perpetuity-growth', growth: '0.15' },
      'finance.terminalValue.growth: must be below the discount rate',
    ],
    [
      'operatingCosts.shareOfRevenue',
      '-0.01',
      'operatingCosts.shareOfRevenue: must be a fraction between 0 and 1',
    ],
    ['targets[0].by', 'FY2030-31', 'targets[0].by: FY2030-31 is outside the horizon'],
    [
      'targets[1].by',
      'FY2025-27',
      'targets[1].by: expected an Indian fiscal year such as "FY2025-26", got "FY2025-27"',
    ],
    [
      'pli.enrolments[0].segments[0]',
      'phones',
      'pli.enrolments[0].segments[0]: unknown segment "phones"',
    ],
    [
      'pli.enrolments[1].investments[0]',
      'plant-x',
      'pli.enrolments[1].investments[0]: unknown investment "plant-x"',
    ],
    [
      'pli.enrolments[0].scheme',
      'lsem-2099',
      'pli.enrolments[0].scheme: unknown PLI scheme "lsem-2099"; presets: lsem-2020',
    ],
    [
      'pli.enrolments[0].category',
      'tablets',
      'pli.enrolments[0].category: unknown category "tablets" of lsem-2020 (categories: global-mobile, domestic-mobile, components)',
    ],
    [
      'pli.sharing.scope.enrolments[0]',
      'lsem',
      'pli.sharing.scope.enrolments[0]: unknown enrolment "lsem"',
    ],
    [
      'pli.sharing.company',
      'dixon',
      'pli.sharing.company: "dixon" is not a party of the agreement (parties: optiemus, wistron)',
    ],
    ['pli.disbursementLagYears', 1.5, 'pli.disbursementLagYears: expected an integer, got 1.5'],
    ['meta.facts[0].source', 'nowhere', 'meta.facts[0].source: unknown source "nowhere"'],
    [
      'meta.assumptions[0].appliesTo[0]',
      'segments[99].price',
      'meta.assumptions[0].appliesTo[0]: no field "segments[99].price" in the scenario',
    ],
    ['meta.asOf', '24/08/2021', 'meta.asOf: expected a calendar date as yyyy-MM-dd'],
    ['surprise', 1, ': unknown key "surprise"'],
  ])('%s = %j → %s', (path, value, expected) => {
    const found = problems((json) => setAt(json, path, value));
    expect(
      found.some((p) => p.startsWith(expected) || p.includes(expected)),
      found.join('\n'),
    ).toBe(true);
  });

  it('fills the documented defaults with parsed values', () => {
    const json = seedJson();
    setAt(json, 'finance.workingCapital.opening', undefined);
    setAt(json, 'operatingCosts.fixedYearlyChange', undefined);
    setAt(json, 'finance.terminalValue', undefined);
    setAt(json, 'finance.convention', undefined);
    setAt(json, 'pli.disbursementLagYears', undefined);
    setAt(json, 'uncertainty', undefined); // it draws pli.disbursementLagYears
    const meta = json.meta as { assumptions: { appliesTo: string[] }[] };
    const removed = [
      'finance.terminalValue',
      'finance.convention',
      'pli.disbursementLagYears',
      'uncertainty',
    ];
    for (const a of meta.assumptions) a.appliesTo = a.appliesTo.filter((p) => !removed.includes(p));
    meta.assumptions = meta.assumptions.filter((a) => a.appliesTo.length > 0);
    const scenario = parseScenario(json);
    // Left out, the opening working capital is derived from the days at run time.
    expect(scenario.finance.workingCapital.opening).toBeUndefined();
    expect(scenario.finance.convention).toBe('end-of-year');
    expect(scenario.operatingCosts.fixedYearlyChange.toFixed()).toBe('0');
    expect(scenario.finance.terminalValue).toEqual({ method: 'none' });
    expect(scenario.pli?.disbursementLagYears).toBe(1);
  });

  it('reads fiscal years in any form the time layer accepts, as their keys', () => {
    const json = seedJson();
    setAt(json, 'targets[0].by', 'FY26');
    expect(parseScenario(json).targets[0]?.by).toBe('FY2025-26');
  });

  it('rejects a file that is not an object, at the root', () => {
    expect(() => parseScenario([])).toThrow(ValidationError);
    expect(() => parseScenario([])).toThrow('(root): a scenario must be a JSON object');
  });

  it('reports every problem at once, cross-references included', () => {
    const found = problems((json) => {
      setAt(json, 'finance.discountRate', '-2');
      setAt(json, 'segments[2].price.perUnit', { amount: '-9000', currency: 'INR' });
      setAt(json, 'pli.enrolments[0].segments[0]', 'phones');
    });
    expect(found).toEqual([
      'segments[2].price.perUnit: must be greater than zero',
      'finance.discountRate: must be above -1 (−100%)',
    ]);
    const withRefs = problems((json) => {
      setAt(json, 'segments[2].price.perUnit', { amount: '-9000', currency: 'INR' });
      setAt(json, 'pli.enrolments[0].segments[0]', 'phones');
    });
    expect(withRefs).toEqual([
      'segments[2].price.perUnit: must be greater than zero',
      expect.stringMatching(/^pli\.enrolments\[0\]\.segments\[0\]: unknown segment "phones"/),
      expect.stringMatching(/^pli\.sharing\.scope\.segments\[0\]: segment "smartphones-value"/),
    ]);
  });

  it('does not mutate its input', () => {
    const json = seedJson();
    const before = JSON.stringify(json);
    parseScenario(json);
    expect(JSON.stringify(json)).toBe(before);
  });
});

describe('parseFieldPath', () => {
  it.each([
    ['segments[2].price.perUnit', ['segments', 2, 'price', 'perUnit']],
    ['investments', ['investments']],
    ['a..b', undefined],
    ['', undefined],
  ])('%s', (path, expected) => {
    expect(parseFieldPath(path)).toEqual(expected);
  });
});

describe('the seed provenance registry', () => {
  it('is listed in seeds/README.md: every source, fact and assumption id', () => {
    const readme = readFileSync(new URL('../../seeds/README.md', import.meta.url), 'utf8');
    const meta = seedJson().meta as Record<string, { id: string }[]>;
    const ids = ['sources', 'facts', 'assumptions'].flatMap((k) =>
      (meta[k] ?? []).map((e) => e.id),
    );
    expect(ids.length).toBe(68);
    expect(ids.filter((id) => !new RegExp(`\\| \`?${id}\`? +\\|`).test(readme))).toEqual([]);
  });

  // Every leaf of the seed outside `meta` must be covered by a fact or an assumption: a path in
  // some appliesTo that is the leaf itself or one of its ancestors.
  it('covers every figure of the seed with a fact or an assumption', () => {
    const json = seedJson();
    const meta = json.meta as {
      facts: { appliesTo: string[] }[];
      assumptions: { appliesTo: string[] }[];
    };
    const covered = [...meta.facts, ...meta.assumptions].flatMap((e) => e.appliesTo);
    const leaves: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'object' && node !== null) {
        for (const [k, v] of Object.entries(node)) {
          walk(v, Array.isArray(node) ? `${path}[${k}]` : path === '' ? k : `${path}.${k}`);
        }
      } else leaves.push(path);
    };
    for (const [key, value] of Object.entries(json)) if (key !== 'meta') walk(value, key);
    const isCovered = (leaf: string) =>
      covered.some((c) => leaf === c || leaf.startsWith(`${c}.`) || leaf.startsWith(`${c}[`));
    // Names and ids are labels, not figures.
    const figures = leaves.filter(
      (l) => !/\.(id|name)$/.test(l) && !/\.(segments|investments|appliesTo)\[\d+\]$/.test(l),
    );
    expect(figures.filter((l) => !isCovered(l))).toEqual([]);
  });
});
