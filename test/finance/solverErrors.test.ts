import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { irr, irrAll, mirr, rate, xirr, xirrAll } from '../../src/finance/index.js';

// The rate solvers' errors name the function and the field (mutation survivors, issue 11), and
// RATE with a fractional number of periods — solved from the annuity equation itself, not from
// explicit flows — is checked against that equation evaluated in 60 digits.

const year = (first: number, second: number) => [
  { date: '2024-01-01', amount: first },
  { date: '2025-01-01', amount: second },
];

describe('rate solvers name the function and the field in their errors', () => {
  it.each([
    [
      'irr option',
      () => irr([-1, 2], { foo: 1 } as never),
      'irr has no option "foo"; known: guess',
    ],
    ['irr flows', () => irr([]), 'irr: flows needs at least 1 cash flow, got 0'],
    ['irr flow', () => irr([-1, 'x'] as never), 'flows[1] "x" is not a finite decimal number'],
    ['irr guess', () => irr([-1, 2, 3], { guess: -1 }), 'guess -1 must be greater than -1 (−100%)'],
    [
      'irr, many flows of one sign',
      () => irr([1, 2, 3, 4, 5, 6, 7, 8]),
      'irr: cash flows [1, 2, 3, 4, 5, 6, … (8 flows)] never change sign, so no rate makes their NPV zero',
    ],
    [
      'irr, six flows are listed in full',
      () => irr([1, 2, 3, 4, 5, 6]),
      'irr: cash flows [1, 2, 3, 4, 5, 6] never change sign, so no rate makes their NPV zero',
    ],
    [
      'irr without a root',
      () => irr([-1, 2, -2]),
      'irr: cash flows [-1, 2, -2] change sign more than once, but their NPV does not cross zero at any rate above -100%',
    ],
    ['irrAll flows', () => irrAll([]), 'irrAll: flows needs at least 1 cash flow, got 0'],
    [
      'irrAll, one sign',
      () => irrAll([1, 2]),
      'irrAll: cash flows [1, 2] never change sign, so no rate makes their NPV zero',
    ],
    [
      'xirr option',
      () => xirr(year(-1, 2), { foo: 1 } as never),
      'xirr has no option "foo"; known: guess',
    ],
    [
      'xirr guess',
      () => xirr(year(-1, 2), { guess: -1 }),
      'guess -1 must be greater than -1 (−100%)',
    ],
    ['xirr flows', () => xirr([]), 'xirr: flows needs at least 1 cash flow, got 0'],
    [
      'xirr, one sign',
      () => xirr(year(1, 2)),
      'xirr: cash flows [1, 2] never change sign, so no rate makes their NPV zero',
    ],
    ['xirrAll flows', () => xirrAll([]), 'xirrAll: flows needs at least 1 cash flow, got 0'],
    [
      'xirrAll, one sign',
      () => xirrAll(year(1, 2)),
      'xirrAll: cash flows [1, 2] never change sign, so no rate makes their NPV zero',
    ],
    ['mirr flows', () => mirr([], 0.1, 0.1), 'mirr: flows needs at least 1 cash flow, got 0'],
    [
      'mirr finance rate',
      () => mirr([-1, 2], -1, 0.1),
      'financeRate -1 must be greater than -1 (−100%)',
    ],
    [
      'mirr reinvestment rate',
      () => mirr([-1, 2], 0.1, -1),
      'reinvestRate -1 must be greater than -1 (−100%)',
    ],
    [
      'mirr flow',
      () => mirr([-1, 'x'] as never, 0.1, 0.1),
      'flows[1] "x" is not a finite decimal number',
    ],
    [
      'rate option',
      () => rate(12, -100, 1000, { foo: 1 } as never),
      'rate has no option "foo"; known: fv, type, guess',
    ],
    [
      'rate periods',
      () => rate(0, -100, 1000),
      'nper 0 must be greater than zero and at most 10000 (README "Limits")',
    ],
    [
      'rate guess',
      () => rate(12, -100, 1000, { guess: -2 }),
      'guess -2 must be greater than -1 (−100%)',
    ],
    [
      'rate, whole periods of one sign',
      () => rate(12, 100, 1000),
      'rate: nper 12, pmt 100, pv 1000, fv 0: the flows never change sign, so no rate makes their NPV zero',
    ],
    [
      'rate, fractional periods without a root',
      () => rate(12.5, 100, 1000),
      'rate: nper 12.5, pmt 100, pv 1000, fv 0 change sign more than once, but their NPV does not cross zero at any rate above -100%',
    ],
  ])('%s', (_, call, message) => {
    expect(call).toThrow(`[crorecast] ${message}`);
  });

  it('give the reason a rate has no solution', () => {
    const reason = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as { reason?: string }).reason;
      }
      return 'no error';
    };
    expect(reason(() => irr([1, 2]))).toBe('no-sign-change');
    expect(reason(() => irr([-1, 2, -2]))).toBe('no-root-found');
    // A fractional RATE is scanned (it may have several roots), so no root is `no-root-found`,
    // not `out-of-range` as a unique root's bracket search would say.
    expect(reason(() => rate(2.5, 100, 100))).toBe('no-root-found');
    expect(reason(() => mirr([1, 2], 0.1, 0.1))).toBe('undefined');
    expect(() => mirr([1, 2], 0.1, 0.1)).toThrow('got no outflow');
    expect(() => mirr([-1, -2], 0.1, 0.1)).toThrow('got no inflow');
  });

  it('every IRR of two flows is the closed form', () => {
    expect(irrAll([-100, 110]).map(String)).toEqual(['0.1']);
    const days365 = [
      { date: '2023-01-01', amount: -100 },
      { date: '2024-01-01', amount: 110 },
    ];
    expect(xirrAll(days365).map(String)).toEqual(['0.1']);
  });
});

