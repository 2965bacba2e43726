// crorecast — projections: segments, capacity, headcount, targets and goal seeking.
// Run: npx tsx examples/06-projections.ts
import {
  checkTargets,
  crore,
  Decimal,
  decimalCalculator,
  evaluateProjection,
  formatMoney,
  goalSeek,
  type Money,
  type ProjectionInputJson,
  runProjection,
  tableToConsole,
} from 'crorecast';

const crores = (m: Money) => m.amount.dividedBy(1e7);
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

// %% [markdown]
// A plan in the spirit of the seed article (2021-08-24): two Noida plants of about 2 million
// devices a month in total (from the article), product segments it names, and staff growing
// towards 11,000. Every volume, price, cost and ratio below is an ASSUMPTION for illustration.
// Money is JSON (`{ amount, currency }`), months are labels; volumes are series growth curves
// (units a month) or anchors at months.
// %%
const inr = (amount: string) => ({ amount, currency: 'INR' as const });
const usd = (amount: string) => ({ amount, currency: 'USD' as const });
const cagr = (start: string, rate: string) => ({ kind: 'compound' as const, start, rate });
const plan: ProjectionInputJson = {
  horizon: { start: 'FY2022-23', years: 5 },
  fx: { USD: { rate: '74.5', yearlyChange: '0.02' } }, // ASSUMED: the rupee 2% weaker a year
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
          online: { tranche: 'capex-phase-2', leadMonths: 3 },
          utilisation: { initial: '0.4', target: '0.9', months: 9 },
        },
      ],
    },
    { id: 'noida-2', unitsPerMonth: '800000', shifts: 2, minimumDirectPerShift: '200' },
  ],
  segments: [
    {
      id: 'mobile',
      name: 'Mobile phones',
      plant: 'noida-1',
      priority: 0,
      volume: cagr('700000', '0.18'),
      price: { perUnit: inr('12500'), yearlyChange: '0.03' },
      costs: { importedComponents: { perUnit: usd('125') }, conversion: { perUnit: inr('450') } },
      unitsPerWorkerPerMonth: '200',
    },
    {
      id: 'laptops',
      name: 'Tablets and laptops',
      plant: 'noida-1',
      priority: 1,
      volume: cagr('60000', '0.40'),
      price: { perUnit: inr('30000'), yearlyChange: '-0.02' },
      costs: { importedComponents: { perUnit: usd('320') }, conversion: { perUnit: inr('1500') } },
      unitsPerWorkerPerMonth: '80',
    },
    {
      id: 'wearables',
      name: 'Hearables and wearables',
      plant: 'noida-2',
      priority: 1,
      volume: cagr('350000', '0.30'),
      price: { perUnit: inr('2200'), yearlyChange: '-0.04' },
      costs: { importedComponents: { perUnit: usd('20') }, conversion: { perUnit: inr('90') } },
      unitsPerWorkerPerMonth: '700',
    },
    {
      id: 'iot-meters',
      name: 'IoT and smart meters',
      plant: 'noida-2',
      launch: '2022-10',
      priority: 0,
      volume: {
        kind: 'anchors' as const,
        anchors: [
          { period: '2022-10', value: '20000' },
          { period: '2024-03', value: '150000' },
          { period: '2027-03', value: '320000' },
        ],
      },
      price: { perUnit: inr('3000') },
      costs: { importedComponents: { perUnit: usd('22') }, conversion: { perUnit: inr('250') } },
      unitsPerWorkerPerMonth: '300',
    },
  ],
  headcount: {
    opening: '3000',
    indirectRatio: '0.2',
    maxHiresPerMonth: '400',
    yearlyAttrition: '0.2',
    teams: [
      {
        id: 'design-hub',
        name: 'Design and product development hub',
        heads: '300',
        from: '2022-10',
        costPerHead: inr('140000'),
      },
    ],
    payroll: { direct: inr('18000'), indirect: inr('45000'), yearlyIncrease: '0.07' },
  },
};
// The model layer passes tranche dates from the investment schedule; here one is ASSUMED.
const tranches = { 'capex-phase-2': '2023-12-31' };
const result = runProjection(plan, { tranches });

// %% [markdown]
// The exact (Decimal) run, rolled up to fiscal years. Unmet demand is what the plants could not
// make; lost revenue is what it would have sold for.
// %%
table(
  'Projection by fiscal year (₹ crore; units in lakh)',
  {
    fy: 'Fiscal year',
    units: 'Units (lakh)',
    revenue: 'Revenue',
    gp: 'Gross profit',
    margin: 'Margin %',
    unmet: 'Unmet (lakh)',
    lost: 'Lost revenue',
    usd: 'Revenue ($ mn)',
  },
  result.total.yearly.map((r) => ({
    fy: r.period,
    units: r.units.dividedBy(1e5),
    revenue: crores(r.revenue),
    gp: crores(r.grossProfit),
    margin: r.grossMargin.times(100),
    unmet: r.unmetUnits.dividedBy(1e5),
    lost: crores(r.lostRevenue),
    usd: (r.revenueUsd?.amount ?? new Decimal(0)).dividedBy(1e6),
  })),
);

