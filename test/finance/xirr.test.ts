import { describe, expect, it } from 'vitest';
import { NoSolutionError, xirr, xirrAll, xnpv } from '../../src/finance/index.js';
import { crore, inr, usd } from '../../src/money/constructors.js';
import { CurrencyMismatchError } from '../../src/money/errors.js';
import type { Money } from '../../src/money/money.js';
import { InvalidDateError } from '../../src/time/errors.js';
import { EXCEL_DATED_FLOWS, expectClose } from './helpers.js';

describe('xnpv', () => {
  it('discounts by Actual/365 from the first flow’s date', () => {
    // One year of 366 days (2024 is a leap year) is 366/365 years.
    const value = xnpv('0.1', [
      { date: '2024-01-01', amount: 0 },
      { date: '2025-01-01', amount: 110 },
    ]);
    // 110 / 1.1^(366/365), computed independently at 60 digits.
    expectClose(value, '99.9738910309561206036309180171413029012519', 1e-25);
  });

  it('reads Date objects by their local calendar date', () => {
    const withDates = xnpv(
      '0.09',
      EXCEL_DATED_FLOWS.map((flow) => {
        const [y, m, d] = flow.date.split('-').map(Number);
        return { date: new Date(y ?? 0, (m ?? 1) - 1, d ?? 1), amount: flow.amount };
      }),
    );
    expect(withDates.toString()).toBe(xnpv('0.09', EXCEL_DATED_FLOWS).toString());
  });

  it('accepts flows in any order, discounting to the first flow’s date', () => {
    const [first, ...rest] = EXCEL_DATED_FLOWS;
    const shuffled = first ? [first, ...[...rest].reverse()] : [];
    expect(xnpv('0.09', shuffled).toString()).toBe(xnpv('0.09', EXCEL_DATED_FLOWS).toString());
  });

  it('returns Money for Money flows', () => {
    const value = xnpv('0.12', [
      { date: '2024-04-01', amount: crore(-1_350) },
      { date: '2025-04-01', amount: crore(1_500) },
    ]);
    expect(value.currency).toBe('INR');
    expectClose(value.amount, '-107142857.142857142857142857142857142857143', 1e-25);
  });

  it('throws CurrencyMismatchError for flows in two currencies', () => {
    expect(() =>
      xnpv('0.1', [
        { date: '2024-01-01', amount: inr(-100) as Money },
        { date: '2025-01-01', amount: usd(110) as Money },
      ]),
    ).toThrow(CurrencyMismatchError);
  });

  it('names the flow whose date is invalid', () => {
    const flows = [
      { date: '2024-01-01', amount: -100 },
      { date: '2024-02-30', amount: 110 },
    ];
    expect(() => xnpv('0.1', flows)).toThrow(InvalidDateError);
    expect(() => xnpv('0.1', flows)).toThrow(
      /date "2024-02-30" \(flows\[1\]\.date\) is not a calendar date/,
    );
  });

  it('does not mutate its input', () => {
    const flows = Object.freeze(EXCEL_DATED_FLOWS.map((flow) => Object.freeze({ ...flow })));
    const copy = JSON.stringify(flows);
    xnpv('0.09', flows);
    expect(JSON.stringify(flows)).toBe(copy);
  });
});

