import { describe, expectTypeOf, it } from 'vitest';
import { crore, type Money, usd } from '../../src/money/index.js';
import { shareIncentive, shareIncentives } from '../../src/sharing/index.js';

const agreement = {
  parties: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  rule: { kind: 'fixed', weights: { a: 1, b: 1 } },
} as const;

describe('sharing types', () => {
  it('keeps the currency of the amount shared', () => {
    expectTypeOf(shareIncentive(crore(1), agreement).shares).toEqualTypeOf<
      Readonly<Record<string, Money<'INR'>>>
    >();
    expectTypeOf(shareIncentive(usd(1), agreement).amount).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(
      shareIncentives([{ year: 'FY2020-21', incentive: crore(1) }], agreement).total,
    ).toEqualTypeOf<Money<'INR'>>();
  });

  it('rejects an unknown rule kind at compile time', () => {
    // @ts-expect-error 'lottery' is not a rule
    shareIncentive(crore(1), { parties: agreement.parties, rule: { kind: 'lottery' } });
  });
});
