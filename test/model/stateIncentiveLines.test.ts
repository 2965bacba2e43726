import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/model/index.js';
import { formatMoney, type Money } from '../../src/money/index.js';
import { renderDocument } from '../../src/report/index.js';
import { scenarioHtml } from '../../src/report/scenarioHtml.js';
import { scenarioReport } from '../../src/report/scenarioReport.js';
import { seedWithoutVariantsResult } from '../_lib/seedResults.js';
import { scenarioIssues, seedWithoutVariants } from './_seed.js';
import { tinyJson } from './_tiny.js';

const cr = (m: Money | undefined, decimals = 2) =>
  m === undefined ? 'none' : formatMoney(m, { unit: 'crore', decimals });

const source = { id: 'tn-ehmp-2020', title: 'TN EHMP 2020', publisher: 'Govt of Tamil Nadu' };
const capital = {
  id: 'tn-capital',
  name: 'Tamil Nadu capital subsidy',
  kind: 'capital-subsidy',
  rate: '0.24',
  eligibleCapex: '₹700 crore',
  instalments: 15,
  firstYear: 'FY2020-21',
  taxBlockRate: '0.15',
  sources: ['tn-ehmp-2020'],
  confidence: 'reported',
};
const sgst = {
  id: 'tn-sgst',
  name: 'Tamil Nadu SGST reimbursement',
  kind: 'sgst-reimbursement',
  sgstRate: '0.09',
  share: '1',
  years: 3,
  cap: '₹6,000 crore',
  sources: ['tn-ehmp-2020'],
  confidence: 'unconfirmed',
};

function withIncentives(...list: Record<string, unknown>[]) {
  const json = tinyJson();
  (json.meta as { sources: unknown[] }).sources = [source];
  json.stateIncentives = list;
  return json;
}

