import { describe, expect, it } from 'vitest';
import { npv, npvBreakdown, xnpv, xnpvBreakdown } from '../../src/finance/index.js';
import { crore } from '../../src/money/constructors.js';
import { EXCEL_DATED_FLOWS, expectClose } from './helpers.js';

describe('npvBreakdown', () => {
  it('explains each flow and agrees with npv', () => {
    const flows = [-10_000, 3_000, 4_200, 6_800];
    const b = npvBreakdown('0.1', flows);
    expectClose(b.npv, npv('0.1', flows), 1e-35);
    expect(b.flows.map((f) => f.periods.toString())).toEqual(['1', '2', '3', '4']);
    expect(b.flows[1]?.discountFactor.toString()).toBe(
      '0.8264462809917355371900826446280991735537',
    );
    expect(b.flows[3]?.cumulativePresentValue.toString()).toBe(b.npv.toString());
    expect(b.rate.toString()).toBe('0.1');
  });

  it('starts at period 0 with firstFlowAt: 0 and keeps Money', () => {
    const b = npvBreakdown('0.1', [crore(-100), crore(55), crore(60.5)], { firstFlowAt: 0 });
    expect(b.flows.map((f) => f.presentValue.amount.toString())).toEqual([
      '-1000000000',
      '500000000',
      '500000000',
    ]);
    expect(b.npv.amount.toString()).toBe('0');
    expect(b.npv.currency).toBe('INR');
  });

  it('is frozen', () => {
    const b = npvBreakdown('0.1', [1, 2]);
    expect(Object.isFrozen(b)).toBe(true);
    expect(Object.isFrozen(b.flows)).toBe(true);
    expect(Object.isFrozen(b.flows[0])).toBe(true);
  });
});

describe('xnpvBreakdown', () => {
  it('explains each dated flow and agrees with xnpv', () => {
    const b = xnpvBreakdown('0.09', EXCEL_DATED_FLOWS);
    expectClose(b.npv, xnpv('0.09', EXCEL_DATED_FLOWS), 1e-35);
    expect(b.flows.map((f) => f.date)).toEqual(EXCEL_DATED_FLOWS.map((f) => f.date));
    // 2008-10-30 is 303 days after 2008-01-01.
    expect(b.flows[2]?.periods.times(365).toFixed(0)).toBe('303');
  });

  it('formats Date inputs as yyyy-MM-dd', () => {
    const b = xnpvBreakdown('0.1', [
      { date: new Date(2023, 3, 1), amount: -100 },
      { date: '2024-03-31', amount: 110 },
    ]);
    expect(b.flows[0]?.date).toBe('2023-04-01');
    expect(b.flows[1]?.periods.toString()).toBe('1');
    expect(b.npv.toString()).toBe('0');
  });
});
