import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { Money } from '../../src/money/money.js';

/**
 * Golden figures of the second seed (seeds/pegatron-india-2022.json), in ₹ crore to the paisa.
 * Each block says how the figure was worked by hand from the seed's inputs.
 */
// biome-ignore lint/suspicious/noExplicitAny: a scenario file edited in place, as JSON
type Json = Record<string, any>;
const seed = () =>
  JSON.parse(
    readFileSync(new URL('../../seeds/pegatron-india-2022.json', import.meta.url), 'utf8'),
  ) as Json;
const result = runScenario(parseScenario(seed()));
const crore = (m: Money) => m.amount.dividedBy(1e7).toFixed(2);

describe('runScenario — the Pegatron India seed (golden figures)', { timeout: 60_000 }, () => {
  it('starts in the first production year, with the build year as its opening position', () => {
    expect(result.years).toEqual(['FY2022-23', 'FY2023-24', 'FY2024-25', 'FY2025-26', 'FY2026-27']);
    expect(result.opening?.investmentTotal && crore(result.opening.investmentTotal)).toBe('600.00');
    // Cumulative investment: ₹600 crore before the horizon + ₹300 crore (FY2022-23) + ₹200 crore
    // (FY2023-24) = ₹900 and ₹1,100 crore — the MoU's ₹1,100 crore (F2).
    expect(result.investment.years.map((y) => crore(y.cumulative))).toEqual([
      '900.00',
      '1100.00',
      '1100.00',
      '1100.00',
      '1100.00',
    ]);
  });

  it('revenue: units × the home and export invoices', () => {
    // FY2022-23: demand runs from 20,000 (Apr 2022) to 280,000 (Mar 2023), 12 × 150,000 =
    // 1,800,000 units, but the plant's 200,000 a month ramps from 20% over 9 months: capacity
    // 40,000, 57,778, … binds through the year, leaving 1,621,818 units.
    expect(result.operations[0]?.units.toFixed(0)).toBe('1621818');
    expect(result.operations.map((o) => crore(o.revenue))).toEqual([
      '8918.20',
      '19609.05',
      '25238.94',
      '28357.50',
      '29627.70',
    ]);
    // 60% exported at US$683 (× 80.5 = ₹54,981.50), 40% sold at home at ₹55,000: the average
    // invoice is 0.6 × 54,981.50 + 0.4 × 55,000 = ₹54,988.90; × 1,621,818 = ₹8,918.20 crore.
    expect(result.operations[0]?.averagePrice?.amount.toFixed(2)).toBe('54988.90');
    expect(result.operations.map((o) => o.plants[0]?.capacityBinds)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('LSEM: scheme years 2–5 earn, the build-year investment meeting the thresholds', () => {
    const e = result.pli?.enrolments[0];
    expect(e?.years.map((y) => y.schemeYear)).toEqual([2, 3, 4, 5, null]);
    // No base-year sales (the company did not exist in FY2019-20): every sale is incremental.
    // Exports and home sales both count. Year 2: ₹8,918.20 crore ≥ ₹8,000 crore, investment
    // ₹900 ≥ ₹500 crore → 6% = ₹535.09 crore. Year 3: ₹19,609.05 ≥ ₹15,000, ₹1,100 ≥ ₹750 → 5%
    // = ₹980.45 crore.
    // Years 4 and 5: the assumed ₹20,000 crore cap (A17) binds → 5% and 4% of ₹20,000 crore.
    expect(e?.years.map((y) => crore(y.incentive))).toEqual([
      '535.09',
      '980.45',
      '1000.00',
      '800.00',
      '0.00',
    ]);
    expect(crore(result.pli?.total as Money)).toBe('3315.54');
    // Paid a year later: FY2022-23's ₹535.09 crore arrives in FY2023-24 (F10: released in early 2024).
    expect(result.pli?.years.map((y) => crore(y.received))).toEqual([
      '0.00',
      '535.09',
      '980.45',
      '1000.00',
      '800.00',
      '0.00',
    ]);
  });

  it('without the build year in the opening position every investment threshold fails', () => {
    // The distortion issue 17 reported: the plan's own capex alone (₹300 and ₹500 crore) is
    // below the ₹500 / 750 / 1,000 crore thresholds, so the PLI falls from ₹3,316 crore to nil.
    const json = seed();
    json.pli.enrolments[0].investments = ['lines-phase-2', 'lines-phase-3'];
    const without = runScenario(parseScenario(json));
    expect(crore(without.pli?.total as Money)).toBe('0.00');
    expect(without.pli?.enrolments[0]?.years[0]?.reasons[0]).toBe(
      'cumulative investment ₹300 crore is below the ₹500 crore threshold for scheme year 2',
    );
  });

  it('depreciates the opening net block beside the capex', () => {
    // Book: ₹580 crore over 10 years = ₹58 crore a year, plus the capex's straight line put to
    // use at mid-year (₹300 crore × 95% ÷ 10 × 183/365 days = ₹14.29 crore) = ₹72.29 crore.
    expect(crore(result.investment.years[0]?.depreciation as Money)).toBe('72.29');
    // Tax: ₹555 crore of plant and machinery at 15% = ₹83.25 crore, plus the year's additions
    // (₹300 crore spent evenly: half at 15%, half at 7.5% = ₹33.75 crore) = ₹117.00 crore.
    expect(crore(result.tax.depreciation[0]?.depreciation as Money)).toBe('117.00');
  });

  it('splits profit and value between Pegatron and Tata Electronics by days held', () => {
    const o = result.owners;
    // FY2024-25 has 365 days; Tata holds 60% from 24 January 2025: 67 days × 0.6 ÷ 365.
    const fy25 = o?.years.find((y) => y.year === 'FY2024-25');
    expect(fy25?.shares.tata?.toFixed(6)).toBe(((67 * 0.6) / 365).toFixed(6));
    // The whole-business NPV (₹2,850.26 crore) is split to the paisa between the two owners.
    expect(crore(o?.totals.value.total as Money)).toBe('2850.26');
    expect(crore(result.valuation.withPli.npv)).toBe('2850.26');
    const byOwner = o?.totals.value.byOwner ?? {};
    expect(byOwner.pegatron?.amount.plus(byOwner.tata?.amount ?? 0).toFixed(2)).toBe(
      o?.totals.value.total.amount.toFixed(2),
    );
    // Tata, 60% from late in FY2024-25, gets most of the value: the terminal value and the
    // last two years' flows.
    expect(byOwner.tata?.amount.greaterThan(byOwner.pegatron?.amount ?? 0)).toBe(true);
  });

  it('checks the stated targets and the reported outcome', () => {
    expect(result.targets.map((t) => [t.metric, t.reached])).toEqual([
      ['revenue', true],
      ['headcount', false],
      ['cumulative-investment', true],
    ]);
    // FY2022-23: thresholds met as reported (F10) — the plan earns in that year too.
    expect(result.actuals?.rows[0]?.metric).toBe('pli-earned');
  });

  it.each(['pegatron-india-2022.json', 'optiemus-wistron-2021.json'])(
    '%s: every field is set by a sourced fact or a stated assumption',
    (file) => {
      const json = JSON.parse(
        readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'),
      ) as Json;
      const covered: string[] = [...json.meta.facts, ...json.meta.assumptions].flatMap(
        (x: Json) => x.appliesTo,
      );
      const leaves: string[] = [];
      const walk = (v: unknown, path: string) => {
        if (v === null || typeof v !== 'object') leaves.push(path);
        else
          for (const [k, x] of Object.entries(v))
            walk(x, Array.isArray(v) ? `${path}[${k}]` : path === '' ? k : `${path}.${k}`);
      };
      const { meta: _meta, ...fields } = json;
      walk(fields, '');
      const under = (leaf: string, c: string) =>
        leaf === c || leaf.startsWith(`${c}.`) || leaf.startsWith(`${c}[`);
      expect(leaves.filter((leaf) => !covered.some((c) => under(leaf, c)))).toEqual([]);
    },
  );
});