describe('state incentives in a run', () => {
  const base = runScenario(parseScenario(withIncentives()));

  it('pays a capital subsidy of 24% of ₹700 crore in 15 instalments of ₹11.2 crore, past the horizon', () => {
    const r = runScenario(parseScenario(withIncentives(capital)));
    const [line] = r.stateIncentives;
    expect(line?.years.map((y) => cr(y.amount))).toEqual(Array(15).fill('₹11.20 crore'));
    expect(line?.years[14]?.year).toBe('FY2034-35');
    expect(line?.years[0]?.reason).toBe(
      'capital subsidy instalment 1 of 15: 24% of eligible capex ₹700.00 crore = ₹168.00 crore',
    );
    // Both cases carry it: 3 horizon years + 12 years that only collect instalments.
    for (const fcf of [r.cashFlow.withPli, r.cashFlow.withoutPli]) {
      expect(fcf.map((f) => cr(f.stateIncentivesReceived))).toEqual(Array(15).fill('₹11.20 crore'));
    }
    expect(r.cashFlow.withoutPli.at(-1)?.freeCashFlow.amount.toFixed()).toBe('112000000');
  });

  it('lowers tax depreciation (s.43(1) Explanation 10) rather than adding income', () => {
    const r = runScenario(parseScenario(withIncentives(capital)));
    const cut = r.stateIncentives[0]?.taxDepreciationReduction.map((c) => cr(c.amount, 4));
    // 15% × 11.2 = 1.68; 15% × (11.2 − 1.68 + 11.2) = 3.108; 15% × (20.72 − 3.108 + 11.2) = 4.3218.
    expect(cut).toEqual(['₹1.6800 crore', '₹3.1080 crore', '₹4.3218 crore']);
    const [p0, b0] = [r.profitAndLoss.withPli[0], base.profitAndLoss.withPli[0]];
    expect(b0?.taxDepreciation.amount.minus(p0?.taxDepreciation.amount ?? 0).toFixed()).toBe(
      '16800000',
    );
    // Not income: profit before tax is unchanged.
    expect(p0?.profitBeforeTax.amount.toFixed()).toBe(b0?.profitBeforeTax.amount.toFixed());
    // Cash: + ₹11.2 crore received − 25% tax on the ₹1.68 crore of lost depreciation.
    const f0 = r.cashFlow.withPli[0]?.freeCashFlow.amount;
    const g0 = base.cashFlow.withPli[0]?.freeCashFlow.amount;
    expect(f0?.minus(g0 ?? 0).toFixed()).toBe('107800000'); // 11.2 − 0.42 crore
    // Valuation includes it with and without PLI.
    expect(
      r.valuation.withoutPli.npv.amount.greaterThan(base.valuation.withoutPli.npv.amount),
    ).toBe(true);
    expect(r.valuation.withPli.npv.amount.greaterThan(base.valuation.withPli.npv.amount)).toBe(
      true,
    );
  });

  it('leaves them out of the opening run-rate baseline, so the increment carries them', () => {
    const plain = withIncentives();
    plain.baseline = { kind: 'opening-run-rate' };
    const json = withIncentives(capital);
    json.baseline = { kind: 'opening-run-rate' };
    const [a, b] = [plain, json].map((j) => runScenario(parseScenario(j)).valuation);
    const first = (v: typeof a) => v?.incremental?.withoutPli[0]?.increment.amount;
    // FY2020-21: + ₹11.2 crore − 25% × ₹1.68 crore of lost tax depreciation, in the increment.
    expect(
      first(b)
        ?.minus(first(a) ?? 0)
        .toFixed(),
    ).toBe('107800000');
  });

  it('pays SGST reimbursement on domestic sales as taxable income, capped', () => {
    const r = runScenario(parseScenario(withIncentives(sgst)));
    // 9% SGST on ₹57,600 crore = ₹5,184 crore; the ₹6,000 crore cap leaves ₹816 crore, then 0.
    const years = r.stateIncentives[0]?.years ?? [];
    expect(years.map((y) => cr(y.amount, 0))).toEqual(['₹5,184 crore', '₹816 crore', '₹0 crore']);
    expect(years[1]?.reason).toContain('cut to ₹816.00 crore by the ₹6,000.00 crore cap');
    for (const pnl of [r.profitAndLoss.withPli, r.profitAndLoss.withoutPli]) {
      expect(cr(pnl[0]?.stateIncentiveIncome, 0)).toBe('₹5,184 crore');
    }
    const pbt = (x: typeof r, y: number) => x.profitAndLoss.withPli[y]?.profitBeforeTax.amount;
    expect(
      pbt(r, 1)
        ?.minus(pbt(base, 1) ?? 0)
        .toFixed(),
    ).toBe('8160000000');
    // Cash: ₹816 crore received less 25% tax on it.
    const f1 = r.cashFlow.withPli[1]?.freeCashFlow.amount;
    expect(f1?.minus(base.cashFlow.withPli[1]?.freeCashFlow.amount ?? 0).toFixed()).toBe(
      '6120000000',
    );
    // Not PLI: the PLI lines are untouched.
    expect(r.pli?.years.map((y) => y.earned.amount.toFixed())).toEqual(
      base.pli?.years.map((y) => y.earned.amount.toFixed()),
    );
  });
});

describe('stateIncentives section', () => {
  it('names the path of an unknown source, a year outside the horizon and a bad kind', () => {
    expect(
      scenarioIssues(
        withIncentives(
          { ...capital, sources: ['nowhere'] },
          { ...sgst, firstYear: 'FY2030-31' },
          { ...sgst, id: 'x', kind: 'land-rebate' },
        ),
      ),
    ).toEqual([
      'stateIncentives[2].kind: expected one of "capital-subsidy", "sgst-reimbursement", got "land-rebate"',
    ]);
    expect(
      scenarioIssues(
        withIncentives({ ...capital, sources: ['nowhere'] }, { ...sgst, firstYear: 'FY2030-31' }),
      ),
    ).toEqual([
      'stateIncentives[0].sources[0]: unknown source "nowhere" (sources: tn-ehmp-2020)',
      'stateIncentives[1].firstYear: FY2030-31 is outside the horizon (FY2020-21 to FY2022-23)',
    ]);
  });
});

