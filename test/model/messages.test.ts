import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/model/index.js';
import { renderDocument, scenarioReport } from '../../src/report/index.js';
import { scenarioIssues, seedJson, seedSingleRun } from './_seed.js';

// biome-ignore lint/suspicious/noExplicitAny: a scenario file edited in place, as JSON
type Json = Record<string, any>;

describe('validation messages of issue 17', () => {
  it('reports a first scheme year the rules do not allow, with its path and the allowed years', () => {
    const json = seedJson() as Json;
    json.pli.enrolments[0].firstYear = 'FY2023-24';
    expect(scenarioIssues(json)).toEqual([
      'pli.enrolments[0].firstYear: firstYear FY2023-24 is not allowed by lsem-2020; choose FY2020-21 or FY2021-22 under these rules',
    ]);
  });

  it.each([
    [
      'an unknown tranche',
      (j: Json) => {
        j.plants[0].expansions[0].online.tranche = 'phone-lines';
      },
      'plants[0].expansions[0].online.tranche: unknown investment tranche "phone-lines" (tranches: mobile-lines, mobile-lines-phase-2, it-hardware-lines, it-hardware-lines-phase-2, new-categories, design-hub)',
    ],
    [
      'a tranche completing in the last year',
      (j: Json) => {
        j.investments[0].start = 'FY2025-26';
      },
      'plants[0].expansions[0].online.tranche: comes on line after the horizon ends in 2026-03 (investment "mobile-lines" completes in 2026-03, then 1 month to come on line): it would add no capacity to the plan; bring it inside the horizon or leave it out',
    ],
    [
      'an expansion month after the horizon',
      (j: Json) => {
        j.plants[1].expansions[2].online = '2027-01';
      },
      'plants[1].expansions[2].online: comes on line after the horizon ends in 2026-03: it would add no capacity to the plan; bring it inside the horizon or leave it out',
    ],
    [
      'an expansion month before the horizon',
      (j: Json) => {
        j.plants[1].expansions[2].online = '2020-01';
      },
      "plants[1].expansions[2].online: comes on line in 2020-01, before the horizon starts in 2021-04; include existing capacity in the plant's unitsPerMonth",
    ],
  ])('reports %s when the scenario is validated, not only when it runs', (_, mutate, expected) => {
    const json = seedJson() as Json;
    mutate(json);
    expect(scenarioIssues(json)).toEqual([expected]);
  });

  it('does not print "Shared:" without a sharing agreement, and reports a passed company check', {
    timeout: 60_000,
  }, () => {
    const json = seedSingleRun() as Json;
    delete json.pli.sharing;
    json.meta.facts[6].appliesTo = ['pli.enrolments'];
    json.meta.assumptions = json.meta.assumptions.filter(
      (a: Json) => !a.appliesTo.some((p: string) => p.startsWith('pli.sharing')),
    );
    json.pli.enrolments[0].company = { baseYearRevenue: '₹369 crore' };
    const result = runScenario(parseScenario(json));
    const md = renderDocument(scenarioReport(result), 'markdown');
    expect(md).not.toContain('Shared:');
    expect(md).not.toContain(`Share: ${json.meta.name}`);
    expect(md).toContain('Not shared: no sharing agreement.');
    expect(result.pli?.enrolments[0]?.companyEligibility).toEqual({
      eligible: true,
      reasons: ['base-year revenue ₹369 crore exceeds the ₹100 crore minimum'],
    });
    expect(md).toContain(
      'Company eligibility: met — base-year revenue ₹369 crore exceeds the ₹100 crore minimum.',
    );
    expect(result.pli?.enrolments[1]?.companyEligibility).toBeNull();
  });

  it('reports a failed company check in the same words', { timeout: 60_000 }, () => {
    const json = seedSingleRun() as Json;
    json.pli.enrolments[0].company = { baseYearRevenue: '₹90 crore' };
    const md = renderDocument(scenarioReport(runScenario(parseScenario(json))), 'markdown');
    expect(md).toContain(
      'Company eligibility: **not met** — base-year revenue ₹90 crore does not exceed the ₹100 crore minimum.',
    );
  });
});
