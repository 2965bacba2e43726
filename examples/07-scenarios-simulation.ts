// crorecast — scenarios, sensitivity and seeded Monte Carlo on one projection core that runs
// exact (Decimal) for reports and fast (float64) for sweeps.
// Run: npx tsx examples/07-scenarios-simulation.ts
import {
  compareScenarios,
  compileProjection,
  Decimal,
  decimalCalculator,
  evaluateProjection,
  type ProjectionInputJson,
  runProjection,
  sensitivity,
  simulate,
  tableToConsole,
} from 'crorecast';

const table = (
  title: string,
  headers: Record<string, string>,
  rows: Record<string, string | Decimal>[],
  decimals = 0,
) =>
  console.log(
    tableToConsole({
      title,
      columns: Object.entries(headers).map(([key, header]) => ({ key, header, decimals })),
      rows: rows.map((cells) => ({ cells })),
    }),
  );
const cr = (x: Decimal | number) => new Decimal(x).dividedBy(1e7);

// %% [markdown]
// An ILLUSTRATIVE 5-year monthly plan with the eight product segments the seed article names,
// on two Noida plants (about 2 million devices a month in total, from the article) plus an
// ASSUMED expansion. Every volume, price, cost and rate is an assumption.
// %%
const inr = (amount: string) => ({ amount, currency: 'INR' as const });
const usd = (amount: string) => ({ amount, currency: 'USD' as const });
const cagr = (start: string, rate: string) => ({ kind: 'compound' as const, start, rate });
const segment = (
  id: string,
  plant: string,
  start: string,
  growth: string,
  price: string,
  change: string,
  bom: string,
  conversion: string,
  productivity: string,
) => ({
  id,
  plant,
  volume: cagr(start, growth),
  price: { perUnit: inr(price), yearlyChange: change },
  costs: {
    importedComponents: { perUnit: usd(bom), yearlyChange: '-0.02' },
    conversion: { perUnit: inr(conversion), yearlyChange: '0.04' },
  },
  unitsPerWorkerPerMonth: productivity,
});
const base: ProjectionInputJson = {
  horizon: { start: 'FY2022-23', years: 5 },
  fx: { USD: { rate: '74.5', yearlyChange: '0.02' } },
  capacityAllocation: 'pro-rata',
  plants: [
    {
      id: 'noida-1',
      unitsPerMonth: '1200000',
      shifts: 2,
      minimumDirectPerShift: '300',
      expansions: [
        {
          id: 'noida-1-p2',
          unitsPerMonth: '800000',
          online: '2024-04',
          utilisation: { initial: '0.4', target: '0.9', months: 9 },
        },
      ],
    },
    { id: 'noida-2', unitsPerMonth: '800000', shifts: 2, minimumDirectPerShift: '200' },
  ],
  segments: [
    segment('mobile', 'noida-1', '650000', '0.18', '12500', '0.03', '125', '450', '200'),
    segment('tablets', 'noida-1', '40000', '0.30', '16000', '-0.02', '150', '600', '120'),
    segment('laptops', 'noida-1', '20000', '0.45', '38000', '-0.02', '360', '1500', '60'),
    segment('hearables', 'noida-2', '250000', '0.30', '2000', '-0.05', '18', '80', '800'),
    segment('telecom', 'noida-2', '30000', '0.20', '9000', '0', '85', '500', '120'),
    segment('iot', 'noida-2', '90000', '0.40', '1500', '-0.04', '11', '70', '600'),
    segment('smart-meters', 'noida-2', '40000', '0.25', '3200', '0', '25', '220', '300'),
    segment('auto-ev', 'noida-1', '5000', '0.60', '30000', '0.01', '220', '2600', '40'),
  ],
  headcount: {
    opening: '3000',
    indirectRatio: '0.2',
    maxHiresPerMonth: '450',
    yearlyAttrition: '0.2',
    teams: [{ id: 'design-hub', heads: '300', from: '2022-10', costPerHead: inr('140000') }],
    payroll: { direct: inr('18000'), indirect: inr('45000'), yearlyIncrease: '0.07' },
  },
};
const outputs = [
  'revenue@FY2026-27',
  'grossProfit@FY2026-27',
  'unmetUnits@FY2026-27',
  'headcount@FY2026-27',
];

// %% [markdown]
// Scenario variants are deep-partial overrides of the base, validated after merging. Arrays
// merge by position: `segments: [{ … }]` changes the first segment only.
// %%
const cmp = compareScenarios(
  base,
  {
    'weak rupee (₹85/$)': { fx: { USD: { rate: '85' } } },
    'price war (−6%/yr phones)': { segments: [{ price: { yearlyChange: '-0.06' } }] },
    'no expansion': { plants: [{ expansions: [] }] },
    'hiring capped at 250/month': { headcount: { maxHiresPerMonth: '250' } },
  },
  { outputs },
);
table(
  'Scenarios, FY2026-27 (₹ crore; units in lakh)',
  { output: 'Output', ...Object.fromEntries(cmp.scenarios.map((s, i) => [`s${i}`, s])) },
  cmp.rows.map((row) => ({
    output: row.output,
    ...Object.fromEntries(
      row.values.map((v, i) => [
        `s${i}`,
        row.output.startsWith('unmet')
          ? v.dividedBy(1e5)
          : row.output.startsWith('headcount')
            ? v
            : cr(v),
      ]),
    ),
  })),
);

