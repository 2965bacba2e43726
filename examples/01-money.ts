// crorecast — money: crore and lakh, exact arithmetic, Indian grouping, parsing, FX, allocation.
// Run: npx tsx examples/01-money.ts
import {
  allocate,
  averageRate,
  convert,
  crore,
  divide,
  formatMoney,
  fxRate,
  fxTable,
  lakh,
  type Money,
  MoneyParseError,
  moneySchema,
  multiply,
  parseMoney,
  ratio,
  round,
  sum,
  toJSON,
} from 'crorecast';

const inCrore = (m: Money) => formatMoney(m, { unit: 'crore' });

// %% [markdown]
// The seed article (2021-08-24) writes money the way Indian business news does. `parseMoney`
// reads those texts exactly, and refuses anything it would have to guess.
// %%
const investment = parseMoney('Rs 1,350 crore');
const revenueTarget = parseMoney('Rs 38,000 crores');
const partnerSize = parseMoney('USD$30Bn');
console.log(formatMoney(investment)); // every rupee, grouped the Indian way
console.log(formatMoney(revenueTarget, { unit: 'crore', decimals: 0, unitLabel: 'short' }));
console.log(formatMoney(partnerSize, { unit: 'billion', decimals: 1 }));
try {
  parseMoney('Rs 1,350 crore lakh');
} catch (e) {
  if (e instanceof MoneyParseError) console.log(e.message);
}

// %% [markdown]
// Arithmetic is exact (decimal, not float) and money divided by money is a plain ratio.
// %%
console.log(`investment / revenue target = ${ratio(investment, revenueTarget).toFixed(4)}`);
console.log(`crore(1350) is ${crore(1350).amount.toFixed()} rupees; 10^30 stays exact:`);
console.log(formatMoney(multiply(crore(1), '1e23')));

// %% [markdown]
// Wistron's USD 30 bn size in rupees, at an ASSUMED rate of ₹74.5 per dollar (not a figure
// from the article): the conversion is exact, ₹2,23,500 crore.
// %%
const partnerInRupees = convert(partnerSize, 'INR', '74.5');
console.log(formatMoney(partnerInRupees, { unit: 'crore', decimals: 0 }));

// %% [markdown]
// With a dated FX table (ILLUSTRATIVE month-end USD/INR rates), a conversion uses the latest
// rate on or before its date, inverse pairs are derived, and period averages are one call.
// %%
const rates = fxTable([
  { date: '2021-06-30', base: 'USD', quote: 'INR', rate: '74.33' },
  { date: '2021-07-31', base: 'USD', quote: 'INR', rate: '74.42' },
  { date: '2021-08-31', base: 'USD', quote: 'INR', rate: '73.07' },
]);
const quote = fxRate(rates, 'INR', 'USD', { on: '2021-08-24' });
console.log(`INR→USD on 2021-08-24 uses the ${quote.date} quote, inverted: ${quote.inverted}`);
console.log(
  formatMoney(convert(investment, 'USD', rates, { on: '2021-08-24' }), { unit: 'million' }),
);
console.log(
  `Jun–Aug average: ₹${averageRate(rates, 'USD', 'INR', '2021-06-01', '2021-08-31').toFixed(4)}`,
);

// %% [markdown]
// Salaries are quoted in lakh. An ASSUMED cost-to-company of ₹4.2 lakh a year for each of the
// article's ~11,000 staff: monthly pay rounded to the paisa, and the yearly wage bill.
// %%
const ctc = lakh('4.2');
console.log(
  `${formatMoney(ctc, { unit: 'lakh' })} a year = ${formatMoney(round(divide(ctc, 12)))} a month`,
);
console.log(`wage bill: ${inCrore(multiply(ctc, 11000))} a year`);

// %% [markdown]
// `allocate` splits an amount into whole paise that add up exactly. Splitting ₹1 crore three
// ways leaves one paisa over; the default rule gives it to the part that lost most in rounding
// (here all lost the same, and ties go to the earliest part).
// %%
const thirds = allocate(crore(1), [1, 1, 1]);
console.log(thirds.map((m) => formatMoney(m)).join(' + '), '=', formatMoney(sum(thirds, 'INR')));
// An ASSUMED 74:26 split of the ₹1,350 crore investment between two partners.
const [first, second] = allocate(investment, [74, 26]);
if (first && second) console.log(`74:26 → ${inCrore(first)} and ${inCrore(second)}`);

// %% [markdown]
// In files, money is a JSON object with the amount as a string (never a float), or text;
// `moneySchema` (zod) reads both.
// %%
console.log(JSON.stringify(toJSON(investment)));
console.log(
  formatMoney(moneySchema.parse({ amount: '13500000000', currency: 'INR' }), { unit: 'auto' }),
);
console.log(formatMoney(moneySchema.parse('₹5.5 lakhs')));
