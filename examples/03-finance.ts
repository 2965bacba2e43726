// crorecast — finance: NPV, IRR, XIRR, payback with Excel's conventions, exact in Decimal.
// Run: npx tsx examples/03-finance.ts
import {
  add,
  cagr,
  crore,
  type Decimal,
  discountedPayback,
  divide,
  formatMoney,
  irr,
  irrAll,
  type Money,
  mirr,
  NoSolutionError,
  npv,
  npvBreakdown,
  payback,
  pmt,
  xirr,
  xnpv,
} from 'crorecast';

const inCrore = (m: Money) => formatMoney(m, { unit: 'crore' });
const percent = (r: Decimal, dp = 2) => `${r.times(100).toFixed(dp)}%`;

// %% [markdown]
// The seed plan invests ₹1,350 crore from FY2021-22 (the article's figure). The phasing below is
// close to the seed scenario's (seeds/optiemus-wistron-2021.json), and the operating cash
// inflows are ASSUMPTIONS for illustration, not figures from the article. Year k is period k;
// FY2021-22 is period 0.
// %%
const capex = [crore(-400), crore(-400), crore(-360), crore(-140), crore(-50)];
const inflows = [0, 60, 180, 300, 380, 420, 440, 460].map((c) => crore(c));
const flows = inflows.map((inflow, k) => add(inflow, capex[k] ?? crore(0)));
console.log('net flows FY2021-22 …:', flows.map(inCrore).join(', '));

// %% [markdown]
// NPV at the seed scenario's 12% discount rate. Excel's NPV discounts the first flow one period;
// `firstFlowAt: 0` treats year 0 as today (Excel's `=B1 + NPV(12%, B2:B7)`).
// %%
console.log('NPV @12% (Excel convention):', inCrore(npv('0.12', flows)));
console.log('NPV @12% (year 0 = today):   ', inCrore(npv('0.12', flows, { firstFlowAt: 0 })));

// %% [markdown]
// The workings, year by year: discount factor, present value, running total.
// %%
for (const row of npvBreakdown('0.12', flows, { firstFlowAt: 0 }).flows) {
  console.log(
    `year ${row.periods.toString()}: ${inCrore(row.amount)} × ${row.discountFactor.toFixed(4)} = ${inCrore(row.presentValue)} (cumulative ${inCrore(row.cumulativePresentValue)})`,
  );
}

// %% [markdown]
// IRR and MIRR (financing at 10%, reinvesting at 12%). With one sign change the IRR is unique.
// %%
console.log('IRR:', percent(irr(flows)), ' MIRR (10%, 12%):', percent(mirr(flows, '0.10', '0.12')));

// %% [markdown]
// Payback, simple and discounted at 12%, in fractional years from the first capex year — with
// the cumulative position per year, so the figure can be checked.
// %%
const simple = payback(flows);
const discounted = discountedPayback(flows, '0.12');
console.log('cumulative:', simple.cumulative.map(inCrore).join(', '));
console.log('payback:', simple.paysBack ? `${simple.period.toFixed(2)} years` : 'never');
console.log(
  'discounted payback @12%:',
  discounted.paysBack
    ? `${discounted.period.toFixed(2)} years`
    : `never (short by ${inCrore(discounted.shortfall)})`,
);

// %% [markdown]
// The same plan on dates: each year's capex in two instalments (30 September, 31 March),
// inflows at each fiscal year-end (31 March). XNPV/XIRR use Actual/365 like Excel.
// %%
const dated = [
  ...capex.flatMap((spend, k) => {
    const year = 2021 + k;
    const half = divide(spend, 2);
    return [
      { date: `${year}-09-30`, amount: half },
      { date: `${year + 1}-03-31`, amount: half },
    ];
  }),
  ...inflows.slice(1).map((inflow, k) => ({ date: `${2023 + k}-03-31`, amount: inflow })),
];
console.log('XNPV @12% (to 2021-09-30):', inCrore(xnpv('0.12', dated)));
console.log('XIRR:', percent(xirr(dated), 4));

// %% [markdown]
// Growth: the article's revenue target of ~₹38,000 crore in 5 years from an ASSUMED ₹5,000 crore
// today is a CAGR of:
// %%
console.log('CAGR:', percent(cagr(crore(5_000), crore(38_000), 5)));

// %% [markdown]
// Excel's documented examples, for parity (Excel shows the same digits).
// %%
console.log(
  'NPV(10%; -10000, 3000, 4200, 6800) =',
  npv('0.1', [-10_000, 3_000, 4_200, 6_800]).toFixed(10),
);
console.log(
  'IRR(-70000, 12000, 15000, 18000, 21000) =',
  irr([-70_000, 12_000, 15_000, 18_000, 21_000]).toSignificantDigits(12).toString(),
);
const excelDated = [
  { date: '2008-01-01', amount: -10_000 },
  { date: '2008-03-01', amount: 2_750 },
  { date: '2008-10-30', amount: 4_250 },
  { date: '2009-02-15', amount: 3_250 },
  { date: '2009-04-01', amount: 2_750 },
];
console.log('XNPV(9%, …) =', xnpv('0.09', excelDated).toFixed(10));
console.log('XIRR(…) =', xirr(excelDated).toSignificantDigits(12).toString());
console.log('PMT(8%/12, 10, 10000) =', pmt(0.08 / 12, 10, 10_000).toFixed(10));

// %% [markdown]
// Where Excel's Newton iteration and JavaScript ports return NaN or #NUM!: a loss of 79% in 135
// days. Two flows are solved in closed form.
// %%
console.log(
  'XIRR(-37,987,348 on 2013-12-31; 21,191,041 on 2014-05-15) =',
  percent(
    xirr([
      { date: '2013-12-31', amount: -37_987_348 },
      { date: '2014-05-15', amount: 21_191_041 },
    ]),
    4,
  ),
);

// %% [markdown]
// Flows that change sign twice can have two IRRs; `irr` returns the one nearest the guess and
// `irrAll` lists them. Flows with no sign change throw a typed NoSolutionError — never NaN.
// %%
console.log(
  'irrAll(-100, 230, -132):',
  irrAll([-100, 230, -132])
    .map((r) => percent(r))
    .join(', '),
);
console.log('irr(…, { guess: 0.25 }):', percent(irr([-100, 230, -132], { guess: '0.25' })));
try {
  irr([100, 200]);
} catch (error) {
  if (error instanceof NoSolutionError)
    console.log(`${error.name} (${error.reason}): ${error.message}`);
  else throw error;
}
