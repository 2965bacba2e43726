// crorecast — PLI: schemes as validated data, evaluated year by year with every reason shown.
// Run: npx tsx examples/04-pli.ts
import {
  checkCompanyEligibility,
  crore,
  evaluatePli,
  formatMoney,
  getPliScheme,
  inr,
  type Money,
  type PliEvaluation,
  pliRulesInForce,
  subtract,
  withOverrides,
} from 'crorecast';
import { printTable } from './_print.js';

const cr = (m: Money) => formatMoney(m, { unit: 'crore', decimals: 1 });
const pct = (d: { times(n: number): { toFixed(): string } }) => `${d.times(100).toFixed()}%`;
const table = (result: PliEvaluation) =>
  printTable(
    result.years.map((y) => ({
      year: y.year,
      'scheme yr': y.schemeYear,
      'net incr. sales': cr(y.netIncrementalSales),
      'investment ok': y.thresholds.investment.met,
      'sales ok': y.thresholds.sales.met,
      rate: pct(y.rate),
      incentive: cr(y.incentive),
    })),
  );

// %% [markdown]
// Schemes are data. The LSEM preset carries the facts-file thresholds, its sources and a
// confidence flag on every figure group; anything not confirmed is listed by the evaluation.
// %%
const lsem = getPliScheme('lsem-2020');
console.log(
  `${lsem.name} (${lsem.authority}), notified ${lsem.notified}, base year ${lsem.baseYear}`,
);
printTable(
  Object.entries(lsem.categories).map(([id, c]) => ({
    category: id,
    'investment (₹ cr, cumulative)': c.thresholds.investment?.cumulative
      .map((x) => x?.toFixed())
      .join(' / '),
    'incremental sales (₹ cr)': c.thresholds.sales?.incremental
      .map((x) => x?.toFixed())
      .join(' / '),
    floor:
      c.invoiceFloor === undefined
        ? '—'
        : `≥ ${formatMoney(inr(c.invoiceFloor.floors[0]?.minimumRupees ?? 0), { decimals: 0 })}`,
  })),
);

// %% [markdown]
// The worked example: a domestic maker with ₹200 crore of base-year phone sales.
// Year 2 misses the sales threshold and year 3 the investment threshold; both earn nothing.
// %%
const worked = evaluatePli({
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  baseYearSales: crore(200),
  years: [
    { year: 'FY2020-21', netSales: crore(800), cumulativeInvestment: crore(60) },
    { year: 'FY2021-22', netSales: crore(1100), cumulativeInvestment: crore(120) },
    { year: 'FY2022-23', netSales: crore(2500), cumulativeInvestment: crore(140) },
    { year: 'FY2023-24', netSales: crore(4000), cumulativeInvestment: crore(210) },
    { year: 'FY2024-25', netSales: crore(5500), cumulativeInvestment: crore(210) },
  ],
});
table(worked);
console.log(`total ${cr(worked.total)}`);
for (const y of worked.years.filter((r) => !r.eligible))
  console.log(`${y.year}: ${y.reasons.join('; ')}`);

// %% [markdown]
// The seed partners' case. A domestic maker (Optiemus-like) sells phones in every price band.
// Every number below is an ASSUMPTION for illustration, not a reported figure.
// %%
const phones = (valueLakh: number, featureLakh: number, premiumLakh: number) => [
  { label: 'value smartphone', invoiceValue: inr(9000), units: valueLakh * 100_000 }, // ASSUMED ₹9,000
  { label: 'feature phone', invoiceValue: inr(1200), units: featureLakh * 100_000 }, // ASSUMED ₹1,200
  { label: 'premium smartphone', invoiceValue: inr(18000), units: premiumLakh * 100_000 }, // ASSUMED ₹18,000
];
const plan = {
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  firstYear: 'FY2021-22', // the shifted window the extension allows (as in the seed scenario)
  company: { baseYearRevenue: crore(1200) }, // ASSUMED company revenue in FY2019-20
  // ASSUMED base year: 4 lakh value phones, 5 lakh feature phones, 50,000 premium at ₹16,000 = ₹500 crore
  baseYearLines: [
    { invoiceValue: inr(9000), units: 400_000 },
    { invoiceValue: inr(1200), units: 500_000 },
    { invoiceValue: inr(16000), units: 50_000 },
  ],
  years: [
    // ASSUMED volumes (lakh units: value, feature, premium) and cumulative investment
    { year: 'FY2021-22', lines: phones(10, 20, 2), cumulativeInvestment: crore(60) },
    { year: 'FY2022-23', lines: phones(15, 20, 4), cumulativeInvestment: crore(120) },
    { year: 'FY2023-24', lines: phones(25, 20, 6), cumulativeInvestment: crore(140) },
    { year: 'FY2024-25', lines: phones(35, 20, 8), cumulativeInvestment: crore(210) },
    { year: 'FY2025-26', lines: phones(45, 20, 10), cumulativeInvestment: crore(230) },
  ],
} as const;
console.log(checkCompanyEligibility(lsem, 'domestic-mobile', plan.company).reasons[0]);
const domestic = evaluatePli(plan);
table(domestic);
console.log(`domestic maker's total: ${cr(domestic.total)}`);

