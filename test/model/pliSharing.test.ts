import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { computedInr } from '../../src/money/money.js';
import { shareParsed } from '../../src/sharing/shareIncentive.js';
import { seedJson } from './_seed.js';

// The split's steps in words are written when a reader asks (sharePliByYear): each year's are
// those shareParsed gives for the amount in scope, read in any order, and none for a year
// without a split.
describe('sharePliByYear', () => {
  it("writes each year's sharing steps when read: shareParsed's for the amount in scope", () => {
    const scenario = parseScenario(seedJson());
    const agreement = scenario.pli?.sharing?.agreement;
    if (agreement === undefined) throw new Error('the seed shares its PLI');
    const result = runScenario({ ...scenario, variants: [] });
    expect(result.pli?.years.some((y) => y.sharingSteps.length > 0)).toBe(true);
    for (const pli of [result.pli, result.actuals?.pli]) {
      const years = [...(pli?.years ?? [])].reverse();
      for (const y of years) {
        const want = y.inScope.amount.greaterThan(0)
          ? shareParsed(computedInr(y.inScope.amount), agreement).steps.map((s) => s.description)
          : [];
        expect(y.sharingSteps).toEqual(want);
        expect(y.sharingSteps).toBe(y.sharingSteps);
        expect(Object.keys(y)).toContain('sharingSteps');
      }
    }
  });
});