describe('xirr', () => {
  it('solves two dated flows in closed form, even near −100%', () => {
    const value = xirr([
      { date: '2013-12-31', amount: -37_987_348 },
      { date: '2014-05-15', amount: 21_191_041 },
    ]);
    expectClose(value, '-0.793629738373388376618995565693590766943456', 1e-25);
  });

  it('finds a root near −100% with several flows', () => {
    const flows = [
      { date: '2020-01-01', amount: -1_000_000 },
      { date: '2020-07-01', amount: 10 },
      { date: '2021-01-01', amount: 10 },
      { date: '2022-01-01', amount: 10 },
    ];
    const value = xirr(flows);
    expect(value.greaterThan(-1)).toBe(true);
    expectClose(xnpv(value, flows), 0, 1e-20);
  });

  it('throws NoSolutionError (out-of-range) for a rate too close to −100% for a Decimal', () => {
    // ₹1 back a day after ₹2 out: 0.5^365 − 1 = −1 + 1.3e-110.
    const flows = [
      { date: '2020-01-01', amount: -2 },
      { date: '2020-01-02', amount: 1 },
    ];
    expect(() => xirr(flows)).toThrow(NoSolutionError);
    expect(() => xirr(flows)).toThrow(/within 1e-36 of -100%/);
    const three = [...flows, { date: '2020-01-03', amount: 0.1 }];
    expect(() => xirr(three)).toThrow(/representable range/);
  });

  it('finds astronomically large rates (₹7 back a day after ₹1 out)', () => {
    const flows = [
      { date: '2020-04-01', amount: -1 },
      { date: '2020-04-02', amount: 7 },
      { date: '2020-04-03', amount: 1 },
    ];
    const value = xirr(flows);
    // x = v^(1/365) solves x² + 7x − 1 = 0, so 1 + r = ((√53 − 7) / 2)^−365 ≈ 4.0e311.
    expectClose(value, '3.99086592423998709006504450919963623933e311', 1e-25);
    // A rate past the accepted range cannot be passed back in (README "Limits").
    expect(() => xnpv(value, flows)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  it('nets flows on the same date', () => {
    const value = xirr([
      { date: '2020-01-01', amount: -150 },
      { date: '2020-01-01', amount: 50 },
      { date: '2021-01-01', amount: 110 },
    ]);
    // −100 then 110 after 366 days: 1.1^(365/366) − 1.
    expectClose(value, '0.0997135859341412412872169203523870270705282', 1e-25);
  });

  it('returns the root nearest the guess when there are several', () => {
    const flows = [
      { date: '2023-01-01', amount: -100 },
      { date: '2024-01-01', amount: 230 },
      { date: '2025-01-01', amount: -132 },
    ];
    const [low, high] = xirrAll(flows);
    expect(xirr(flows).toString()).toBe(low?.toString());
    expect(xirr(flows, { guess: 0.25 }).toString()).toBe(high?.toString());
  });

  it('throws NoSolutionError when the flows never change sign', () => {
    expect(() =>
      xirr([
        { date: '2020-01-01', amount: 100 },
        { date: '2021-01-01', amount: 100 },
      ]),
    ).toThrow(NoSolutionError);
  });
});

describe('xirr (input)', () => {
  it('does not mutate its input', () => {
    const flows = Object.freeze(EXCEL_DATED_FLOWS.map((flow) => Object.freeze({ ...flow })));
    const copy = JSON.stringify(flows);
    xirr(flows);
    xirrAll(flows);
    expect(JSON.stringify(flows)).toBe(copy);
  });

  it('rejects amounts beyond the accepted range with a typed error', () => {
    expect(() =>
      xirr([
        { date: '2020-01-01', amount: '-1e400' },
        { date: '2021-01-01', amount: '0.5e400' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  it('handles amounts at the top of the accepted range', () => {
    const value = xirr([
      { date: '2020-01-01', amount: '-1e30' },
      { date: '2021-01-01', amount: '0.5e30' },
      { date: '2022-01-01', amount: '0.7e30' },
    ]);
    expect(
      xnpv(value, [
        { date: '2020-01-01', amount: '-1' },
        { date: '2021-01-01', amount: '0.5' },
        { date: '2022-01-01', amount: '0.7' },
      ])
        .abs()
        .lessThan('1e-30'),
    ).toBe(true);
  });
});

describe('xirrAll', () => {
  it('finds both roots of a −, +, − stream', () => {
    const flows = [
      { date: '2023-01-01', amount: -100 },
      { date: '2024-01-01', amount: 230 },
      { date: '2025-01-01', amount: -132 },
    ];
    const roots = xirrAll(flows);
    expect(roots).toHaveLength(2);
    for (const root of roots) expectClose(xnpv(root, flows), 0, 1e-25);
    // Reference roots from mpmath.findroot at 50 digits (the second flow is 731/365 years out).
    expectClose(roots[0] ?? 0, '0.0967647757244614077405454777191747608915', 1e-25);
    expectClose(roots[1] ?? 0, '0.206376832836949634851523709812283357067', 1e-25);
  });
});
