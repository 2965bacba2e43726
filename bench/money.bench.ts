/**
 * (a) Money operations — crorecast (the built bundle, as it ships) vs dinero.js v2 (bigint
 * calculator) vs raw decimal.js.
 *
 * Each candidate does the same work on the same amounts (₹1,350 crore and ₹2,45,67,890.55):
 * - add two amounts;
 * - multiply by a rate (6.25%), the rate built once (a Decimal constant, a dinero scaled amount);
 * - allocate into 3 equal parts that sum exactly to the total (to the paisa);
 * - format in Indian grouping with the rupee sign (`₹13,50,00,00,000.00`). dinero.js has no
 *   formatter of its own: its documented way is `toDecimal` with a transformer, here through a
 *   reused `Intl.NumberFormat('en-IN')` (given the decimal string, so every digit is exact);
 * - a chain: twelve months of `acc = acc + amount × rate` (interest or a royalty accrued).
 * Target: crorecast at least as fast as dinero.js bigint on every operation (ratio ≥ 1.0).
 */
import DecimalJs from 'decimal.js';
import {
  add as dAdd,
  allocate as dAllocate,
  INR as dINR,
  dinero,
  multiply as dMultiply,
  toDecimal as dToDecimal,
} from 'dinero.js/bigint';
import type { Lib } from './build.js';
import { type Candidate, checkTarget, measure, printTable, type Stats } from './harness.js';

/** Raw decimal.js with crorecast's precision, so the three compute to the same digits. */
const Raw = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });

const A = '13500000000';
const B = '24567890.55';

// dinero.js bigint: amounts in paise
const dA = dinero({ amount: 1350000000000n, currency: dINR });
const dB = dinero({ amount: 2456789055n, currency: dINR });
const dZero = dinero({ amount: 0n, currency: dINR });
const dRate = { amount: 625n, scale: 4n };
const dOnes = [1n, 1n, 1n];
const inrFormat = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });
// Intl formats a decimal string exactly; its types only admit numbers.
const formatText = (text: string) => inrFormat.format(text as unknown as number);

// raw decimal.js
const rA = new Raw(A);
const rB = new Raw(B);
const rZero = new Raw(0);
const rRate = new Raw('0.0625');
const rHundred = new Raw(100);

/** Three equal parts in paise, the remainder to the first parts (what allocate does). */
function rawAllocate3(amount: DecimalJs): DecimalJs[] {
  const paise = amount.times(rHundred).toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP);
  const share = paise.dividedToIntegerBy(3);
  const rest = paise.minus(share.times(3)).toNumber();
  return [0, 1, 2].map((i) => (i < rest ? share.plus(1) : share).dividedBy(rHundred));
}

interface Op {
  readonly op: string;
  readonly crorecast: () => unknown;
  readonly dinero: () => unknown;
  readonly decimal: () => unknown;
  /** Each result as text, to check that the three agree before timing them. */
  readonly show: readonly [() => string, () => string, () => string];
  readonly batch: number;
}

function operations(lib: Lib): Op[] {
  const { add, allocate, formatMoney, inr, multiply, Decimal } = lib;
  const cA = inr(A);
  const cB = inr(B);
  const cZero = inr(0);
  const cRate = new Decimal('0.0625');
  const ones = [1, 1, 1] as const;
  const chain = {
    crorecast: () => {
      let acc = cZero;
      for (let m = 0; m < 12; m++) acc = add(acc, multiply(cB, cRate));
      return acc;
    },
    dinero: () => {
      let acc = dZero;
      for (let m = 0; m < 12; m++) acc = dAdd(acc, dMultiply(dB, dRate));
      return acc;
    },
    decimal: () => {
      let acc = rZero;
      for (let m = 0; m < 12; m++) acc = acc.plus(rB.times(rRate));
      return acc;
    },
  };
  return [
    {
      op: 'add',
      crorecast: () => add(cA, cB),
      dinero: () => dAdd(dA, dB),
      decimal: () => rA.plus(rB),
      show: [
        () => add(cA, cB).amount.toFixed(2),
        () => dToDecimal(dAdd(dA, dB)),
        () => rA.plus(rB).toFixed(2),
      ],
      batch: 2000,
    },
    {
      op: 'multiply by a rate',
      crorecast: () => multiply(cA, cRate),
      dinero: () => dMultiply(dA, dRate),
      decimal: () => rA.times(rRate),
      show: [
        () => multiply(cA, cRate).amount.toFixed(6),
        () => dToDecimal(dMultiply(dA, dRate)),
        () => rA.times(rRate).toFixed(6),
      ],
      batch: 2000,
    },
    {
      op: 'allocate into 3',
      crorecast: () => allocate(cB, ones),
      dinero: () => dAllocate(dB, dOnes),
      decimal: () => rawAllocate3(rB),
      show: [
        () =>
          allocate(cB, ones)
            .map((p) => p.amount.toFixed(2))
            .join(' '),
        () =>
          dAllocate(dB, dOnes)
            .map((p) => dToDecimal(p))
            .join(' '),
        () =>
          rawAllocate3(rB)
            .map((p) => p.toFixed(2))
            .join(' '),
      ],
      batch: 500,
    },
    {
      op: 'format (en-IN, ₹)',
      crorecast: () => formatMoney(cA),
      dinero: () => dToDecimal(dA, ({ value }) => formatText(value)),
      decimal: () => formatText(rA.toFixed(2)),
      show: [
        () => formatMoney(cA),
        () => dToDecimal(dA, ({ value }) => formatText(value)),
        () => formatText(rA.toFixed(2)),
      ],
      batch: 500,
    },
    {
      op: '12-month accrual chain',
      ...chain,
      show: [
        () => chain.crorecast().amount.toFixed(6),
        () => dToDecimal(chain.dinero()),
        () => chain.decimal().toFixed(6),
      ],
      batch: 200,
    },
  ];
}

export interface MoneyBenchRow {
  readonly op: string;
  readonly stats: readonly Stats[];
  /** dinero.js median ÷ crorecast median (≥ 1: crorecast is at least as fast). */
  readonly ratioVsDinero: number;
  readonly ratioVsDecimal: number;
}

export function runMoneyBench(lib: Lib, runs = 40): MoneyBenchRow[] {
  console.log(
    '\n== (a) money operations: crorecast (built bundle) vs dinero.js (bigint) vs raw decimal.js ==',
  );
  const rows: MoneyBenchRow[] = [];
  for (const o of operations(lib)) {
    const [a, b, c] = o.show.map((f) => f());
    if (a !== b || b !== c) throw new Error(`money bench: ${o.op} differs: ${a} | ${b} | ${c}`);
    const candidates: Candidate[] = [
      { name: 'crorecast', fn: o.crorecast },
      { name: 'dinero.js bigint', fn: o.dinero },
      { name: 'decimal.js', fn: o.decimal },
    ];
    const stats = measure(candidates, { warmup: 3 * o.batch, runs, batch: o.batch });
    printTable(`${o.op} (all three give ${a})`, stats, 'crorecast');
    const [cs, ds, rs] = stats as [Stats, Stats, Stats];
    const ratioVsDinero = ds.median / cs.median;
    rows.push({ op: o.op, stats, ratioVsDinero, ratioVsDecimal: rs.median / cs.median });
    checkTarget({
      benchmark: `money ${o.op}`,
      measured: `${ratioVsDinero.toFixed(2)}× dinero.js bigint's speed`,
      target: '≥ 1.00×',
      met: ratioVsDinero >= 1,
    });
  }
  return rows;
}
