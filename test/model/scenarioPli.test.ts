import { describe, expect, it } from 'vitest';
import { ZERO } from '../../src/core/decimal.js';
import { parseScenario, runScenario } from '../../src/model/index.js';
import { findDoubleClaims } from '../../src/pli/index.js';
import { scenarioIssues, seedJson } from './_seed.js';

type Pli = { enrolments: Record<string, unknown>[]; sharing: Record<string, unknown> };
const pliOf = (j: Record<string, unknown>) => j.pli as Pli;

const issues = scenarioIssues;

describe('no double claims', () => {
  it('finds the same goods and the same investment in two enrolments, naming both', () => {
    const found = findDoubleClaims([
      { id: 'a', goods: ['phones', 'tablets'], investments: ['lines'] },
      { id: 'b', goods: ['laptops'], investments: [] },
      { id: 'c', goods: ['tablets'], investments: ['hub', 'lines'] },
    ]);
    expect(found.map((d) => [d.kind, d.item, d.first.id, d.second.id, d.second.position])).toEqual([
      ['goods', 'tablets', 'a', 'c', 0],
      ['investment', 'lines', 'a', 'c', 1],
    ]);
    expect(found.every((d) => d.code === 'PLI_DOUBLE_CLAIM')).toBe(true);
    expect(findDoubleClaims([{ id: 'a', goods: ['x'], investments: ['y'] }])).toEqual([]);
  });

  it('rejects the premium phones and the mobile lines added to the IT Hardware enrolment', () => {
    // The issue's case: it passed validation and lifted PLI to ₹3,014 crore.
    const json = seedJson();
    const it = pliOf(json).enrolments[1] as { segments: string[]; investments: string[] };
    it.segments.push('smartphones-premium');
    it.investments.push('mobile-lines');
    expect(issues(json)).toEqual([
      'pli.enrolments[1].segments[2]: PLI_DOUBLE_CLAIM: goods "smartphones-premium" are claimed by enrolments "lsem-domestic-mobile" and "it-hardware-domestic": the same goods cannot earn twice',
      'pli.enrolments[1].investments[2]: PLI_DOUBLE_CLAIM: investment "mobile-lines" counts towards the thresholds of enrolments "lsem-domestic-mobile" and "it-hardware-domestic": one investment cannot meet two thresholds',
    ]);
  });
});

describe('rules as of a date, in the scenario', () => {
  it('says where a first year is not allowed under the rules chosen', () => {
    const json = seedJson();
    (json.pli as Record<string, unknown>).rulesAsOf = { date: '2021-08-24', basis: 'notified' };
    expect(issues(json)).toContain(
      'pli.enrolments[0].firstYear: firstYear FY2021-22 is not allowed by lsem-2020; choose FY2020-21 under these rules',
    );
  });

  it('checks the years a downside takes as missed', () => {
    const json = seedJson();
    pliOf(json).enrolments[0] = {
      ...pliOf(json).enrolments[0],
      assumeMissed: { years: ['FY2026-27'], reason: 'downside' },
    };
    expect(issues(json)[0]).toMatch(
      /^pli\.enrolments\[0\]\.assumeMissed\.years\[0\]: FY2026-27 is not a scheme year of this enrolment/,
    );
  });
});