// %% [markdown]
// The same phones under the global partner's rule: only units invoiced at ₹15,000 or more count,
// so the global thresholds (₹4,000 crore and up) are far away and nothing is earned. (The partner's
// own base year and investment are ASSUMED equal to the premium base and the maker's spend.)
// %%
const global = evaluatePli({
  ...plan,
  category: 'global-mobile',
  company: undefined,
  baseYearLines: [{ invoiceValue: inr(16000), units: 50_000 }],
});
printTable(
  global.years.map((y) => ({
    year: y.year,
    'counted (≥ ₹15,000)': cr(y.netSales),
    'ignored (< ₹15,000)': cr(y.belowFloorSales),
    incentive: cr(y.incentive),
  })),
);
console.log(global.years[0]?.reasons.join('; '));

// %% [markdown]
// How much of the domestic maker's incentive rests on phones below ₹15,000? Give the domestic
// category the global floor with `withOverrides` and evaluate again: with only premium phones,
// the domestic thresholds are missed every year.
// %%
const floored = withOverrides(lsem, {
  categories: {
    'domestic-mobile': {
      invoiceFloor: {
        floors: [{ minimumRupees: '15000', inclusive: true }],
        countsTowardsThresholds: false,
        confidence: 'confirmed',
        note: 'hypothetical: the global rule applied to a domestic firm',
      },
    },
  },
});
const onlyPremium = evaluatePli({ ...plan, scheme: floored });
printTable(
  domestic.years.map((y, i) => ({
    year: y.year,
    'incentive, all bands': cr(y.incentive),
    'incentive, ≥ ₹15,000 only': cr(onlyPremium.years[i]?.incentive ?? inr(0)),
  })),
);
console.log(
  `incentive that exists only because the domestic maker makes phones below ₹15,000: ${cr(subtract(domestic.total, onlyPremium.total))}`,
);

// %% [markdown]
// Unknown or unconfirmed figures are never guessed silently: IT Hardware 1.0's global thresholds
// after year 1 are unknown, so evaluating year 2 asks for them.
// %%
try {
  evaluatePli({
    scheme: 'it-hardware-2021',
    category: 'global',
    baseYearSales: crore(0),
    years: [{ year: 'FY2022-23', netSales: crore(3000), cumulativeInvestment: crore(100) }],
  });
} catch (e) {
  console.log((e as Error).message);
}
console.log('assumptions the domestic evaluation relies on:', domestic.assumptions);

// %% [markdown]
// Rules as of a date. LSEM's one-year extension (FY2021-22 may be year 1) was announced on
// 28 June 2021 and notified on 23 September 2021. A plan dated 24 August 2021 that counts on it
// is evaluated under the rules *announced* by then; under the rules *notified* by then, year 1 is
// FY2020-21, so the same firm is already in year 2 in FY2021-22, against higher thresholds, and
// earns nothing here. The evaluation says which rules it used and what was not yet notified.
// %%
const sales = [
  { year: 'FY2021-22', netSales: crore(1500), cumulativeInvestment: crore(60) },
  { year: 'FY2022-23', netSales: crore(2000), cumulativeInvestment: crore(110) },
  { year: 'FY2023-24', netSales: crore(3000), cumulativeInvestment: crore(160) },
];
const announced = evaluatePli({
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  firstYear: 'FY2021-22',
  rulesAsOf: { date: '2021-08-24', basis: 'announced' },
  baseYearSales: crore(200),
  years: sales,
});
const notified = evaluatePli({
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  rulesAsOf: { date: '2021-08-24', basis: 'notified' },
  baseYearSales: crore(200),
  years: sales,
});
for (const [label, result] of [
  ['announced by 24 Aug 2021', announced],
  ['notified by 24 Aug 2021', notified],
] as const) {
  console.log(`\n${label}: total ${cr(result.total)}`);
  console.log(result.rules.description);
  table(result);
}

// %% [markdown]
// IT Hardware 2.0 (notified 29 May 2023) is a new scheme, not a version of 1.0: a 1.0 enrolment
// keeps 1.0's rules on any later date, and the rules say that 2.0 needs an enrolment of its own.
// %%
console.log(
  pliRulesInForce(getPliScheme('it-hardware-2021'), { asOf: '2024-01-01', basis: 'notified' })
    .description,
);
