import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { crore } from '../../src/money/index.js';
import { incentiveCap, multipleOfCommitted } from '../../src/pli/_lib/caps.js';
import { getPliScheme, PliCap, PliError } from '../../src/pli/index.js';

// A cap in multiples of the committed investment (PLI-formula survivors, #11): the limit and
// label a year's breakdown shows, and the error when the committed investment is missing.
const cap = (scope: 'per-year' | 'tenure') =>
  PliCap.parse({
    kind: 'incentive-multiple-of-committed-investment',
    multiple: '0.5',
    scope,
    confidence: 'unconfirmed',
  });

describe('incentive caps in multiples of the committed investment', () => {
  it('per year: the multiple of the committed investment, labelled as a yearly cap', () => {
    const c = cap('per-year');
    if (c.kind !== 'incentive-multiple-of-committed-investment') throw new Error(c.kind);
    const { limit, label } = incentiveCap(
      getPliScheme('lsem-2020'),
      c,
      crore(100),
      'lsem-2020 category domestic-mobile',
      new Decimal(0),
    );
    expect(limit.toFixed()).toBe('500000000'); // 0.5 × ₹100 crore
    expect(label).toBe('yearly cap of 0.5 × committed investment');
  });

  it('without a committed investment: PLI_INPUT_REQUIRED, naming where the cap is', () => {
    const missing = () =>
      multipleOfCommitted(new Decimal('0.5'), undefined, 'lsem-2020 category x', 'tenure');
    const error = (() => {
      try {
        missing();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PliError);
    expect((error as PliError).code).toBe('PLI_INPUT_REQUIRED');
    expect((error as PliError).message).toContain(
      'committedInvestment is required: lsem-2020 category x has a tenure cap',
    );
  });
});
