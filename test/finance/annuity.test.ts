import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { fv, nper, pmt, pv, rate } from '../../src/finance/index.js';
import { crore, inr, lakh } from '../../src/money/constructors.js';
import { expectClose } from './helpers.js';

describe('pmt', () => {
  it('uses Excel’s sign convention: a loan received is repaid by negative payments', () => {
    expect(pmt('0.1', 2, 1_000).isNegative()).toBe(true);
    expect(pmt('0.1', 2, -1_000).isNegative()).toBe(false);
  });

  it('handles a zero rate and payments at the start (type 1)', () => {
    expect(pmt(0, 10, 1_000).toString()).toBe('-100');
    expect(pmt(0, 10, 1_000, { fv: -200 }).toString()).toBe('-80');
    // Type 1 payments are one period earlier: each is smaller by a factor 1 + rate.
    const end = pmt('0.01', 12, 10_000);
    const start = pmt('0.01', 12, 10_000, { type: 1 });
    expectClose(start.times('1.01'), end, 1e-30);
  });

  it('repays a home loan of ₹50 lakh over 20 years at 8.5% a year (EMI ₹43,391.16)', () => {
    const emi = pmt(new Decimal('0.085').dividedBy(12), 240, lakh(50));
    expectClose(emi, '-43391.1616682766927252240879253862381459271', 1e-25);
    expect(emi.currency).toBe('INR');
    expect(emi.amount.toFixed(2)).toBe('-43391.16');
  });
});

describe('pv', () => {
  it('is the inverse of fv (pv, payments and fv balance)', () => {
    const value = fv('0.07', 5, -100, { pv: -1_000 });
    expectClose(pv('0.07', 5, -100, { fv: value }), -1_000, 1e-30);
  });

  it('handles a zero rate', () => {
    expect(pv(0, 10, -100, { fv: -50 }).toString()).toBe('1050');
  });
});

describe('fv', () => {
  it('compounds a lump sum', () => {
    expect(fv('0.1', 2, 0, { pv: -100 }).toString()).toBe('121');
  });

  it('handles a zero rate and zero periods', () => {
    expect(fv(0, 3, -10, { pv: -5 }).toString()).toBe('35');
    expect(fv('0.1', 0, -10, { pv: -5 }).toString()).toBe('5');
  });

  it('works in Money', () => {
    const value = fv('0.1', 2, inr(0), { pv: inr(-100) });
    expect(value.amount.toString()).toBe('121');
    expect(value.currency).toBe('INR');
  });
});

describe('nper', () => {
  it('inverts pmt', () => {
    const payment = pmt('0.01', 36, 100_000);
    expectClose(nper('0.01', payment, 100_000), 36, 1e-30);
  });

  it('handles a zero rate', () => {
    expect(nper(0, -100, 1_000).toString()).toBe('10');
  });

  it('accepts Money of one currency', () => {
    expectClose(
      nper('0.01', crore(-1), crore(10)),
      '10.5886444594232359951882052688197134534914',
      1e-25,
    );
  });
});

describe('rate', () => {
  it('inverts pmt, also for payments at the start of periods', () => {
    for (const type of [0, 1] as const) {
      const payment = pmt('0.0125', 60, 500_000, { fv: -50_000, type });
      expectClose(rate(60, payment, 500_000, { fv: -50_000, type }), '0.0125', 1e-25);
    }
  });

  it('solves fractional numbers of periods', () => {
    const payment = pmt('0.02', '10.5', 1_000);
    expectClose(rate('10.5', payment, 1_000), '0.02', 1e-25);
  });

  it('solves long annuities through the closed form (5,000 periods)', () => {
    const payment = pmt('0.001', 5_000, 1_000_000, { fv: -10_000 });
    const started = performance.now();
    expectClose(rate(5_000, payment, 1_000_000, { fv: -10_000 }), '0.001', 1e-25);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('finds a zero rate', () => {
    expect(rate(10, -100, 1_000).toString()).toBe('0');
  });
});
