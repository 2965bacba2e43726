import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  cagr,
  discountedPayback,
  fv,
  irr,
  irrAll,
  nper,
  npv,
  payback,
  pmt,
  pv,
  rate,
  xirr,
  xnpv,
} from '../../src/finance/index.js';
import { inr, usd } from '../../src/money/index.js';
import { decimalText } from '../money/arbitraries.js';
import { fuzzCall, hostileNumber, hostileValue } from './harness.js';

const RUNS = 150;
const amount = fc.oneof(
  { weight: 3, arbitrary: decimalText },
  fc.integer({ min: -1000, max: 1000 }),
  hostileNumber,
  decimalText.map((a) => inr(a)),
  fc.constant(usd(5)),
);
const rateArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('0.1', '0.01', '0.2', '-0.05', 0.08 / 12) },
  fc.constantFrom(
    '0.1',
    '0.08',
    '-0.5',
    '-0.999999',
    '-1',
    '1e-40',
    '-1e-40',
    '1e-13',
    '1000',
    '1e30',
  ),
  fc.double({ min: -0.99, max: 5, noNaN: true }),
  hostileNumber,
);
const periods = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.constantFrom('10001', '1e30', '0.5', -1),
  hostileNumber,
);
// Sparse arrays, huge arrays, non-arrays and mixed Money/number lists among ordinary flows.
const plain = fc.oneof(decimalText, fc.integer({ min: -1000, max: 1000 }));
const flows = fc.oneof(
  { weight: 6, arbitrary: fc.array(plain, { minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.array(decimalText.map(inr), { minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.array(amount, { minLength: 1, maxLength: 30 }) },
  fc.array(amount, { maxLength: 3 }).map((a) => {
    const sparse = [...a];
    sparse.length = a.length + 2;
    return sparse;
  }),
  fc.constantFrom(new Array(10_001).fill(1), 'abc', null, 5, {}, []),
);
const date = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-30', 'tomorrow', '', '9999-99-99'),
  hostileValue,
);
const dated = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.record({ date, amount: plain }), { minLength: 1, maxLength: 12 }),
  },
  fc.constantFrom('abc', null, [], [{ date: '2024-01-01' }]),
);
const plainOrAmount = fc.oneof({ weight: 3, arbitrary: plain }, amount);
const tail = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as unknown[]) },
  fc.array(fc.oneof(plain, fc.constantFrom(0, 1, 2, undefined)), { maxLength: 3 }),
  fc.array(fc.oneof(amount, fc.constantFrom(0, 1, 2, undefined), hostileValue), { maxLength: 4 }),
);
const options = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc.dictionary(
    fc.constantFrom('guess', 'firstFlowAt', 'fv', 'pv', 'type', 'bogus'),
    fc.oneof(amount, fc.constantFrom(0, 1)),
    { maxKeys: 3 },
  ),
  hostileValue,
);

describe('finance fuzz', { timeout: 300_000 }, () => {
  it('npv, irr, payback with extreme, malformed, sparse and huge flows', () => {
    fc.assert(
      fc.property(rateArb, flows, options, (r, f, o) => {
        fuzzCall('finance: npv/irr/payback', () => npv(r as never, f as never, o as never));
        fuzzCall('finance: npv/irr/payback', () => irr(f as never, o as never));
        fuzzCall('finance: npv/irr/payback', () => irrAll(f as never));
        fuzzCall('finance: npv/irr/payback', () => payback(f as never));
        fuzzCall('finance: npv/irr/payback', () => discountedPayback(r as never, f as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('xnpv and xirr', () => {
    fc.assert(
      fc.property(rateArb, dated, options, (r, f, o) => {
        fuzzCall('finance: xnpv/xirr', () => xnpv(r as never, f as never));
        fuzzCall('finance: xnpv/xirr', () => xirr(f as never, o as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('pmt, pv, fv, nper, rate in both the Excel and the options form', () => {
    fc.assert(
      fc.property(rateArb, periods, plainOrAmount, plainOrAmount, tail, (r, n, a, b, rest) => {
        const call = (fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
          fuzzCall('finance: pmt/pv/fv/nper/rate', () => fn(...args));
        call(pmt as never, r, n, a, ...rest);
        call(pv as never, r, n, a, ...rest);
        call(fv as never, r, n, a, ...rest);
        call(nper as never, r, a, b, ...rest);
        call(rate as never, n, a, b, ...rest);
      }),
      { numRuns: RUNS },
    );
  });

  it('cagr', () => {
    fc.assert(
      fc.property(amount, amount, periods, (start, end, years) => {
        fuzzCall('finance: cagr', () => cagr(start as never, end as never, years as never));
      }),
      { numRuns: RUNS },
    );
  });
});
