import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { mirr, npv } from '../../src/finance/index.js';
import { crore } from '../../src/money/constructors.js';

describe('npv', () => {
  it('discounts the first flow one period by default (Excel) and not at all with firstFlowAt: 0', () => {
    const flows = [-10_000, 3_000, 4_200, 6_800];
    const excel = npv('0.1', flows);
    const textbook = npv('0.1', flows, { firstFlowAt: 0 });
    expect(textbook.toString()).toBe(excel.times('1.1').toString());
    expect(textbook.toFixed(4)).toBe('1307.2878');
  });

  it('is exact for terminating discount factors', () => {
    // 1/1.25 = 0.8 exactly: 100·0.8 + 100·0.64 = 144.
    expect(npv('0.25', [100, 100]).toString()).toBe('144');
    expect(npv(0, [1, 2, 3]).toString()).toBe('6');
  });

  it('returns Money in the flows’ currency', () => {
    const value = npv('0.12', [crore(-100), crore(60), crore(70)], { firstFlowAt: 0 });
    expect(value.currency).toBe('INR');
    // −100 + 60/1.12 + 70/1.12² crore = 9.375 crore, exactly.
    expect(value.amount.toString()).toBe('93750000');
  });

  it('handles negative rates above −100%', () => {
    expect(npv('-0.5', [1, 1]).toString()).toBe('6');
  });

  it('returns a Decimal of crorecast’s clone', () => {
    expect(npv('0.1', [1])).toBeInstanceOf(Decimal);
  });

  it('does not mutate its input', () => {
    const flows = Object.freeze([crore(-1), crore(2)]);
    const before = flows.map((f) => f.amount.toString());
    npv('0.1', flows);
    expect(flows.map((f) => f.amount.toString())).toEqual(before);
  });
});

describe('mirr', () => {
  it('equals the rate linking the PV of outflows to the FV of inflows', () => {
    // −100 now, +121 in two periods, both rates 10%: MIRR = 10%.
    expect(mirr([-100, 0, 121], '0.1', '0.1').toString()).toBe('0.1');
  });

  it('accepts Money flows', () => {
    expect(mirr([crore(-100), crore(0), crore(121)], '0.05', '0.1').toString()).toBe('0.1');
  });
});
