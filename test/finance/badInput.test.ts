import { describe, expect, it } from 'vitest';
import { ArgumentError, CrorecastError, InvalidAmountError } from '../../src/core/errors.js';
import {
  cagr,
  discountedPayback,
  fv,
  irr,
  mirr,
  NoSolutionError,
  nper,
  npv,
  payback,
  pmt,
  pv,
  rate,
  xirr,
  xnpv,
} from '../../src/finance/index.js';
import { inr, usd } from '../../src/money/constructors.js';
import { CurrencyMismatchError } from '../../src/money/errors.js';
import type { Money } from '../../src/money/money.js';
import { InvalidDateError } from '../../src/time/errors.js';

const mixed = [inr(-100), usd(110)] as Money[];
const dated = (date: string | Date, amount: number | Money = 110) => [
  { date: '2024-01-01', amount: -100 },
  { date, amount },
];

// Each bad input with the exact error class, its stable code and a fragment of the message.
const cases: [string, () => unknown, new (...args: never[]) => CrorecastError, string, RegExp][] = [
  [
    'npv of no flows',
    () => npv('0.1', []),
    ArgumentError,
    'EMPTY_FLOWS',
    /npv: flows needs at least 1 cash flow, got 0/,
  ],
  ['irr of no flows', () => irr([]), ArgumentError, 'EMPTY_FLOWS', /irr: flows needs at least 1/],
  [
    'xirr of no flows',
    () => xirr([]),
    ArgumentError,
    'EMPTY_FLOWS',
    /xirr: flows needs at least 1/,
  ],
  ['xnpv of no flows', () => xnpv('0.1', []), ArgumentError, 'EMPTY_FLOWS', /xnpv: flows/],
  ['payback of no flows', () => payback([]), ArgumentError, 'EMPTY_FLOWS', /payback: flows/],
  [
    'irr of all-positive flows',
    () => irr([100, 200, 300]),
    NoSolutionError,
    'NO_SOLUTION',
    /\[100, 200, 300\] never change sign/,
  ],
  [
    'irr of all-negative flows',
    () => irr([-100, -200]),
    NoSolutionError,
    'NO_SOLUTION',
    /never change sign/,
  ],
  [
    'xirr of all-positive flows',
    () => xirr(dated('2025-01-01', 0).map((f) => ({ ...f, amount: 5 }))),
    NoSolutionError,
    'NO_SOLUTION',
    /never change sign/,
  ],
  [
    'irr with no root',
    () => irr([1, -3, 3]),
    NoSolutionError,
    'NO_SOLUTION',
    /does not cross zero/,
  ],
  [
    'mirr without an inflow',
    () => mirr([-100, -5], '0.1', '0.1'),
    NoSolutionError,
    'NO_SOLUTION',
    /no inflow/,
  ],
  [
    'nper that never pays off',
    () => nper('0.1', -5, 100),
    NoSolutionError,
    'NO_SOLUTION',
    /no number of periods/,
  ],
  [
    'nper with zero rate and payment',
    () => nper(0, 0, 100),
    NoSolutionError,
    'NO_SOLUTION',
    /zero payment/,
  ],
  [
    'rate with no solution',
    () => rate(10, 100, 100),
    NoSolutionError,
    'NO_SOLUTION',
    /never change sign/,
  ],
  [
    'an invalid calendar date',
    () => xnpv('0.1', dated('2024-02-30')),
    InvalidDateError,
    'INVALID_DATE',
    /flows\[1\]\.date/,
  ],
  [
    'a malformed date string',
    () => xirr(dated('01/02/2024')),
    InvalidDateError,
    'INVALID_DATE',
    /flows\[1\]\.date/,
  ],
  [
    'an Invalid Date',
    () => xirr(dated(new Date(Number.NaN))),
    InvalidDateError,
    'INVALID_DATE',
    /flows\[1\]\.date/,
  ],
  [
    'rate of −100%',
    () => npv(-1, [1, 2]),
    ArgumentError,
    'RATE_OUT_OF_RANGE',
    /rate -1 must be greater than -1/,
  ],
  [
    'rate below −100%',
    () => xnpv('-1.5', dated('2025-01-01')),
    ArgumentError,
    'RATE_OUT_OF_RANGE',
    /rate "-1.5" must be greater than -1/,
  ],
  [
    'discounted payback at −100%',
    () => discountedPayback([-1, 2], -1),
    ArgumentError,
    'RATE_OUT_OF_RANGE',
    /rate -1/,
  ],
  ['pmt at −100%', () => pmt(-1, 10, 100), ArgumentError, 'RATE_OUT_OF_RANGE', /rate -1/],
  [
    'mirr finance rate −100%',
    () => mirr([-1, 2], -1, 0),
    ArgumentError,
    'RATE_OUT_OF_RANGE',
    /financeRate -1/,
  ],
  [
    'irr guess −100%',
    () => irr([-1, 2], { guess: -1 }),
    ArgumentError,
    'RATE_OUT_OF_RANGE',
    /guess -1/,
  ],
  [
    'npv in two currencies',
    () => npv('0.1', mixed),
    CurrencyMismatchError,
    'CURRENCY_MISMATCH',
    /INR and USD cannot be mixed/,
  ],
  [
    'irr in two currencies',
    () => irr(mixed),
    CurrencyMismatchError,
    'CURRENCY_MISMATCH',
    /INR and USD/,
  ],
  [
    'xnpv in two currencies',
    () =>
      xnpv('0.1', [
        { date: '2024-01-01', amount: inr(-1) },
        { date: '2025-01-01', amount: usd(2) as Money },
      ]),
    CurrencyMismatchError,
    'CURRENCY_MISMATCH',
    /INR and USD/,
  ],
  [
    'pmt with pv and fv in two currencies',
    () => pmt('0.1', 10, inr(100) as Money, { fv: usd(5) as Money }),
    CurrencyMismatchError,
    'CURRENCY_MISMATCH',
    /INR and USD/,
  ],
  [
    'Money mixed with numbers',
    () => npv('0.1', [inr(-100), 110]),
    ArgumentError,
    'MIXED_FLOW_KINDS',
    /flows\[1\] mixes Money with plain numbers/,
  ],
  [
    'a NaN flow',
    () => npv('0.1', [-100, Number.NaN]),
    InvalidAmountError,
    'INVALID_AMOUNT',
    /flows\[1\] NaN is not a finite decimal/,
  ],
  [
    'a junk flow string',
    () => irr(['-100', '1,10']),
    InvalidAmountError,
    'INVALID_AMOUNT',
    /flows\[1\] "1,10"/,
  ],
  ['a junk rate', () => npv('10%', [1]), InvalidAmountError, 'INVALID_AMOUNT', /rate "10%"/],
  [
    'an Infinity amount in xirr',
    () => xirr(dated('2025-01-01', Number.POSITIVE_INFINITY)),
    InvalidAmountError,
    'INVALID_AMOUNT',
    /flows\[1\] Infinity/,
  ],
  [
    'firstFlowAt 2',
    () => npv('0.1', [1], { firstFlowAt: 2 as 0 }),
    ArgumentError,
    'INVALID_OPTION',
    /firstFlowAt 2 must be 0 or 1/,
  ],
  [
    'type 2',
    () => fv('0.1', 1, 1, { type: 2 as 0 }),
    ArgumentError,
    'INVALID_OPTION',
    /type 2 must be 0/,
  ],
  [
    'pmt over zero periods',
    () => pmt('0.1', 0, 100),
    ArgumentError,
    'PERIODS_OUT_OF_RANGE',
    /nper 0 must be greater than zero/,
  ],
  [
    'pv over negative periods',
    () => pv('0.1', -1, 100),
    ArgumentError,
    'PERIODS_OUT_OF_RANGE',
    /nper -1 must be zero or more/,
  ],
  ['cagr from zero', () => cagr(0, 10, 1), ArgumentError, 'CAGR_OUT_OF_DOMAIN', /start 0/],
];

describe('bad inputs', () => {
  it.each(cases)('%s', (_label, run, errorClass, code, message) => {
    expect(run).toThrow(errorClass);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(CrorecastError);
      expect((error as CrorecastError).code).toBe(code);
    }
  });

  it('never returns NaN: every failure above is a thrown CrorecastError', () => {
    for (const [, run] of cases) expect(run).toThrow(CrorecastError);
  });
});
