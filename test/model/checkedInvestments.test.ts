import { describe, expect, it } from 'vitest';
import { fiscalYearRange } from '../../src/model/_lib/fiscalYears.js';
import { type SharedRuns, sharedRuns } from '../../src/model/_lib/sharedRuns.js';
import { checkedInvestments, investmentsByYear } from '../../src/model/investments.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import type { Scenario } from '../../src/model/scenario.js';
import { variantOnBase } from '../../src/model/variantOnBase.js';
import { mergeOverrides } from '../../src/projection/applyOverrides.js';
import { seedJson } from './_seed.js';

const json = seedJson();
const seed = parseScenario(json);
const years = fiscalYearRange(seed.horizon.start, 5);

/** A memo that counts how often each step is computed (not found). */
function countingRuns(): { shared: SharedRuns; computed: Map<string, number> } {
  const inner = sharedRuns();
  const computed = new Map<string, number>();
  return {
    computed,
    shared: {
      once: (step, key, compute) =>
        inner.once(step, key, () => {
          computed.set(step, (computed.get(step) ?? 0) + 1);
          return compute();
        }),
    },
  };
}

/** The seed's base merged with a written variant's overrides, parsed on the base. */
function variantOf(id: string, shared: SharedRuns): Scenario | undefined {
  const { variants, ...base } = json;
  const overrides = (variants as { id: string; overrides: Record<string, unknown> }[]).find(
    (v) => v.id === id,
  )?.overrides;
  if (overrides === undefined) throw new Error(`no variant ${id}`);
  const merged = mergeOverrides(base, overrides) as Record<string, unknown>;
  return variantOnBase(seed, merged, overrides, json, shared);
}

describe('checkedInvestments — the schedule parseScenario checks, built once per parse', () => {
  it('gives the figures investmentsByYear gives, and no issues', () => {
    const checked = checkedInvestments(seed);
    expect(checked.issues).toEqual([]);
    expect(JSON.stringify(checked.figures)).toBe(JSON.stringify(investmentsByYear(seed, years)));
  });

  it('builds a schedule once for the same sections, again for other ones', () => {
    const { shared, computed } = countingRuns();
    const first = checkedInvestments(seed, shared);
    expect(checkedInvestments({ ...seed, pli: undefined }, shared)).toBe(first);
    expect(computed.get('investments')).toBe(1);
    const later = checkedInvestments({ ...seed, investments: [...seed.investments] }, shared);
    expect(later).not.toBe(first);
    expect(computed.get('investments')).toBe(2);
  });

  it("lets a variant that touches the projection, not the schedule, check on the base's schedule", () => {
    const { shared, computed } = countingRuns();
    checkedInvestments(seed, shared);
    const rupee = variantOf('weaker-rupee', shared);
    expect(rupee?.fx).not.toBe(seed.fx);
    expect(rupee?.investments).toBe(seed.investments);
    expect(computed.get('investments')).toBe(1);
  });

  it('returns what the run would refuse as issues with the file paths, and no figures', () => {
    const [first, ...rest] = seed.investments;
    if (first === undefined) throw new Error('the seed has investments');
    const late = { ...seed, investments: [{ ...first, start: 'FY2030-31' }, ...rest] };
    const checked = checkedInvestments(late);
    expect(checked.figures).toBeUndefined();
    expect(checked.issues).toEqual([
      {
        path: ['investments', 0],
        message: 'spends in FY2030-31, outside the horizon FY2021-22..FY2025-26',
      },
    ]);
  });
});
