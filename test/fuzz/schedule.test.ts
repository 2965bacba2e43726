import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, ValidationError } from '../../src/core/errors.js';
import {
  cumulativeInvestment,
  investedBy,
  taxDepreciation,
  toCashFlows,
} from '../../src/schedule/index.js';
import { series } from '../../src/series/index.js';
import { fuzzTargets } from './harness.js';
import { SCHEDULE_TARGETS } from './targets.js';

describe('schedule fuzz (issue 11)', { timeout: 300_000 }, () => {
  it('the valid arguments schedule and depreciate', () => {
    for (const t of SCHEDULE_TARGETS) expect(() => t.call(...t.args())).not.toThrow();
  });

  it('every schedule function with mutated commitments, schedules, assets and options', () => {
    fuzzTargets('schedule', SCHEDULE_TARGETS, 25);
  });
});

// Found by the fuzz: each was an untyped TypeError or DecimalError before the fix.
describe('schedule regressions (issue 11)', () => {
  it('a schedule argument that is not a Series of Money is a typed error naming it', () => {
    // Was: TypeError "schedule.cumulative is not a function", "s.entries.map is not a function".
    expect(() => cumulativeInvestment(null as never)).toThrow(ArgumentError);
    expect(() => toCashFlows([] as never)).toThrow('schedule [] is not a schedule');
    expect(() =>
      investedBy(series([['FY2021-22', new Decimal(1)]] as never) as never, '2022-01-01'),
    ).toThrow('not of Money');
  });

  it('an option that JSON cannot print is named, not a TypeError', () => {
    // Was: TypeError "Do not know how to serialize a BigInt" (JSON.stringify in the message).
    const capex = SCHEDULE_TARGETS[3]?.args()[0];
    expect(() => toCashFlows(capex as never, { timing: 5n as never })).toThrow('timing 5n');
  });

  it('taxDepreciation checks its additions, years and opening values', () => {
    // Was: DecimalError "Invalid argument: undefined", TypeError "years.map is not a function".
    const years = ['FY2021-22'];
    const call =
      (additions: unknown, y: unknown = years, options: unknown = {}) =>
      () =>
        taxDepreciation(additions as never, y as never, options as never);
    expect(call([{ block: 'computers', putToUse: '2021-05-01' }])).toThrow('[0].amount');
    expect(call([{ block: 'computers', amount: '1e100000', putToUse: '2021-05-01' }])).toThrow(
      ValidationError,
    );
    expect(call([], null)).toThrow(ValidationError);
    expect(call([], years, { opening: { furniture: [1] } })).toThrow('opening.furniture');
    const [y] = taxDepreciation(
      [{ block: 'computers', amount: '100' as never, putToUse: '2021-05-01' }],
      years,
      {
        opening: { furniture: new Decimal(200) },
      },
    );
    expect(y?.depreciation.amount.toFixed()).toBe('60');
  });
});
