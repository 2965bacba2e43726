import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { crore, inr, usd } from '../../src/money/index.js';
import {
  SharingAgreement,
  type SharingAgreementInput,
  SharingError,
  shareIncentive,
  shareIncentives,
} from '../../src/sharing/index.js';
import { shareParsed } from '../../src/sharing/shareIncentive.js';
import { parties } from './parties.js';

// What the agreement schema rejects, with the path of the offending field in the input.

const rejects = (agreement: unknown, message: string) => {
  const run = () => shareIncentive(crore(1), agreement as SharingAgreementInput);
  expect(run).toThrow(ValidationError);
  expect(run).toThrow(message);
};

describe('SharingAgreement: field paths', () => {
  it('the error names the sharing agreement (from shareIncentive and shareIncentives)', () => {
    const bad = { parties: [] } as unknown as SharingAgreementInput;
    expect(() => shareIncentive(crore(1), bad)).toThrow('invalid sharing agreement');
    expect(() => shareIncentives([], bad)).toThrow('invalid sharing agreement');
  });

  it('a pro-rata basis that is zero for everyone, or mixes currencies', () => {
    rejects(
      { parties, rule: { kind: 'pro-rata', basis: { oel: inr(0), wistron: inr(0) } } },
      'rule.basis: at least one party needs a share above zero',
    );
    rejects(
      { parties, rule: { kind: 'pro-rata', basis: { oel: inr(1), wistron: usd(1) } } },
      'rule.basis: basis amounts mix currencies (INR, USD)',
    );
  });

  it('a tier whose weights are all zero, and an open-ended tier before the last', () => {
    rejects(
      {
        parties,
        rule: {
          kind: 'tiered',
          tiers: [
            { upTo: null, weights: { oel: 0 } },
            { upTo: null, weights: { oel: 1 } },
          ],
        },
      },
      'rule.tiers[0].weights: at least one party needs a share above zero',
    );
    rejects(
      {
        parties,
        rule: {
          kind: 'tiered',
          tiers: [
            { upTo: null, weights: { oel: 1 } },
            { upTo: null, weights: { oel: 1 } },
          ],
        },
      },
      'rule.tiers[0].upTo: only the last tier may be open-ended (upTo: null)',
    );
  });

  it('an unknown party inside the rule that follows a retention', () => {
    rejects(
      {
        parties,
        rule: {
          kind: 'retain-then-share',
          retain: { party: 'oel', share: '0.5' },
          // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
          then: { kind: 'fixed', weights: { x: 1 } },
        },
      },
      'rule.then.weights.x: unknown party "x"; parties: oel, wistron',
    );
  });

  it('a floor for an unknown party', () => {
    rejects(
      { parties, rule: { kind: 'fixed', weights: { oel: 1 } }, floors: { x: inr(1) } },
      'floors.x: unknown party "x"',
    );
  });

  it('a floor above a cap in another currency is left to the currency check', () => {
    const agreement = {
      parties,
      rule: { kind: 'fixed', weights: { oel: 1 } },
      caps: { oel: usd(1) },
      floors: { oel: inr(100) },
    } as const;
    expect(SharingAgreement.safeParse(agreement).success).toBe(true);
  });

  it('a missing weight or basis amount says it is required', () => {
    rejects(
      { parties, rule: { kind: 'fixed', weights: { oel: undefined } } },
      'rule.weights.oel: is required (a decimal number such as "60")',
    );
    rejects(
      { parties, rule: { kind: 'pro-rata', basis: { oel: undefined } } },
      'rule.basis.oel: is required (money such as { amount: "500000000", currency: "INR" })',
    );
  });

  it('a weight that is not a finite decimal is named, bigint included', () => {
    rejects(
      { parties, rule: { kind: 'fixed', weights: { oel: new Decimal(Infinity) } } },
      'rule.weights.oel: expected a decimal number (e.g. "60"), got Infinity',
    );
    rejects(
      { parties, rule: { kind: 'fixed', weights: { oel: 10n } } },
      'rule.weights.oel: expected a decimal number (e.g. "60"), got 10n',
    );
    rejects(
      { parties, rule: { kind: 'fixed', weights: { oel: 'sixty' } } },
      'rule.weights.oel: expected a decimal number (e.g. "60"), got "sixty"',
    );
  });

  it('each rule kind is recognised by name with its own fields', () => {
    for (const rule of [
      { kind: 'fixed', weights: { oel: 1 } },
      { kind: 'pro-rata', basis: { oel: inr(1) } },
      { kind: 'tiered', tiers: [{ upTo: null, weights: { oel: 1 } }] },
      {
        kind: 'retain-then-share',
        retain: { party: 'wistron', share: '0.5' },
        // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
        then: { kind: 'fixed', weights: { oel: 1 } },
      },
    ]) {
      expect(SharingAgreement.parse({ parties, rule }).rule.kind).toBe(rule.kind);
    }
  });
});

describe('shareParsed', () => {
  it('SHARING_ZERO_BASIS for a hand-built agreement whose pro-rata basis is all zero', () => {
    // The schema rejects this; shareParsed trusts its caller but still refuses to divide by zero.
    const agreement = {
      parties,
      rule: { kind: 'pro-rata', basis: { oel: inr(0), wistron: inr(0) } },
    } as SharingAgreement;
    try {
      shareParsed(inr(100), agreement);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SharingError);
      expect((e as SharingError).code).toBe('SHARING_ZERO_BASIS');
      expect((e as SharingError).message).toContain('the pro-rata basis is zero for every party');
    }
  });

  it('a pro-rata basis with one party above zero is enough', () => {
    const agreement = SharingAgreement.parse({
      parties,
      rule: { kind: 'pro-rata', basis: { oel: inr(0), wistron: inr(3) } },
    });
    const { shares } = shareParsed(inr(100), agreement);
    expect(shares.wistron?.amount.toFixed()).toBe('100');
    expect(shares.oel?.amount.toFixed()).toBe('0');
  });
});
