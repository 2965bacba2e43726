import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { crore, inr } from '../../src/money/index.js';
import { shareIncentive, shareIncentives } from '../../src/sharing/index.js';
import { fuzzTargets } from './harness.js';
import { SHARING_TARGETS } from './targets.js';

const amounts = (shares: Readonly<Record<string, { amount: { toFixed(): string } }>>) =>
  Object.fromEntries(Object.entries(shares).map(([id, m]) => [id, m.amount.toFixed()]));

describe('sharing fuzz (issue 11)', { timeout: 300_000 }, () => {
  it('the valid arguments share', () => {
    for (const t of SHARING_TARGETS) expect(() => t.call(...t.args())).not.toThrow();
  });

  it('shareIncentive and shareIncentives with mutated amounts, agreements and years', () => {
    fuzzTargets('sharing', SHARING_TARGETS, 50);
  });
});

// Found by the fuzz: each was an untyped TypeError or RangeError before the fix.
describe('sharing regressions (issue 11)', () => {
  const two = [
    { id: 'toString', name: 'A' },
    { id: 'valueOf', name: 'B' },
    { id: 'b', name: 'C' },
  ];

  it('a party id naming an Object.prototype member is a party like any other', () => {
    // Was: TypeError "weights[id]?.toFixed is not a function" (toString found on the prototype).
    const { shares, steps } = shareIncentive(crore(10), {
      parties: two,
      rule: { kind: 'fixed', weights: { b: 1, valueOf: 1 } },
      caps: { b: crore(3) },
    });
    expect(amounts(shares)).toEqual({ toString: '0', valueOf: '70000000', b: '30000000' });
    expect(steps[0]?.description).toBe('₹10.00 crore split valueOf 1 : b 1');
  });

  it('a rule nested past the depth limit is a validation error, not a stack overflow', () => {
    // Was: RangeError "Maximum call stack size exceeded" (3,000 nested retain-then-share rules).
    let rule: unknown = { kind: 'fixed', weights: { b: 1 } };
    for (let i = 0; i < 3000; i++) {
      // biome-ignore lint/suspicious/noThenProperty: the rule's field name; plain data, never awaited.
      rule = { kind: 'retain-then-share', retain: { party: 'b', share: '0.1' }, then: rule };
    }
    const call = () => shareIncentive(crore(1), { parties: two, rule } as never);
    expect(call).toThrow(ValidationError);
    expect(call).toThrow('rule.then.then.then');
  });

  it('shareIncentives checks its years: a missing or malformed incentive names the year', () => {
    // Was: TypeError "Cannot read properties of undefined (reading 'isNegative')".
    const agreement = { parties: two, rule: { kind: 'fixed', weights: { b: 1 } } } as const;
    const call = () =>
      shareIncentives(
        { years: [{ year: 'FY2021-22', incentive: crore(1) }, { year: 'FY2022-23' }] } as never,
        agreement,
      );
    expect(call).toThrow(ValidationError);
    expect(call).toThrow('years[1].incentive');
    expect(() => shareIncentives(5 as never, agreement)).toThrow(ValidationError);
    expect(
      shareIncentives([{ year: 'FY2021-22', incentive: inr(3) }], agreement).total.amount.toFixed(),
    ).toBe('3');
  });

  it('a 100,000-element list is one issue, found before the schema reads each element', () => {
    const parties = new Array(100_000).fill({ id: 'a', name: 'A' });
    const started = performance.now();
    const call = () =>
      shareIncentive(crore(1), { parties, rule: { kind: 'fixed', weights: {} } } as never);
    expect(call).toThrow('parties: has 100000 elements; at most 10000 are accepted');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
