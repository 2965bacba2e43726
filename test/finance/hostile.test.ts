import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { CrorecastError, InvalidAmountError } from '../../src/core/errors.js';
import {
  cagr,
  fv,
  irr,
  irrAll,
  nper,
  npv,
  payback,
  pmt,
  pv,
  rate,
} from '../../src/finance/index.js';
import { inr } from '../../src/money/index.js';
import { expectClose } from './helpers.js';

// Regression tests for issue 11 (hostile and extreme input). Reference values were computed
// independently in Python: `decimal` at 60 digits for the Excel forms, exact `fractions` for the
// tiny rates.

const monthly = new Decimal('0.08').dividedBy(12);
const typed = (code: string) => expect.objectContaining({ code });

describe('tiny rates give the limit values, never Infinity, NaN or 0 (issue 11 #4)', () => {
  it("pv('1e-40', 12, -100) is 1,200 less 7.8e-37", () => {
    expectClose(pv('1e-40', 12, -100), '1199.99999999999999999999999999999999999922', 1e-39);
    expect(pv('1e-40', 12, -100).toDecimalPlaces(30).toFixed()).toBe('1200');
  });

  it("fv('1e-40', 12, -100) is 1,200 plus 6.6e-37", () => {
    expectClose(fv('1e-40', 12, -100), '1200.00000000000000000000000000000000000066', 1e-39);
  });

  it("pmt('1e-40', 12, 1000) is −83.33…, not −Infinity", () => {
    expectClose(pmt('1e-40', 12, 1000), '-83.3333333333333333333333333333333333333875', 1e-39);
  });

  it('the same at every tiny magnitude and sign, and with Money', () => {
    for (const r of ['1e-13', '-1e-20', '3.3e-30', '-1e-40']) {
      const value = pv(r, 120, -100);
      expect(value.isFinite()).toBe(true);
      expectClose(value, 12_000, 1e-9);
      expectClose(fv(r, 120, inr(-100), { type: 1 }), 12_000, 1e-9);
    }
  });

  it("nper('1e-40', -100, 1000) is 10 periods, not NaN", () => {
    expectClose(nper('1e-40', -100, 1000), 10, 1e-38);
    expectClose(nper('-1e-30', -100, 1000), 10, 1e-28);
  });

  it('a rate below the accepted range is a typed error, not NaN (1e-60)', () => {
    expect(() => nper('1e-60', -100, 1000)).toThrow(typed('OUT_OF_RANGE'));
  });

  it('cagr over 1e-300 years is a typed error, not Infinity', () => {
    expect(() => cagr(100, 200, 1e-300)).toThrow(InvalidAmountError);
    expect(() => cagr(100, 200, '0.001')).toThrow(typed('CAGR_OUT_OF_DOMAIN'));
    expect(() => cagr('1e-40', '1e30', '0.003')).toThrow(typed('OUT_OF_RANGE'));
    // Doubling in a day is 2^365 − 1 a year: past the computed range, so a typed error.
    expect(() => cagr(100, 200, '0.00273972602739726')).toThrow(typed('OUT_OF_RANGE'));
    // 1% in a day is 1.01^365 − 1 ≈ 36.78 a year: fine.
    expectClose(cagr(100, 101, '0.00273972602739726'), '36.7834343', 1e-8);
  });
});

describe('Excel positional arguments (issue 11 #10)', () => {
  it('PMT(rate, nper, pv, fv) uses fv', () => {
    expectClose(
      pmt(monthly, 10, 10_000, -5_000),
      '-551.849378012909421159380747995474689955',
      1e-30,
    );
  });

  it('PMT(rate, nper, pv, 0, 1) pays at the start', () => {
    expectClose(pmt(monthly, 10, 10_000, 0, 1), '-1030.16432717796573740274320793802918534', 1e-30);
  });

  it('PV, FV, NPER and RATE take fv/pv, type (and guess) by position as in Excel', () => {
    expectClose(
      pv(new Decimal('0.05').dividedBy(12), 60, -500, 1_000, 1),
      '25826.5450764882019252926610759186088065',
      1e-30,
    );
    expectClose(
      fv(new Decimal('0.06').dividedBy(12), 10, -200, -500, 1),
      '2581.4033740601791537250068359375',
      1e-30,
    );
    expect(nper('0.01', -100, -1_000, 10_000, 1).toFixed()).toBe(
      nper('0.01', -100, -1_000, { fv: 10_000, type: 1 }).toFixed(),
    );
    expect(rate(48, -200, 8_000, 0, 0, '0.01').toFixed()).toBe(
      rate(48, -200, 8_000, { guess: '0.01' }).toFixed(),
    );
  });

  it('positional Money works like the options form', () => {
    expect(pmt(monthly, 10, inr(10_000), inr(-5_000), 1)).toEqual(
      pmt(monthly, 10, inr(10_000), { fv: inr(-5_000), type: 1 }),
    );
  });

  it.each([
    ['null in fv’s place', () => pmt(monthly, 10, 10_000, null as never)],
    ['an array', () => pmt(monthly, 10, 10_000, [1] as never)],
    ['a non-number', () => pv(monthly, 10, -100, 'abc' as never)],
    ['a type of 2', () => pmt(monthly, 10, 10_000, 0, 2 as never)],
    ['an options object followed by more', () => pmt(monthly, 10, 10_000, {} as never, 1 as never)],
    ['an unknown option', () => fv(monthly, 10, -100, { present: 5 } as never)],
    ['too many arguments', () => (nper as (...a: unknown[]) => unknown)('0.01', -1, 10, 0, 0, 1)],
  ])('rejects %s with a typed error, never ignoring it', (_label, call) => {
    expect(call).toThrow(CrorecastError);
    expect(call).toThrow(/pmt|pv|fv|nper|type/);
  });
});

describe('malformed and extreme flows (issue 11 #3, #11)', () => {
  it("irr('abc') is a typed error, not a TypeError", () => {
    expect(() => irr('abc' as never)).toThrow(typed('NOT_A_LIST'));
    expect(() => irrAll(42 as never)).toThrow(typed('NOT_A_LIST'));
    expect(() => npv('0.1', null as never)).toThrow(typed('NOT_A_LIST'));
  });

  it('npv, irr and payback reject a sparse array the same way', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const sparse = [-100, , 60, 70] as number[];
    expect(() => npv('0.1', sparse)).toThrow(typed('SPARSE_FLOWS'));
    expect(() => irr(sparse)).toThrow(typed('SPARSE_FLOWS'));
    expect(() => payback(sparse)).toThrow(/flows\[1\] is a hole/);
  });

  it('Infinity written as 1e9999999999999999 never reaches a result', () => {
    expect(() => irr(['-1', '1e9999999999999999'])).toThrow(typed('OUT_OF_RANGE'));
    expect(() => npv('1e9999999999999999', [-100, 50, 60])).toThrow(typed('OUT_OF_RANGE'));
    expect(() => npv('0.1', [new Decimal(Number.POSITIVE_INFINITY)])).toThrow(InvalidAmountError);
  });

  it('more than 10,000 flows is a typed error', () => {
    expect(() => npv('0.1', new Array(10_001).fill(1))).toThrow(typed('TOO_MANY_FLOWS'));
  });

  it('periods past 10,000 are a typed error', () => {
    expect(() => pmt('0.01', 10_001, 100)).toThrow(typed('PERIODS_OUT_OF_RANGE'));
    expect(() => fv('0.01', '1e30', 100)).toThrow(typed('PERIODS_OUT_OF_RANGE'));
  });
});
