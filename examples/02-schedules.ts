// crorecast — schedules: phasing a capex commitment, tracking it against thresholds,
// depreciating it by fiscal year, and turning it into dated cash flows.
// Run: npx tsx examples/02-schedules.ts
import {
  checkThresholds,
  crore,
  cumulativeInvestment,
  Decimal,
  depreciate,
  depreciateSchedule,
  formatMoney,
  investmentSchedule,
  type Money,
  parseMoney,
  phaseInvestment,
  type ReportCell,
  type ReportColumn,
  tableToConsole,
  toCashFlows,
  xnpv,
} from 'crorecast';

const CRORE = new Decimal('1e7');
const cr = (m: Money): Decimal => m.amount.dividedBy(CRORE);
const rowsOf = (s: { toRows(): readonly { period: string; value: Money }[] }) => s.toRows();

/** Prints a table whose first column is text and the rest ₹ crore figures. */
function show(title: string, header: string[], rows: ReportCell[][], notes?: string[]) {
  const columns: ReportColumn[] = header.map((h, i) => ({ key: `c${i}`, header: h }));
  console.log(
    tableToConsole({
      title,
      columns,
      rows: rows.map((r) => ({ cells: Object.fromEntries(r.map((cell, i) => [`c${i}`, cell])) })),
      ...(notes === undefined ? {} : { notes }),
    }),
  );
}

// %% [markdown]
// The plan: "invest Rs 1,350 crore over the next 3–5 years", phased over FY2021-22 to FY2025-26.
// Three profiles side by side: even, front-loaded (weights 5, 4, 3, 2, 1) and back-loaded
// (1, 2, 3, 4, 5). Every column sums to the total exactly, to the paisa.
// %%
const total = parseMoney('Rs 1,350 crore');
const horizon = { total, start: 'FY2021-22', end: 'FY2025-26', granularity: 'fy' } as const;
const even = investmentSchedule({ ...horizon, profile: 'even' });
const front = investmentSchedule({ ...horizon, profile: 'front-loaded' });
const back = investmentSchedule({ ...horizon, profile: 'back-loaded' });
const profiles = [even, front, back].map(rowsOf);
show(
  'Capex by fiscal year (₹ crore)',
  ['Fiscal year', 'Even', 'Front-loaded', 'Back-loaded'],
  [
    ...(profiles[0] ?? []).map((r, i) => [
      r.period,
      ...profiles.map((p) => cr(p[i]?.value ?? crore(0))),
    ]),
    ['Total', ...profiles.map((p) => p.reduce((s, r) => s.plus(cr(r.value)), new Decimal(0)))],
  ],
);

// %% [markdown]
// An S-curve (slow start, peak in the middle, tail) by month, with its inflection in FY2023-24,
// rolled up to fiscal years. Months are allocated to the paisa, so the years add up exactly.
// %%
const monthly = investmentSchedule({
  ...horizon,
  granularity: 'month',
  profile: { sCurve: { midpoint: 'FY2023-24', steepness: '0.15' } },
});
show(
  'S-curve, monthly, rolled up to fiscal years (₹ crore)',
  ['Fiscal year', 'Capex'],
  monthly
    .rollup('fiscalYear')
    .toRows()
    .map((r) => [r.period, cr(r.value)]),
);
const peak = monthly
  .toRows()
  .reduce((a, b) => (b.value.amount.greaterThan(a.value.amount) ? b : a));
console.log(
  `${monthly.length} months; the peak month is ${peak.period}: ${formatMoney(peak.value, { unit: 'crore' })}\n`,
);

// %% [markdown]
// Cumulative investment tested against cumulative thresholds by fiscal-year end — the test a PLI
// scheme applies. The thresholds here are ILLUSTRATIVE, not a scheme's figures.
// %%
const thresholds = [
  { period: 'FY2021-22', required: 'Rs 250 crore' },
  { period: 'FY2022-23', required: 'Rs 500 crore' },
  { period: 'FY2023-24', required: 'Rs 800 crore' },
];
for (const [name, schedule] of [
  ['front-loaded', front],
  ['back-loaded', back],
] as const) {
  show(
    `Thresholds, ${name} (₹ crore)`,
    ['Fiscal year', 'Required', 'Cumulative', 'Met', 'Shortfall'],
    checkThresholds(schedule, thresholds).map((c) => [
      c.period,
      cr(c.required),
      cr(c.cumulative),
      c.met ? 'yes' : 'NO',
      cr(c.shortfall),
    ]),
  );
}
console.log(
  `Cumulative, front-loaded: ${cumulativeInvestment(front)
    .toRows()
    .map((r) => formatMoney(r.value, { unit: 'crore', decimals: 0 }))
    .join(' → ')}\n`,
);

