import { describe, expect, it } from 'vitest';
import { crore, inr, usd } from '../../src/money/index.js';
import {
  type SharedIncentive,
  type SharingAgreementInput,
  SharingError,
  shareIncentive,
} from '../../src/sharing/index.js';
import { amountsOf, parties, three } from './parties.js';

// Every step of a split says what it did and moves exact amounts: these pin the whole
// explanation (kind, words, amount and the shares it touched), not just the final shares.

const fixed = { kind: 'fixed', weights: { oel: 60, wistron: 30, brand: 10 } } as const;

const text = amountsOf;
const explain = (result: SharedIncentive) =>
  result.steps.map((s) => ({
    kind: s.kind,
    description: s.description,
    amount: s.amount.amount.toFixed(),
    shares: text(s.shares),
  }));

describe('shareIncentive steps', () => {
  it('a rounding step before the split, with what was rounded', () => {
    const result = shareIncentive(inr('10.005'), {
      parties,
      rule: { kind: 'fixed', weights: { oel: 1, wistron: 1 } },
    });
    expect(explain(result)).toEqual([
      {
        kind: 'round',
        description: 'rounded 10.005 to ₹10.01 (half-up) before sharing',
        amount: '10.01',
        shares: {},
      },
      {
        kind: 'split',
        description: '₹10.01 split oel 1 : wistron 1',
        amount: '10.01',
        shares: { oel: '5.01', wistron: '5' },
      },
    ]);
  });

  it('no rounding step when the amount is already in whole paise', () => {
    const result = shareIncentive(inr('10.01'), {
      parties,
      rule: { kind: 'fixed', weights: { oel: 1, wistron: 1 } },
    });
    expect(result.steps.map((s) => s.kind)).toEqual(['split']);
  });

  it('a pro-rata split names each party basis', () => {
    const result = shareIncentive(crore(30), {
      parties,
      rule: { kind: 'pro-rata', basis: { oel: crore(2000), wistron: crore(4000) } },
    });
    expect(explain(result)).toEqual([
      {
        kind: 'split',
        description: '₹30.00 crore split pro rata to oel ₹2,000.00 crore, wistron ₹4,000.00 crore',
        amount: '300000000',
        shares: { oel: '100000000', wistron: '200000000' },
      },
    ]);
  });

  it('retain-then-share: what the party keeps, then the rule on the rest', () => {
    const result = shareIncentive(crore(100), {
      parties,
      rule: {
        kind: 'retain-then-share',
        retain: { party: 'oel', share: '0.4' },
        // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
        then: { kind: 'fixed', weights: { oel: 50, wistron: 50 } },
      },
    });
    expect(explain(result)).toEqual([
      {
        kind: 'retain',
        description:
          'oel retains 40% of ₹100.00 crore: ₹40.00 crore; ₹60.00 crore follows the next rule',
        amount: '1000000000',
        shares: { oel: '400000000' },
      },
      {
        kind: 'split',
        description: '₹60.00 crore split oel 50 : wistron 50',
        amount: '600000000',
        shares: { oel: '300000000', wistron: '300000000' },
      },
    ]);
  });

  it('tiers: each slice with its bounds, the open-ended one "above" the last bound', () => {
    const result = shareIncentive(crore(120), {
      parties,
      rule: {
        kind: 'tiered',
        tiers: [
          { upTo: crore(50), weights: { oel: 70, wistron: 30 } },
          { upTo: null, weights: { oel: 50, wistron: 50 } },
        ],
      },
    });
    expect(explain(result)).toEqual([
      {
        kind: 'tier',
        description: 'tier 1 (₹0.00 to ₹50.00 crore): ₹50.00 crore split oel 70 : wistron 30',
        amount: '500000000',
        shares: { oel: '350000000', wistron: '150000000' },
      },
      {
        kind: 'tier',
        description: 'tier 2 (above ₹50.00 crore): ₹70.00 crore split oel 50 : wistron 50',
        amount: '700000000',
        shares: { oel: '350000000', wistron: '350000000' },
      },
    ]);
  });

  it('an amount inside the first tier gives one step only (no empty slices)', () => {
    const result = shareIncentive(crore(10), {
      parties,
      rule: {
        kind: 'tiered',
        tiers: [
          { upTo: crore(50), weights: { oel: 70, wistron: 30 } },
          { upTo: null, weights: { oel: 50, wistron: 50 } },
        ],
      },
    });
    expect(result.steps.map((s) => s.kind)).toEqual(['tier']);
  });

  it('a floor: the raise, then the rest shared in proportion to the rule', () => {
    const result = shareIncentive(crore(100), {
      parties: three,
      rule: fixed,
      floors: { brand: crore(19) },
    });
    expect(explain(result)).toEqual([
      {
        kind: 'split',
        description: '₹100.00 crore split oel 60 : wistron 30 : brand 10',
        amount: '1000000000',
        shares: { oel: '600000000', wistron: '300000000', brand: '100000000' },
      },
      {
        kind: 'floor',
        description: "brand's ₹10.00 crore is raised to its floor of ₹19.00 crore",
        amount: '90000000',
        shares: { brand: '190000000' },
      },
      {
        kind: 'redistribute',
        description:
          '₹81.00 crore left after the held parties is shared among oel, wistron in proportion to their shares under the rule',
        amount: '810000000',
        shares: { oel: '540000000', wistron: '270000000' },
      },
    ]);
  });

  it('a cap: the excess it holds back, shared equally when the others had nothing', () => {
    const result = shareIncentive(inr(100), {
      parties: three,
      rule: { kind: 'fixed', weights: { oel: 1 } },
      caps: { oel: inr(40) },
    });
    expect(explain(result)).toEqual([
      {
        kind: 'split',
        description: '₹100.00 split oel 1',
        amount: '100',
        shares: { oel: '100', wistron: '0', brand: '0' },
      },
      {
        kind: 'cap',
        description: "oel's ₹100.00 is held at its cap of ₹40.00",
        amount: '60',
        shares: { oel: '40' },
      },
      {
        kind: 'redistribute',
        description: '₹60.00 left after the held parties is shared among wistron, brand equally',
        amount: '60',
        shares: { wistron: '30', brand: '30' },
      },
    ]);
  });

  it('caps and floors together: caps settle first, then floors', () => {
    const result = shareIncentive(crore(100), {
      parties: three,
      rule: fixed,
      caps: { oel: crore(50) },
      floors: { brand: crore(20) },
    });
    expect(result.steps.map((s) => s.kind)).toEqual([
      'split',
      'cap',
      'redistribute',
      'floor',
      'redistribute',
    ]);
    expect(text(result.shares)).toEqual({
      oel: '500000000',
      wistron: '300000000',
      brand: '200000000',
    });
  });

  it('caps and floors a party already respects change nothing', () => {
    const result = shareIncentive(inr(100), {
      parties,
      rule: { kind: 'fixed', weights: { oel: 1, wistron: 1 } },
      caps: { oel: inr(60), wistron: inr(50) },
      floors: { oel: inr(10), wistron: inr(50) },
    });
    expect(result.steps.map((s) => s.kind)).toEqual(['split']);
    expect(text(result.shares)).toEqual({ oel: '50', wistron: '50' });
  });

  it('US dollars are described without Indian units', () => {
    const result = shareIncentive(usd(5_000_000), {
      parties,
      rule: { kind: 'fixed', weights: { oel: 3, wistron: 1 } },
    });
    expect(result.steps[0]?.description).toBe('$5,000,000.00 split oel 3 : wistron 1');
  });
});

