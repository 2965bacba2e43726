// crorecast — the second seed: Pegatron's Chengalpattu iPhone plant (LSEM, global category), a
// plan whose horizon starts in its first production year with the build year as its opening
// position, and whose owners change inside the horizon (Tata Electronics 60% from January 2025).
// Run: npx tsx examples/09-second-seed.ts
import { readFileSync } from 'node:fs';
import { formatMoney, inr, type Money, parseScenario, runScenario } from 'crorecast';

const cr = (m: Money) => formatMoney(m, { unit: 'crore', decimals: 0 });
const seedFile = new URL('../seeds/pegatron-india-2022.json', import.meta.url);
const json = JSON.parse(readFileSync(seedFile, 'utf8'));

// %% [markdown]
// The opening position: what was invested in the build year (FY2021-22) counts towards LSEM's
// cumulative investment thresholds from the first horizon year; its net block depreciates beside
// the plan's capex.
// %%
const result = runScenario(parseScenario(json));
console.log(`${result.meta.name}: ${result.years[0]} to ${result.years.at(-1)}`);
console.log(`invested before the horizon: ${cr(result.opening?.investmentTotal ?? inr(0))}`);
for (const y of result.pli?.enrolments[0]?.years ?? []) {
  console.log(
    `${y.year}  scheme year ${y.schemeYear ?? '—'}  sales ${cr(y.netSales)}  invested ${cr(y.cumulativeInvestment)}  PLI ${cr(y.incentive)}`,
  );
}

// %% [markdown]
// Without the build year in the enrolment's investments, the plan's own capex misses every
// threshold: the PLI falls to nil. That is why a plan needs an opening position.
// %%
json.pli.enrolments[0].investments = ['lines-phase-2', 'lines-phase-3'];
const without = runScenario(parseScenario(json));
console.log(
  `PLI with the build year ${cr(result.pli?.total ?? inr(0))}, without it ${cr(without.pli?.total ?? inr(0))}`,
);

// %% [markdown]
// The owners' shares of the whole business's value, time-weighted by days held.
// %%
for (const owner of result.owners?.owners ?? []) {
  const value = result.owners?.totals.value.byOwner[owner.id];
  if (value !== undefined)
    console.log(`${owner.name}: ${cr(value)} of ${cr(result.valuation.withPli.npv)}`);
}