// %% [markdown]
// Two commitments — a plant and a later expansion (ILLUSTRATIVE split) — combined into one
// schedule, with the breakdown kept for audit. A tranche can be a date or a share.
// %%
const phased = phaseInvestment({
  granularity: 'fy',
  commitments: [
    {
      name: 'Plant',
      total: 'Rs 1,000 crore',
      start: 'FY2021-22',
      periods: 3,
      profile: 'front-loaded',
    },
    {
      name: 'Expansion',
      total: 'Rs 350 crore',
      start: 'FY2023-24',
      profile: {
        tranches: [
          { date: '2023-07-15', share: '40%' },
          { period: 'FY2025-26', share: '60%' },
        ],
      },
    },
  ],
});
const combined = phased.schedule.toRows();
const parts = phased.commitments.map(
  (c) => new Map(c.schedule.toRows().map((r) => [r.period, cr(r.value)])),
);
show(
  'Combined commitments (₹ crore)',
  ['Fiscal year', ...phased.commitments.map((c) => c.name), 'Total'],
  combined.map((r) => [r.period, ...parts.map((p) => p.get(r.period) ?? null), cr(r.value)]),
);

// %% [markdown]
// Depreciation of the front-loaded capex by fiscal year, each year's capex put to use mid-year:
// straight-line over 15 years with a 5% residual (book, time-proportionate first year) against
// written-down value at 15% with the Income-tax half-rate rule. Both are ASSUMED policies.
// %%
const book = depreciateSchedule(front, {
  method: 'straight-line',
  usefulLife: 15,
  residualShare: '5%',
  putToUse: 'mid',
  through: 'FY2030-31',
});
const tax = depreciateSchedule(front, {
  method: 'written-down-value',
  rate: '15%',
  firstYear: 'half-rate',
  putToUse: 'mid',
  through: 'FY2030-31',
});
show(
  'Depreciation (₹ crore)',
  ['Fiscal year', 'Gross block', 'SLM charge', 'SLM net block', 'WDV charge', 'WDV net block'],
  book.rows.map((r, i) => [
    r.period,
    cr(r.grossBlock),
    cr(r.charge),
    cr(r.netBlock),
    cr(tax.rows[i]?.charge ?? crore(0)),
    cr(tax.rows[i]?.netBlock ?? crore(0)),
  ]),
);

// %% [markdown]
// One asset's year-by-year view shows the first-year rule: put to use on 4 Oct 2022 it is used
// 179 days in FY2022-23, under 180, so the half rate applies.
// %%
const machine = depreciate(
  {
    cost: 'Rs 10 crore',
    putToUse: '2022-10-04',
    method: 'written-down-value',
    rate: '15%',
    firstYear: 'half-rate',
  },
  { through: 'FY2025-26' },
);
show(
  'One machine, WDV 15%, half-rate first year (₹ crore)',
  ['Fiscal year', 'Days in use', 'Factor', 'Opening', 'Charge', 'Closing'],
  machine.years.map((y) => [
    y.period,
    String(y.daysInUse),
    y.factor.toFixed(2),
    cr(y.opening),
    cr(y.charge),
    cr(y.closing),
  ]),
);

// %% [markdown]
// Capex as dated outflows for XNPV, mid-year, discounted at an ASSUMED 12% to the first flow.
// %%
const flows = toCashFlows(front, { timing: 'mid' });
for (const f of flows) console.log(`${f.date}  ${formatMoney(f.amount, { unit: 'crore' })}`);
console.log(
  `XNPV at 12% of the capex outflows: ${formatMoney(xnpv('0.12', flows), { unit: 'crore' })}`,
);