// %% [markdown]
// Sensitivity, one input at a time (others at base), sorted by swing — tornado data for FY2026-27
// gross profit. Inputs are addressed by path; a segment may be named by its id.
// %%
const [tornado] = sensitivity(base, {
  inputs: [
    { path: 'segments[mobile].price.perUnit', change: '0.05' },
    { path: 'segments[mobile].volume.rate', low: '0.10', high: '0.25' },
    { path: 'segments[mobile].costs.importedComponents.perUnit', change: '0.1' },
    { path: 'fx.USD.rate', low: '70', high: '85' },
    { path: 'fx.USD.yearlyChange', low: '0', high: '0.05' },
    { path: 'plants[noida-2].unitsPerMonth', change: '0.25' },
    { path: 'segments[laptops].volume.rate', low: '0.2', high: '0.6' },
    { path: 'headcount.yearlyAttrition', low: '0.1', high: '0.3' },
  ],
  outputs: ['grossProfit@FY2026-27'],
});
table(
  `Tornado: ${tornado?.output} (₹ crore; base ${cr(tornado?.base ?? 0).toFixed(0)})`,
  { path: 'Input', low: 'At low', high: 'At high', swing: 'Swing' },
  (tornado?.bars ?? []).map((b) => ({
    path: b.path,
    low: cr(b.outputAtLow),
    high: cr(b.outputAtHigh),
    swing: cr(b.swing),
  })),
);

// %% [markdown]
// Seeded Monte Carlo on the float64 core: the same seed gives the same percentiles on every
// machine. Memory holds draws × outputs numbers, never full results.
// %%
const draws = process.env.CRORECAST_SMOKE ? 2_000 : 10_000;
const plan = compileProjection(base);
const started = performance.now();
const sim = simulate(plan, {
  draws,
  seed: 20210824,
  inputs: [
    {
      path: 'segments[mobile].volume.rate',
      distribution: { kind: 'triangular', low: '0.08', mode: '0.18', high: '0.28' },
    },
    {
      path: 'segments[mobile].price.perUnit',
      apply: 'factor',
      distribution: { kind: 'pert', low: '0.85', mode: '1', high: '1.08' },
    },
    { path: 'fx.USD.rate', distribution: { kind: 'normal', mean: '74.5', sd: '3' } },
    {
      path: 'segments[laptops].volume.start',
      distribution: { kind: 'lognormal', mean: '20000', sd: '6000' },
    },
    {
      path: 'headcount.yearlyAttrition',
      distribution: { kind: 'uniform', low: '0.12', high: '0.3' },
    },
  ],
  outputs,
});
const simMs = performance.now() - started;
table(
  `Monte Carlo, ${draws.toLocaleString('en-IN')} draws, seed ${sim.seed} (₹ crore; units in lakh; heads)`,
  {
    output: 'Output',
    p5: 'P5',
    p10: 'P10',
    p50: 'P50',
    p90: 'P90',
    p95: 'P95',
    mean: 'Mean',
    sd: 'SD',
  },
  sim.outputs.map((o) => {
    const scale = o.output.startsWith('unmet') ? 1e5 : o.output.startsWith('headcount') ? 1 : 1e7;
    const f = (x: number) => new Decimal(x).dividedBy(scale);
    return {
      output: o.output,
      p5: f(o.p5),
      p10: f(o.p10),
      p50: f(o.p50),
      p90: f(o.p90),
      p95: f(o.p95),
      mean: f(o.mean),
      sd: f(o.sd),
    };
  }),
);

// %% [markdown]
// One set of equations, two backends: the exact run for the report and the float64 run for
// sweeps agree to far better than 1e-9 here; the timings are why simulation uses float64.
// (Timings vary by machine and load.)
// %%
const time = (runs: number, f: () => void) => {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  return ts.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
};
const exact = evaluateProjection<Decimal>(plan, outputs, { calculator: decimalCalculator });
const fast = evaluateProjection(plan, outputs);
const worst = Math.max(
  ...outputs.map(
    (k) =>
      Math.abs((exact[k]?.toNumber() ?? 0) - (fast[k] ?? 0)) / Math.max(1, Math.abs(fast[k] ?? 0)),
  ),
);
const decimalMs = time(3, () => runProjection(plan));
const floatMs = time(200, () => evaluateProjection(plan, outputs));
table('Decimal vs float64 (5 years monthly, 8 segments)', { what: 'Measure', value: 'Value' }, [
  { what: 'runProjection, Decimal (median ms)', value: new Decimal(decimalMs).toDecimalPlaces(1) },
  { what: 'one float64 run (median ms)', value: new Decimal(floatMs).toDecimalPlaces(3) },
  { what: `simulate, ${draws} draws (ms)`, value: new Decimal(simMs).toDecimalPlaces(0) },
  {
    what: 'largest relative difference',
    value: new Decimal(worst).toSignificantDigits(2).toString(),
  },
]);
