import { describe, expect, it } from 'vitest';
import {
  cagr,
  discountedPayback,
  npv,
  npvBreakdown,
  payback,
  xnpvBreakdown,
} from '../../src/finance/index.js';
import { inr } from '../../src/money/index.js';

// A finance error names the function and the field it is about (mutation survivors, issue 11).
describe('finance errors name the function and the field', () => {
  it.each([
    [
      'npv option',
      () => npv(0.1, [1, 2], { foo: 1 } as never),
      'npv has no option "foo"; known: firstFlowAt',
    ],
    [
      'npvBreakdown option',
      () => npvBreakdown(0.1, [1, 2], { foo: 1 } as never),
      'npvBreakdown has no option "foo"; known: firstFlowAt',
    ],
    [
      'npvBreakdown flows',
      () => npvBreakdown(0.1, 'x' as never),
      'npvBreakdown: flows must be a list of cash flows, got "x"',
    ],
    [
      'npvBreakdown flow',
      () => npvBreakdown(0.1, [1, 'x'] as never),
      'flows[1] "x" is not a finite decimal number',
    ],
    [
      'xnpvBreakdown flows',
      () => xnpvBreakdown(0.1, 'x' as never),
      'xnpvBreakdown: flows must be a list of cash flows, got "x"',
    ],
    [
      'xnpvBreakdown flow',
      () => xnpvBreakdown(0.1, [{ date: '2021-01-01', amount: 'x' }] as never),
      'flows[0] "x" is not a finite decimal number',
    ],
    [
      'payback flow',
      () => payback([1, 'x'] as never),
      'flows[1] "x" is not a finite decimal number',
    ],
    [
      'discountedPayback flows',
      () => discountedPayback('x' as never, 0.1),
      'discountedPayback: flows must be a list of cash flows, got "x"',
    ],
    [
      'discountedPayback flow',
      () => discountedPayback([1, 'x'] as never, 0.1),
      'flows[1] "x" is not a finite decimal number',
    ],
    ['cagr years', () => cagr(100, 200, 'x' as never), 'years "x" is not a finite decimal number'],
    ['cagr of money', () => cagr(inr(0), inr(200), 1), 'cagr: start 0 must be greater than zero'],
    [
      'cagr past the range',
      () => cagr('1e-30', '1e30', '0.00273972602739726'),
      /^\[crorecast\] cagr 1\.0+5042661353669674769029390748e\+21900 is outside/,
    ],
  ])('%s', (_, call, message) => {
    expect(call).toThrow(message);
  });
});

describe('payback at its edges', () => {
  it('pays back at once when no cumulative total is ever negative', () => {
    const r = payback([100, 50]);
    expect(r.paysBack).toBe(true);
    expect(r.period?.toString()).toBe('0');
  });

  it('pays back within the first period when only the first total is negative', () => {
    expect(payback([-100, 200]).period?.toString()).toBe('0.5');
  });
});

describe('npvBreakdown rows', () => {
  it('carry a date only for dated flows', () => {
    const periodic = npvBreakdown(0.1, [-100, 50, 60]);
    expect(periodic.flows.every((row) => !Object.hasOwn(row, 'date'))).toBe(true);
    const dated = xnpvBreakdown(0.1, [
      { date: '2021-01-01', amount: -100 },
      { date: '2022-01-01', amount: 110 },
    ]);
    expect(dated.flows.map((row) => row.date)).toEqual(['2021-01-01', '2022-01-01']);
  });
});