// %% [markdown]
// By segment in the last year, and why mobile revenue moved year on year (volume at last year's
// average price + price change on this year's units = the change, exactly).
// %%
const last = result.fiscalYears.length - 1;
table(
  `Segments, ${result.fiscalYears[last]} (₹ crore)`,
  {
    seg: 'Segment',
    units: 'Units (lakh)',
    price: 'Avg price (₹)',
    revenue: 'Revenue',
    cogs: 'COGS',
    imported: 'Imported parts',
  },
  result.segments.map((s) => {
    const r = s.yearly[last];
    return {
      seg: s.name,
      units: (r?.units ?? new Decimal(0)).dividedBy(1e5),
      price: r?.averagePrice.amount ?? new Decimal(0),
      revenue: r ? crores(r.revenue) : new Decimal(0),
      cogs: r ? crores(r.cogs) : new Decimal(0),
      imported: crores(r?.costs.importedComponents ?? crore(0)),
    };
  }),
);
const mobile = result.segments[0];
table(
  'Mobile phones: revenue bridge (₹ crore)',
  {
    fy: 'Fiscal year',
    prev: 'Previous',
    volume: 'Volume effect',
    price: 'Price effect',
    revenue: 'Revenue',
  },
  (mobile?.bridge ?? []).map((b) => ({
    fy: b.period,
    prev: crores(b.previous),
    volume: crores(b.volumeEffect),
    price: crores(b.priceEffect),
    revenue: crores(b.revenue),
  })),
);

// %% [markdown]
// Capacity: nameplate and usable units (after the expansion's ramp), and utilisation per plant.
// %%
table(
  'Plants (units in lakh, utilisation %)',
  {
    plant: 'Plant',
    fy: 'Fiscal year',
    nameplate: 'Nameplate',
    capacity: 'Usable',
    units: 'Made',
    util: 'Utilisation %',
  },
  result.plants.flatMap((p) =>
    p.yearly.map((r) => ({
      plant: p.id,
      fy: r.period,
      nameplate: r.nameplate.dividedBy(1e5),
      capacity: r.capacity.dividedBy(1e5),
      units: r.units.dividedBy(1e5),
      util: r.utilisation.times(100),
    })),
  ),
);

// %% [markdown]
// Headcount in full-time equivalents: the hiring limit binds in the months it is shown.
// %%
table(
  'Headcount and payroll (payroll ₹ crore, revenue per employee ₹ lakh)',
  {
    fy: 'Fiscal year',
    opening: 'Opening',
    hires: 'Hires',
    exits: 'Exits',
    closing: 'Closing',
    required: 'Required',
    payroll: 'Payroll',
    rpe: 'Rev/employee',
    bound: 'Limit bound (months)',
  },
  (result.headcount?.yearly ?? []).map((r) => ({
    fy: r.period,
    opening: r.opening,
    hires: r.hires,
    exits: r.exits,
    closing: r.closing,
    required: r.required,
    payroll: crores(r.payroll),
    rpe: r.revenuePerEmployee.amount.dividedBy(1e5),
    bound: String(r.hiringLimitBoundMonths),
  })),
);

// %% [markdown]
// The article's targets — about ₹38,000 crore of revenue and about 11,000 staff "in 3 to 5
// years" — checked for the fifth year, with what held them back.
// %%
const checks = checkTargets(result, [
  {
    name: 'Revenue ₹38,000 crore',
    output: 'revenue@FY2026-27',
    value: { amount: '380000000000', currency: 'INR' },
  },
  { name: 'Headcount 11,000', output: 'headcount@FY2026-27', value: '11000' },
]);
for (const c of checks) {
  console.log(
    `${c.name}: ${c.reached ? 'reached' : `short by ${c.output.startsWith('revenue') ? formatMoney({ amount: c.shortfall, currency: 'INR' }, { unit: 'crore', decimals: 0 }) : c.shortfall.toFixed(0)}`} — binding: ${c.binding}; ${c.reason}`,
  );
}

// %% [markdown]
// Goal seek: what mobile volume CAGR would make FY2026-27 revenue ₹30,000 crore? The search runs
// on the fast float64 core; the answer is then checked with one exact run.
// %%
const target = crore(30000).amount;
const withMobileCagr = (rate: number): ProjectionInputJson => ({
  ...plan,
  segments: plan.segments.map((s, i) =>
    i === 0 ? { ...s, volume: cagr('700000', String(rate)) } : s,
  ),
});
const fy27Revenue = (rate: number) =>
  evaluateProjection(withMobileCagr(rate), ['revenue@FY2026-27'], { tranches })[
    'revenue@FY2026-27'
  ] ?? 0;
const seekRate = goalSeek(fy27Revenue, target, { low: 0, high: 1 });
console.log(
  `mobile CAGR needed: ${(seekRate.input * 100).toFixed(3)}% (${seekRate.iterations} runs)`,
);
try {
  goalSeek(fy27Revenue, crore(60000).amount, { low: 0, high: 1 });
} catch (e) {
  // The error carries raw float64 revenues; say it in crore.
  const at = (rate: number) =>
    formatMoney(crore((fy27Revenue(rate) / 1e7).toFixed(2)), { unit: 'crore', decimals: 0 });
  console.log(
    `₹60,000 crore is out of reach (${(e as { code?: string }).code}): FY2026-27 revenue is ${at(0)} at 0% and ${at(1)} at 100% mobile CAGR`,
  );
}
const exact = evaluateProjection<Decimal>(withMobileCagr(seekRate.input), ['revenue@FY2026-27'], {
  tranches,
  calculator: decimalCalculator,
})['revenue@FY2026-27'];
console.log(
  `exact check: ${exact ? formatMoney({ amount: exact, currency: 'INR' }, { unit: 'crore', decimals: 2 }) : '—'}`,
);
