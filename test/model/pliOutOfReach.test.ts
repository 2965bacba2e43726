import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pliOutOfReach } from '../../src/model/_lib/pliOutOfReach.js';
import { type Core, runCore } from '../../src/model/_lib/runCore.js';
import { sharedRuns } from '../../src/model/_lib/sharedRuns.js';
import { openingRunRateScenario } from '../../src/model/baseline.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import type { Scenario } from '../../src/model/scenario.js';
import type { PliResult } from '../../src/model/types.js';
import { seedJson } from './_seed.js';

const pegatron = () =>
  JSON.parse(
    readFileSync(new URL('../../seeds/pegatron-india-2022.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

/** A plan's core and its opening-run-rate baseline's, run with and without the plan's PLI. */
function runs(scenario: Scenario) {
  const shared = sharedRuns();
  const plan = runCore(scenario, shared);
  const baseline = openingRunRateScenario(scenario, plan.projection);
  const planPli = { section: scenario.pli, result: plan.pli };
  const fast = runCore(baseline, shared, { projection: plan.projection, pli: planPli });
  const full = runCore(baseline, sharedRuns(), { projection: plan.projection });
  return { plan, baseline, fast, full };
}

/** What the valuation reads of a baseline's core, and what the chain ran on. */
const figures = (c: Core) => ({ fcf: c.fcf, terminal: c.terminal, chain: c.chainInputs });

describe('pliOutOfReach', () => {
  it("the seed's baseline, without capex, is known to earn no PLI: the same figures as evaluated", () => {
    const { plan, baseline, fast, full } = runs(parseScenario(seedJson()));
    expect(
      pliOutOfReach(baseline.pli, fast.investment, { section: baseline.pli, result: plan.pli }),
    ).toBe(plan.pli);
    expect(full.pli?.total.amount.isZero()).toBe(true);
    expect(figures(fast)).toEqual(figures(full));
    // Its PLI, when read, is evaluated: the very result of the full run.
    expect(fast.pli).toEqual(full.pli);
  });

  it('does not hold when the investment before the horizon meets a threshold (Pegatron: ₹600 crore)', () => {
    const json = pegatron();
    json.baseline = { kind: 'opening-run-rate' };
    const { plan, baseline, fast, full } = runs(parseScenario(json));
    expect(
      pliOutOfReach(baseline.pli, fast.investment, { section: baseline.pli, result: plan.pli }),
    ).toBeNull();
    // The plant built before the horizon meets a threshold: the baseline's PLI is evaluated.
    const met = full.pli?.enrolments.flatMap((e) =>
      e.years.filter(
        (y) =>
          y.investmentThreshold !== null &&
          y.cumulativeInvestment.amount.greaterThanOrEqualTo(y.investmentThreshold.amount),
      ),
    );
    expect(met?.length).toBeGreaterThan(0);
    expect(figures(fast)).toEqual(figures(full));
  });

  it('does not hold for a year without an investment threshold, with capex, or another section', () => {
    const { plan, baseline, fast } = runs(parseScenario(seedJson()));
    const result = plan.pli as PliResult;
    const section = baseline.pli;
    const investment = fast.investment;
    expect(pliOutOfReach(section, investment, { section, result })).toBe(result);
    const open = {
      ...result,
      enrolments: result.enrolments.map((e, i) =>
        i === 1
          ? {
              ...e,
              years: e.years.map((y, k) => (k === 2 ? { ...y, investmentThreshold: null } : y)),
            }
          : e,
      ),
    };
    expect(pliOutOfReach(section, investment, { section, result: open })).toBeNull();
    // A year outside the scheme's window earns nothing whatever its threshold.
    const outside = {
      ...result,
      enrolments: result.enrolments.map((e) => ({
        ...e,
        years: e.years.map((y, k) =>
          k === 2 ? { ...y, schemeYear: null, investmentThreshold: null } : y,
        ),
      })),
    };
    expect(pliOutOfReach(section, investment, { section, result: outside })).toBe(outside);
    expect(pliOutOfReach(section, plan.investment, { section, result })).toBeNull();
    expect(
      pliOutOfReach(section, investment, { section: parseScenario(seedJson()).pli, result }),
    ).toBeNull();
    expect(pliOutOfReach(section, investment, undefined)).toBeNull();
    expect(pliOutOfReach(undefined, investment, { section: undefined, result: null })).toBeNull();
  });

  it('counts only the enrolment’s own investments held before the horizon', () => {
    const { plan, baseline, fast } = runs(parseScenario(seedJson()));
    const result = plan.pli as PliResult;
    const section = baseline.pli;
    // ₹150 crore held in the phones' lines meets the ₹150 crore threshold of their scheme year 3.
    const held = (id: string) => ({
      ...fast.investment,
      opening: [
        {
          id,
          year: 'FY2020-21',
          amount: { amount: result.enrolments[0]?.years[2]?.investmentThreshold?.amount },
        },
      ],
    });
    const mobile = held('mobile-lines') as unknown as typeof fast.investment;
    expect(pliOutOfReach(section, mobile, { section, result })).toBeNull();
    const other = held('somewhere-else') as unknown as typeof fast.investment;
    expect(pliOutOfReach(section, other, { section, result })).toBe(result);
  });
});