const D60 = Decimal.clone({ precision: 60 });

/** RATE's equation pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n − 1)/r + fv, and Σ|terms|, in 60 digits. */
function annuityResidual(
  r: Decimal,
  n: number,
  pmt: number,
  pv: number,
  fv: number,
  type: 0 | 1,
): { value: Decimal; scale: Decimal } {
  const rate = new D60(r.toString());
  const grown = D60.exp(rate.plus(1).ln().times(n));
  const lump = grown.times(pv);
  const payments = rate.times(type).plus(1).times(pmt).times(grown.minus(1).dividedBy(rate));
  return {
    value: new Decimal(lump.plus(payments).plus(fv).toString()),
    scale: new Decimal(lump.abs().plus(payments.abs()).plus(Math.abs(fv)).toString()),
  };
}

function expectRoot(r: Decimal, n: number, pmt: number, pv: number, fv: number, type: 0 | 1) {
  const { value, scale } = annuityResidual(r, n, pmt, pv, fv, type);
  // RATE keeps 30 significant digits of 1 + rate: the residual is that rounding, no more.
  expect(value.abs().lessThanOrEqualTo(scale.times('1e-27'))).toBe(true);
}

describe('rate with a fractional number of periods (the annuity equation)', () => {
  it.each([
    [12.5, -100, 1000, 0, 0, '0.0347666299186720491392783176'],
    [12.5, 100, -1000, 0, 0, '0.0347666299186720491392783176'],
    [10.5, -100, 1000, 200, 0, '-0.033906129476615304051282355616'],
    // A negative rate: the equation is evaluated as F itself below t = 0.
    [10.5, -50, 1000, 0, 0, '-0.098451539759898511232719847659'],
    [2.5, 1000, -1, 0, 0, '999.99996845613971235958645269'],
    // Payments at the start of each period.
    [12.5, -100, 1000, 0, 1, '0.04150189085276485720640181378'],
    [12.5, 100, -1000, 0, 1, '0.04150189085276485720640181378'],
    [10.5, -50, 1000, 0, 1, '-0.114550206223798960777747407244'],
  ] as const)('rate(%s, %s, %s, %s, %s)', (n, pmt, pv, fv, type, expected) => {
    const found = rate(n, pmt, pv, fv, type);
    expect(found.toString()).toBe(expected);
    expectRoot(found, n, pmt, pv, fv, type);
  });

  it('a zero rate when the payments exactly repay the loan', () => {
    expect(rate(10.5, -100, 1050).toString()).toBe('0');
  });

  it('picks the root nearest the guess when the equation has two', () => {
    const low = rate(2.5, 230, -100, -300);
    expect(low.toString()).toBe('-0.727574055010133228739026231333');
    expectRoot(low, 2.5, 230, -100, -300, 0);
    const high = rate(2.5, 230, -100, -300, 0, 2);
    expect(high.toString()).toBe('1.67367370029152610556576716199');
    expectRoot(high, 2.5, 230, -100, -300, 0);
  });
});
