import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { discountedPaybackWith, discountFactors } from '../../src/finance/_lib/paybackOf.js';
import { discountedPayback, payback } from '../../src/finance/index.js';
import { crore } from '../../src/money/constructors.js';
import { expectClose } from './helpers.js';

describe('payback', () => {
  it('interpolates inside the period of recovery', () => {
    const result = payback([-1_000, 300, 400, 500]);
    expect(result.paysBack).toBe(true);
    expect(result.period?.toString()).toBe('2.6');
    expect(result.cumulative.map(String)).toEqual(['-1000', '-700', '-300', '200']);
  });

  it('reports “never” explicitly, with the shortfall', () => {
    const result = payback([-1_000, 300, 400]);
    expect(result.paysBack).toBe(false);
    expect(result.period).toBeNull();
    if (!result.paysBack) expect(result.shortfall.toString()).toBe('300');
  });

  it('recovers exactly at a period end', () => {
    expect(payback([-100, 50, 50, 10]).period?.toString()).toBe('2');
  });

  it('counts phased investment and a later reinvestment (the last crossing counts)', () => {
    // Cumulative: −500, −1350, −1050, −650, 50, −250, 350: recovered for good in period 6,
    // 250 of its 600 in → 5 + 250/600. (The first crossing, 3.93, would not last.)
    const result = payback([-500, -850, 300, 400, 700, -300, 600]);
    expect(result.period?.toFixed(6)).toBe('5.416667');
  });

  it('pays back at period 0 when the cumulative total is never negative', () => {
    expect(payback([0, 10]).period?.toString()).toBe('0');
  });

  it('works in Money', () => {
    const result = payback([crore(-1_350), crore(400), crore(500), crore(600)]);
    expect(result.period?.toFixed(4)).toBe('2.7500');
    expect(result.cumulative[3]?.currency).toBe('INR');
    expect(result.cumulative[3]?.amount.toString()).toBe('1500000000');
  });

  it('returns frozen results and does not mutate its input', () => {
    const flows = Object.freeze([-10, 5, 10]);
    const result = payback(flows);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.cumulative)).toBe(true);
    expect(flows).toEqual([-10, 5, 10]);
  });
});

describe('discountedPayback', () => {
  it('interpolates on discounted flows', () => {
    // PVs: −1000, 454.54…, 413.22…, 375.65…; cumulative after 2 periods −132.23…
    const result = discountedPayback([-1_000, 500, 500, 500], '0.1');
    // 2 + (1000 − 500/1.1 − 500/1.21) / (500/1.331) = 2 + (1331 − 605 − 550)/500 = 2.352.
    expect(result.period?.toString()).toBe('2.352');
    expectClose(result.flows[1] ?? 0, '454.545454545454545454545454545454545455', 1e-30);
  });

  it('is longer than the undiscounted payback at a positive rate', () => {
    const flows = [-1_000, 300, 400, 500, 200];
    const simple = payback(flows).period;
    const discounted = discountedPayback(flows, '0.08').period;
    expect(discounted?.greaterThan(simple ?? 0)).toBe(true);
  });

  it('can fail to pay back once discounted', () => {
    const result = discountedPayback([-1_000, 300, 400, 350], '0.1');
    expect(result.paysBack).toBe(false);
    expect(result.period).toBeNull();
  });
});

describe('discountedPaybackWith: factors shared by the valuations of a run', () => {
  it('gives discountedPayback’s very digits, however far the shared list has grown', () => {
    const rate = new Decimal('0.1234');
    const shared = discountFactors(rate);
    const streams = [
      [-1_000, 300, 400, 500, 600],
      [-5, 1],
      [-100, 10, 20, 30, 40, 50, 60, 70, 80],
      [-1_000, 300, 400],
    ];
    for (const flows of streams) {
      expect(JSON.stringify(discountedPaybackWith(flows, rate, shared))).toBe(
        JSON.stringify(discountedPayback(flows, rate)),
      );
    }
    // 1, then each factor the one before times 1/(1 + rate).
    const factor = new Decimal(1).dividedBy('1.1234');
    expect(shared(3).slice(0, 3).map(String)).toEqual([
      '1',
      factor.toString(),
      factor.times(factor).toString(),
    ]);
    // The list kept: as long as the longest stream asked for.
    expect(shared(3)).toHaveLength(9);
  });
});