describe('the report', () => {
  it('has a State incentives table in markdown and HTML, with the treatment and after-horizon cash', () => {
    const r = runScenario(parseScenario(withIncentives(capital, sgst)));
    const md = renderDocument(scenarioReport(r, { decimals: 2 }), 'markdown');
    expect(md).toContain('## State incentives');
    expect(md).toMatch(
      /\| Tamil Nadu capital subsidy \(cash received\) \| 11\.20 \| 11\.20 \| 11\.20 \| 33\.60 \|/,
    );
    expect(md).toMatch(/\|\s+fall in tax depreciation \| 1\.68 \| 3\.11 \| 4\.32 \| 9\.11 \|/);
    expect(md).toContain(
      'Tamil Nadu capital subsidy: 12 instalments after the horizon (FY2023-24 to FY2034-35), ₹134.40 crore in all',
    );
    expect(md).toContain('| State incentive income (SGST) |');
    expect(md).toContain('| State incentives received |');
    expect(scenarioHtml(r)).toContain('State incentives (₹ crore)');
    // None stated: no section.
    const none = renderDocument(scenarioReport(runScenario(parseScenario(tinyJson()))), 'markdown');
    expect(none).not.toContain('State incentives');
  });

  it('shows the scheme-ceiling cut in the PLI table when a ceiling applied', () => {
    const json = seedWithoutVariants();
    const lsem = (json.pli as { enrolments: Record<string, unknown>[] }).enrolments[0] ?? {};
    lsem.schemeClaims = {
      assumption: 'all beneficiaries claim twice the outlay in FY2022-23 (illustrative)',
      years: [{ year: 'FY2022-23', totalClaims: '₹16,850 crore' }],
    };
    const r = runScenario(parseScenario(json));
    const cut = r.pli?.enrolments[0]?.years.find((y) => y.year === 'FY2022-23')?.schemeCeiling;
    expect(cut?.binds).toBe(true);
    const md = renderDocument(scenarioReport(r, { decimals: 2 }), 'markdown');
    const row = md.split('\n').find((l) => l.startsWith('| Cut by the scheme ceiling |'));
    expect(row).toContain(` ${cr(cut?.reduction).replace(/[₹ crore]/g, '')} `);
    const plain = renderDocument(scenarioReport(seedWithoutVariantsResult()), 'markdown');
    expect(plain).not.toContain('Cut by the scheme ceiling');
  });
});

describe('the outturn', () => {
  it('carries state incentives as lines of their own, so the cash-flow lines still add up', () => {
    const json = seedWithoutVariants();
    (json.meta as { sources: unknown[] }).sources.push(source);
    json.stateIncentives = [{ ...capital, firstYear: 'FY2021-22' }];
    const o = runScenario(parseScenario(json)).outturn;
    const cash = o?.cashFlow ?? [];
    const line = cash.find((l) => l.id === 'stateIncentivesReceived');
    expect(line?.years.slice(0, 2).map((y) => cr(y.outturn))).toEqual([
      '₹11.20 crore',
      '₹11.20 crore',
    ]);
    for (const [k, year] of (line?.years ?? []).entries()) {
      const v = (id: string) => cash.find((l) => l.id === id)?.years[k]?.outturn.amount;
      const sum = v('ebitda')
        ?.minus(v('currentTax') ?? 0)
        .minus(v('capex') ?? 0)
        .minus(v('changeInWorkingCapital') ?? 0)
        .plus(v('pliReceived') ?? 0)
        .plus(v('stateIncentivesReceived') ?? 0);
      expect(sum?.toFixed(), year.year).toBe(v('freeCashFlow')?.toFixed());
    }
  });
});
