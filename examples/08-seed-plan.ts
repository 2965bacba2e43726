// crorecast — the seed plan end to end: the Optiemus–Wistron 2021 announcement as a scenario,
// run through projection, investment schedule, PLI and finance, and read as a board would.
// Run: npx tsx examples/08-seed-plan.ts
import { readFileSync } from 'node:fs';
import {
  formatMoney,
  type Money,
  parseScenario,
  type ReportTable,
  renderDocument,
  runScenario,
  scenarioReport,
  tableToConsole,
} from 'crorecast';

const cr = (m: Money) => formatMoney(m, { unit: 'crore', decimals: 0 });
const show = (table: ReportTable) => console.log(`\n${tableToConsole(table).trimEnd()}`);
const seedFile = new URL('../seeds/optiemus-wistron-2021.json', import.meta.url);

// %% [markdown]
// The scenario file holds the whole plan as data. `parseScenario` validates it — every problem
// comes back with its field path — and `runScenario` composes the layers into one result.
// %%
const scenario = parseScenario(JSON.parse(readFileSync(seedFile, 'utf8')));
const result = runScenario(scenario);
console.log(`${scenario.meta.name}: ${result.years[0]} to ${result.years.at(-1)}`);
console.log(
  `${scenario.meta.facts.length} facts from ${scenario.meta.sources.length} sources, ${scenario.meta.assumptions.length} assumptions`,
);

// %% [markdown]
// The report's sections, built once. First the answers in prose: the revenue target against
// capacity, headcount, PLI, earnings and value.
// %%
const report = scenarioReport(result);
const section = (heading: string) => {
  const found = report.sections.find((s) => s.heading === heading);
  if (found === undefined) throw new Error(`no section ${heading}`);
  return found;
};
for (const paragraph of section('What the plan answers').paragraphs ?? []) {
  console.log(`\n${paragraph.replace(/\*\*/g, '')}`);
}

// %% [markdown]
// Revenue by segment, in ₹ crore, with the year-over-year bridge by driver.
// %%
for (const table of section('Revenue').tables ?? []) show(table);

// %% [markdown]
// How much of the two Noida plants the plan uses, and the average realisation per device.
// %%
for (const table of section('Volume and capacity').tables ?? []) show(table);

// %% [markdown]
// The workforce the volume implies, against the ~11,000 stated.
// %%
for (const table of section('Headcount').tables ?? []) show(table);

// %% [markdown]
// PLI per enrolment — net sales and cumulative investment come from the projection and the
// schedule — then how the sharing agreement splits it and when the cash arrives.
// %%
for (const table of section('PLI incentives and sharing').tables ?? []) show(table);

// %% [markdown]
// The P&L (PLI on its own line, tax on Income-tax Act depreciation), free cash flow, and the value
// of the investment — the increment over the business as it runs at the start — with and without
// PLI, the terminal value's share in the open.
// %%
for (const heading of ['Profit and loss', 'Working capital and free cash flow', 'Valuation']) {
  for (const table of section(heading).tables ?? []) show(table);
}

// %% [markdown]
// The file's variants — PLI paid two years late, a rupee 3% weaker a year — run in full and
// compared with the plan: prices pass on each segment's share of a weaker rupee, which still trims
// a thin EMS margin; PLI carries much of the value.
// %%
for (const table of section('Variants').tables ?? []) show(table);

// %% [markdown]
// The stated targets, each with the constraint that binds. The same report renders as
// markdown, CSV or JSON: `renderDocument(report, 'markdown')`.
// %%
for (const table of section('Targets').tables ?? []) show(table);
const markdown = renderDocument(report, 'markdown');
console.log(`\nmarkdown report: ${markdown.split('\n').length} lines`);
const v = result.valuation;
console.log(`NPV with PLI ${cr(v.withPli.npv)}, without ${cr(v.withoutPli.npv)}`);