describe('shareIncentive bounds are rounded to the minor unit', () => {
  const even = { kind: 'fixed', weights: { oel: 1, wistron: 1 } } as const;

  it('a cap is rounded down (never paid above it)', () => {
    const { shares } = shareIncentive(inr(100), {
      parties,
      rule: even,
      caps: { oel: inr('40.009') },
    });
    expect(text(shares)).toEqual({ oel: '40', wistron: '60' });
  });

  it('a floor is rounded up (never paid below it)', () => {
    const { shares } = shareIncentive(inr(100), {
      parties,
      rule: even,
      floors: { oel: inr('60.001') },
    });
    expect(text(shares)).toEqual({ oel: '60.01', wistron: '39.99' });
  });

  it('a tier bound is rounded half-up', () => {
    const { shares, steps } = shareIncentive(inr(100), {
      parties,
      rule: {
        kind: 'tiered',
        tiers: [
          { upTo: inr('10.005'), weights: { oel: 1 } },
          { upTo: null, weights: { wistron: 1 } },
        ],
      },
    });
    expect(text(shares)).toEqual({ oel: '10.01', wistron: '89.99' });
    expect(steps[1]?.description).toBe('tier 2 (above ₹10.01): ₹89.99 split wistron 1');
  });
});

describe('shareIncentive errors carry their codes and the field', () => {
  const code = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(SharingError);
      return (e as SharingError).code;
    }
    throw new Error('expected a SharingError');
  };
  const agreement = (extra: Partial<SharingAgreementInput>): SharingAgreementInput => ({
    parties,
    rule: { kind: 'fixed', weights: { oel: 1 } },
    ...extra,
  });

  it('SHARING_NEGATIVE_AMOUNT for a negative amount; minus zero shares as zero', () => {
    expect(code(() => shareIncentive(crore(-1), agreement({})))).toBe('SHARING_NEGATIVE_AMOUNT');
    expect(text(shareIncentive(inr('-0'), agreement({})).shares)).toEqual({
      oel: '0',
      wistron: '0',
    });
  });

  it('SHARING_FLOORS_EXCEED_AMOUNT when the floors add up to more than the amount', () => {
    const run = () =>
      shareIncentive(inr(10), agreement({ floors: { oel: inr(6), wistron: inr(5) } }));
    expect(code(run)).toBe('SHARING_FLOORS_EXCEED_AMOUNT');
  });

  it('SHARING_CAPS_TOO_LOW only when every party is capped and the caps fall short', () => {
    const run = () =>
      shareIncentive(inr(10), agreement({ caps: { oel: inr(4), wistron: inr(5) } }));
    expect(code(run)).toBe('SHARING_CAPS_TOO_LOW');
    // caps that add up to exactly the amount are enough
    const exact = shareIncentive(inr(10), agreement({ caps: { oel: inr(5), wistron: inr(5) } }));
    expect(text(exact.shares)).toEqual({ oel: '5', wistron: '5' });
  });

  it('a money field in another currency names where it is', () => {
    expect(() =>
      shareIncentive(crore(1), { parties, rule: { kind: 'pro-rata', basis: { oel: usd(1) } } }),
    ).toThrow('currency mismatch in pro-rata basis of oel');
    expect(() => shareIncentive(crore(1), agreement({ caps: { oel: usd(1) } }))).toThrow(
      'currency mismatch in caps.oel',
    );
    expect(() => shareIncentive(crore(1), agreement({ floors: { wistron: usd(0) } }))).toThrow(
      'currency mismatch in floors.wistron',
    );
    expect(() =>
      shareIncentive(crore(1), {
        parties,
        rule: {
          kind: 'tiered',
          tiers: [
            { upTo: usd(1), weights: { oel: 1 } },
            { upTo: null, weights: { oel: 1 } },
          ],
        },
      }),
    ).toThrow('currency mismatch in tiers[0].upTo');
  });
});
