// crorecast — sharing a PLI incentive between partners, exactly to the paisa, with every step shown.
// Run: npx tsx examples/05-sharing.ts
import {
  crore,
  evaluatePli,
  formatMoney,
  inr,
  type Money,
  type SharingAgreementInput,
  shareIncentive,
  shareIncentives,
  sum,
} from 'crorecast';
import { printTable } from './_print.js';

const cr = (m: Money) => formatMoney(m, { unit: 'crore', decimals: 2 });
const parties = [
  { id: 'maker', name: 'Domestic maker (Optiemus-like)' },
  { id: 'partner', name: 'Global partner (Wistron-like)' },
];

// %% [markdown]
// The domestic maker's LSEM incentive from examples/04-pli.ts (every volume, price and spend
// there is an ASSUMPTION), evaluated again here so this script stands alone.
// %%
const phones = (valueLakh: number, featureLakh: number, premiumLakh: number) => [
  { invoiceValue: inr(9000), units: valueLakh * 100_000 }, // ASSUMED price
  { invoiceValue: inr(1200), units: featureLakh * 100_000 }, // ASSUMED price
  { invoiceValue: inr(18000), units: premiumLakh * 100_000 }, // ASSUMED price
];
const pli = evaluatePli({
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  firstYear: 'FY2021-22',
  baseYearLines: phones(4, 5, 0).concat([{ invoiceValue: inr(16000), units: 50_000 }]), // ASSUMED
  years: [
    { year: 'FY2021-22', lines: phones(10, 20, 2), cumulativeInvestment: crore(60) }, // ASSUMED
    { year: 'FY2022-23', lines: phones(15, 20, 4), cumulativeInvestment: crore(120) }, // ASSUMED
    { year: 'FY2023-24', lines: phones(25, 20, 6), cumulativeInvestment: crore(140) }, // ASSUMED
    { year: 'FY2024-25', lines: phones(35, 20, 8), cumulativeInvestment: crore(210) }, // ASSUMED
    { year: 'FY2025-26', lines: phones(45, 20, 10), cumulativeInvestment: crore(230) }, // ASSUMED
  ],
});
console.log(`incentive to share: ${cr(pli.total)} over ${pli.years.length} years`);

// %% [markdown]
// The seed scenario's split (its assumption A21): the maker keeps 40% for the claim, compliance
// and investment risk, and the rest is shared 50/50 — 70/30 overall.
// %%
const seedSplit: SharingAgreementInput = {
  parties,
  rule: {
    kind: 'retain-then-share',
    retain: { party: 'maker', share: '0.4' }, // ASSUMED (seed A21)
    // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
    then: { kind: 'fixed', weights: { maker: 50, partner: 50 } }, // ASSUMED (seed A21)
  },
};
const shared = shareIncentives(pli, seedSplit);
printTable(
  shared.years.map((y) => ({
    year: y.year,
    incentive: cr(y.amount),
    maker: cr(y.shares.maker ?? inr(0)),
    partner: cr(y.shares.partner ?? inr(0)),
  })),
);
console.log(
  `totals: maker ${cr(shared.totals.maker ?? inr(0))}, partner ${cr(shared.totals.partner ?? inr(0))}`,
);
console.log(
  `shares add back to the total: ${sum(Object.values(shared.totals), 'INR').amount.eq(shared.total.amount)}`,
);

// %% [markdown]
// A tiered deal: the first ₹50 crore of a year 70/30, the rest 50/50 (the example:
// ₹120 crore gives ₹70 crore and ₹50 crore). The steps explain each move.
// %%
const tiered: SharingAgreementInput = {
  parties,
  rule: {
    kind: 'tiered',
    tiers: [
      { upTo: crore(50), weights: { maker: 70, partner: 30 } },
      { upTo: null, weights: { maker: 50, partner: 50 } },
    ],
  },
};
const example = shareIncentive(crore(120), tiered);
for (const step of example.steps) console.log(`- ${step.description}`);
console.log(
  `maker ${cr(example.shares.maker ?? inr(0))}, partner ${cr(example.shares.partner ?? inr(0))}`,
);

// %% [markdown]
// Pro rata to each party's attributed sales, with a cap: the partner is credited with the
// premium phones it assembles (ASSUMED ₹1,440 crore against the maker's ₹3,390 crore), and its
// share is capped at ₹40 crore a year (ASSUMED); the excess goes back to the maker.
// %%
const year4 = pli.years[3]?.incentive ?? inr(0);
const capped = shareIncentive(year4, {
  parties,
  rule: { kind: 'pro-rata', basis: { maker: crore(3390), partner: crore(1440) } }, // ASSUMED
  caps: { partner: crore(40) }, // ASSUMED
});
for (const step of capped.steps) console.log(`- ${step.description}`);
printTable(
  Object.entries(capped.shares).map(([party, m]) => ({
    party,
    share: cr(m),
    'rupees (exact)': m.amount.toFixed(),
  })),
);

// %% [markdown]
// An agreement that cannot be honoured is refused, never silently bent: floors above the amount.
// %%
try {
  shareIncentive(crore(10), { ...tiered, floors: { maker: crore(8), partner: crore(5) } });
} catch (e) {
  console.log((e as Error).message);
}