describe('sharing scope and the payment to the partner', () => {
  it('shares only the scoped segments of the scoped enrolments, and books the payment as an expense', {
    timeout: 30_000,
  }, () => {
    const json = seedJson();
    const sharing = pliOf(json).sharing;
    delete sharing.appliesTo;
    sharing.scope = { enrolments: ['lsem-domestic-mobile'], segments: ['feature-phones'] };
    sharing.treatment = { gst: 'assumed: no GST on a share of a subsidy' };
    const r = runScenario(parseScenario(json));
    const pli = r.pli;
    const y = pli?.years[1];
    const op = r.operations[1];
    const revenue = (id: string) =>
      op?.segments.find((s) => s.segment === id)?.revenue.amount ?? ZERO;
    const phones = ['smartphones-value', 'smartphones-premium', 'feature-phones'];
    const share = revenue('feature-phones').dividedBy(
      phones.reduce((a, id) => a.plus(revenue(id)), ZERO),
    );
    const lsem = pli?.enrolments[0]?.years[1]?.incentive.amount;
    // In scope: the LSEM incentive × the feature phones' share of LSEM sales; IT Hardware kept.
    expect(y?.inScope.amount.toFixed(6)).toBe(lsem?.times(share).toFixed(6));
    // 70/30 of the scope: the partner gets 30% of it; the company pays it. The sharing layer
    // rounds the amount to the paisa before it splits and allocates the odd paisa, so the share
    // is 30% of the scope to within one paisa (₹0.01).
    expect(
      y?.paidToPartners.amount.minus(y.inScope.amount.times('0.3')).abs().lessThanOrEqualTo('0.01'),
    ).toBe(true);
    expect(y?.companyIncome.amount.plus(y.paidToPartners.amount).toFixed(2)).toBe(
      y?.earned.amount.toFixed(2),
    );
    // The P&L books the whole incentive as income and the payment as its own expense line.
    const p = r.profitAndLoss.withPli[1];
    expect(p?.pliIncome.amount.toFixed(6)).toBe(y?.earned.amount.toFixed(6));
    expect(p?.pliPaidToPartners.amount.toFixed(6)).toBe(y?.paidToPartners.amount.toFixed(6));
    expect(p?.profitBeforeTax.amount.toFixed(6)).toBe(
      p?.ebit.amount.plus(p.pliIncome.amount).minus(p.pliPaidToPartners.amount).toFixed(6),
    );
    expect(pli?.sharing).toEqual({
      enrolments: ['lsem-domestic-mobile'],
      segments: ['feature-phones'],
      taxDeductible: true,
      gst: 'assumed: no GST on a share of a subsidy',
    });
  });

  it('taxes a payment that is not deductible on the profit before it', { timeout: 30_000 }, () => {
    const json = seedJson();
    pliOf(json).sharing.treatment = { taxDeductible: false, gst: 'n/a' };
    const r = runScenario(parseScenario(json));
    const p = r.profitAndLoss.withPli[2];
    // No losses to set off in FY2023-24, so current tax (on tax depreciation) + deferred tax =
    // the rate × (PBT + the payment added back), whatever the depreciation allowed.
    expect(p?.lossCarriedForward.amount.isZero()).toBe(true);
    expect(p?.tax.amount.toFixed(6)).toBe(
      p?.profitBeforeTax.amount.plus(p.pliPaidToPartners.amount).times(r.tax.rate).toFixed(6),
    );
    expect(p?.taxableProfit.amount.toFixed(6)).toBe(
      p?.profitBeforeTax.amount
        .plus(p.pliPaidToPartners.amount)
        .plus(p.depreciation.amount)
        .minus(p.taxDepreciation.amount)
        .toFixed(6),
    );
  });

  it('rejects a segment the covered enrolments do not claim', () => {
    const json = seedJson();
    const sharing = pliOf(json).sharing;
    delete sharing.appliesTo;
    sharing.scope = { enrolments: ['lsem-domestic-mobile'], segments: ['laptops'] };
    expect(issues(json)[0]).toMatch(
      /^pli\.sharing\.scope\.segments\[0\]: segment "laptops" is not claimed by an enrolment the agreement covers/,
    );
  });
});

describe('the rules each enrolment is evaluated under', () => {
  it('its own version or date, else the section’s (worked out once a run)', {
    timeout: 30_000,
  }, () => {
    const rulesOf = (json: Record<string, unknown>) =>
      (runScenario({ ...parseScenario(json), variants: [] }).pli?.enrolments ?? []).map((e) => [
        e.rules.basis,
        e.rules.asOf,
        e.rules.applied.map((v) => v.id),
      ]);
    const json = seedJson();
    (json.pli as Record<string, unknown>).rulesAsOf = { date: '2021-08-24', basis: 'announced' };
    expect(rulesOf(json)).toEqual([
      ['announced', '2021-08-24', ['lsem-2020-extension-2021']],
      ['announced', '2021-08-24', []],
    ]);
    // Each enrolment's own choice wins over the section's.
    const [lsem, it] = pliOf(json).enrolments as Record<string, unknown>[];
    Object.assign(lsem ?? {}, { version: 'lsem-2020-extension-2021' });
    Object.assign(it ?? {}, { rulesAsOf: { date: '2022-01-01', basis: 'notified' } });
    expect(rulesOf(json)).toEqual([
      ['version', null, ['lsem-2020-extension-2021']],
      ['notified', '2022-01-01', []],
    ]);
  });
});
