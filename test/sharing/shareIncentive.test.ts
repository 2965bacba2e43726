import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { CurrencyMismatchError, crore, inr, type Money, sum, usd } from '../../src/money/index.js';
import {
  SharingAgreement,
  type SharingAgreementInput,
  SharingError,
  shareIncentive,
  shareIncentives,
} from '../../src/sharing/index.js';
import { shareParsed, sharesOfParsed } from '../../src/sharing/shareIncentive.js';

const parties = [
  { id: 'oel', name: 'Optiemus Electronics' },
  { id: 'wistron', name: 'Wistron India' },
];
const three = [...parties, { id: 'brand', name: 'Brand customer' }];
const amounts = (shares: Readonly<Record<string, Money>>) =>
  Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, v.amount.toFixed()]));
const tiers: SharingAgreementInput = {
  parties,
  rule: {
    kind: 'tiered',
    tiers: [
      { upTo: crore(50), weights: { oel: 70, wistron: 30 } },
      { upTo: null, weights: { oel: 50, wistron: 50 } },
    ],
  },
};

describe('shareIncentive', () => {
  it('₹120 crore under tiers (first ₹50 crore 70/30, the rest 50/50) gives ₹70 and ₹50 crore', () => {
    const { shares, steps, amount } = shareIncentive(crore(120), tiers);
    expect(amounts(shares)).toEqual({ oel: '700000000', wistron: '500000000' });
    expect(amount.amount.toFixed()).toBe('1200000000');
    expect(steps.map((s) => s.kind)).toEqual(['tier', 'tier']);
    expect(steps[0]?.description).toBe(
      'tier 1 (₹0.00 to ₹50.00 crore): ₹50.00 crore split oel 70 : wistron 30',
    );
  });

  it('an amount inside the first tier uses only that tier', () => {
    expect(amounts(shareIncentive(crore(10), tiers).shares)).toEqual({
      oel: '70000000',
      wistron: '30000000',
    });
  });

  it('fixed weights, with the paisa remainder handed out by allocate', () => {
    const { shares } = shareIncentive(inr(100), {
      parties: three,
      rule: { kind: 'fixed', weights: { oel: 1, wistron: 1, brand: 1 } },
    });
    expect(amounts(shares)).toEqual({ oel: '33.34', wistron: '33.33', brand: '33.33' });
  });

  it('parties left out of the weights get zero', () => {
    const { shares } = shareIncentive(crore(10), {
      parties: three,
      rule: { kind: 'fixed', weights: { oel: '0.6', wistron: '0.4' } },
    });
    expect(amounts(shares)).toEqual({ oel: '60000000', wistron: '40000000', brand: '0' });
  });

  it('pro rata to attributed sales', () => {
    const { shares } = shareIncentive(crore(30), {
      parties,
      rule: {
        kind: 'pro-rata',
        basis: { oel: crore(2000), wistron: { amount: '40000000000', currency: 'INR' } },
      },
    });
    expect(amounts(shares)).toEqual({ oel: '100000000', wistron: '200000000' });
  });

  it('retain-then-share: the beneficiary keeps its share, the rest follows the next rule', () => {
    const { shares, steps } = shareIncentive(crore(100), {
      parties,
      rule: {
        kind: 'retain-then-share',
        retain: { party: 'oel', share: '0.4' },
        // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
        then: { kind: 'fixed', weights: { oel: '50', wistron: '50' } },
      },
    });
    expect(amounts(shares)).toEqual({ oel: '700000000', wistron: '300000000' });
    expect(steps.map((s) => s.kind)).toEqual(['retain', 'split']);
  });

  it('rounds the amount to the paisa half-up first, and says so', () => {
    const { amount, shares, steps } = shareIncentive(inr('10.005'), {
      parties,
      rule: { kind: 'fixed', weights: { oel: 1, wistron: 1 } },
    });
    expect(amount.amount.toFixed()).toBe('10.01');
    expect(amounts(shares)).toEqual({ oel: '5.01', wistron: '5' });
    expect(steps[0]?.kind).toBe('round');
  });

  it('shares zero as zeros', () => {
    expect(amounts(shareIncentive(inr(0), tiers).shares)).toEqual({ oel: '0', wistron: '0' });
  });

  it('does not mutate the agreement and returns frozen results', () => {
    const agreement = JSON.parse(
      JSON.stringify({
        parties,
        rule: { kind: 'fixed', weights: { oel: '60', wistron: '40' } },
        caps: { oel: { amount: '10', currency: 'INR' } },
      }),
    );
    const copy = JSON.stringify(agreement);
    const result = shareIncentive(inr(100), agreement);
    expect(JSON.stringify(agreement)).toBe(copy);
    expect(Object.isFrozen(result.shares)).toBe(true);
    expect(Object.isFrozen(result.steps)).toBe(true);
  });
});

describe('shareIncentive: caps and floors', () => {
  const fixed = { kind: 'fixed', weights: { oel: 60, wistron: 30, brand: 10 } } as const;

  it('holds a party at its cap and redistributes the excess pro rata among the others', () => {
    const { shares, steps } = shareIncentive(crore(100), {
      parties: three,
      rule: fixed,
      caps: { oel: crore(40) },
    });
    // excess ₹20 crore goes 3:1 to wistron and brand
    expect(amounts(shares)).toEqual({ oel: '400000000', wistron: '450000000', brand: '150000000' });
    expect(steps.map((s) => s.kind)).toEqual(['split', 'cap', 'redistribute']);
    expect(steps[1]?.description).toBe("oel's ₹60.00 crore is held at its cap of ₹40.00 crore");
  });

  it('raises a party to its floor, taking the difference pro rata from the others', () => {
    const { shares } = shareIncentive(crore(100), {
      parties: three,
      rule: fixed,
      floors: { brand: crore(19) },
    });
    // brand 10 → 19; the other ₹81 crore split 60:30
    expect(amounts(shares)).toEqual({ oel: '540000000', wistron: '270000000', brand: '190000000' });
  });

  it('iterates until stable when a redistribution pushes another party over its cap', () => {
    const { shares } = shareIncentive(crore(100), {
      parties: three,
      rule: fixed,
      caps: { oel: crore(40), wistron: crore(35) },
    });
    expect(amounts(shares)).toEqual({ oel: '400000000', wistron: '350000000', brand: '250000000' });
  });

  it('caps and floors together', () => {
    const { shares } = shareIncentive(crore(100), {
      parties: three,
      rule: fixed,
      caps: { oel: crore(50) },
      floors: { brand: crore(20) },
    });
    expect(amounts(shares)).toEqual({ oel: '500000000', wistron: '300000000', brand: '200000000' });
    expect(sum(Object.values(shares), 'INR').amount.toFixed()).toBe('1000000000');
  });

  it('shares the excess equally when the others have nothing under the rule', () => {
    const { shares } = shareIncentive(inr(100), {
      parties: three,
      rule: { kind: 'fixed', weights: { oel: 1 } },
      caps: { oel: inr(40) },
    });
    expect(amounts(shares)).toEqual({ oel: '40', wistron: '30', brand: '30' });
  });

  it('rejects floors that exceed the amount', () => {
    const run = () =>
      shareIncentive(crore(10), {
        parties,
        rule: { kind: 'fixed', weights: { oel: 1 } },
        floors: { oel: crore(6), wistron: crore(5) },
      });
    expect(run).toThrow(SharingError);
    expect(run).toThrow(/the floors add up to ₹11.00 crore, more than the ₹10.00 crore to share/);
  });

  it('rejects caps that cannot absorb the amount', () => {
    const run = () =>
      shareIncentive(crore(10), {
        parties,
        rule: { kind: 'fixed', weights: { oel: 1 } },
        caps: { oel: crore(4), wistron: crore(5) },
      });
    expect(run).toThrow(SharingError);
    expect(run).toThrow(/the caps add up to ₹9.00 crore, less than the ₹10.00 crore to share/);
  });
});

const badAgreements: readonly [string, unknown, RegExp][] = [
  ['no parties', { parties: [], rule: { kind: 'fixed', weights: {} } }, /parties:/],
  [
    'duplicate party',
    { parties: [parties[0], parties[0]], rule: { kind: 'fixed', weights: { oel: 1 } } },
    /parties\[1\]\.id: duplicate party id "oel"/,
  ],
  [
    'unknown party in weights',
    { parties, rule: { kind: 'fixed', weights: { oel: 1, foxconn: 1 } } },
    /rule\.weights\.foxconn: unknown party "foxconn"; parties: oel, wistron/,
  ],
  [
    'negative weight',
    { parties, rule: { kind: 'fixed', weights: { oel: -1 } } },
    /rule\.weights\.oel: must not be negative/,
  ],
  [
    'all weights zero',
    { parties, rule: { kind: 'fixed', weights: { oel: 0 } } },
    /rule\.weights: at least one party needs a share above zero/,
  ],
  ['unknown rule', { parties, rule: { kind: 'lottery' } }, /rule\.kind:/],
  [
    'retain share above 1',
    {
      parties,
      rule: {
        kind: 'retain-then-share',
        retain: { party: 'oel', share: '40' },
        // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
        then: { kind: 'fixed', weights: { oel: 1 } },
      },
    },
    /rule\.retain\.share: must be a fraction from 0 to 1/,
  ],
  [
    'unknown retaining party',
    {
      parties,
      rule: {
        kind: 'retain-then-share',
        retain: { party: 'x', share: '0.4' },
        // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
        then: { kind: 'fixed', weights: { oel: 1 } },
      },
    },
    /rule\.retain\.party: unknown party "x"/,
  ],
  [
    'nested bad rule',
    {
      parties,
      rule: {
        kind: 'retain-then-share',
        retain: { party: 'oel', share: '0.4' },
        // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
        then: { kind: 'fixed', weights: { oel: 'x' } },
      },
    },
    /rule\.then\.weights\.oel: expected a decimal number/,
  ],
  [
    'last tier bounded',
    { parties, rule: { kind: 'tiered', tiers: [{ upTo: crore(5), weights: { oel: 1 } }] } },
    /rule\.tiers\[0\]\.upTo: the last tier must be open-ended/,
  ],
  [
    'tiers falling',
    {
      parties,
      rule: {
        kind: 'tiered',
        tiers: [
          { upTo: crore(5), weights: { oel: 1 } },
          { upTo: crore(4), weights: { oel: 1 } },
          { upTo: null, weights: { oel: 1 } },
        ],
      },
    },
    /rule\.tiers\[1\]\.upTo: tier bounds must increase/,
  ],
  [
    'bad money in basis',
    { parties, rule: { kind: 'pro-rata', basis: { oel: { amount: 'x', currency: 'INR' } } } },
    /rule\.basis\.oel\.amount: expected a decimal number/,
  ],
  [
    'negative cap',
    {
      parties,
      rule: { kind: 'fixed', weights: { oel: 1 } },
      caps: { oel: { amount: '-1', currency: 'INR' } },
    },
    /caps\.oel: must not be negative/,
  ],
  [
    'floor above cap',
    {
      parties,
      rule: { kind: 'fixed', weights: { oel: 1 } },
      caps: { oel: crore(1) },
      floors: { oel: crore(2) },
    },
    /floors\.oel: floor 20000000 is above the cap 10000000/,
  ],
  [
    'cap for an unknown party',
    { parties, rule: { kind: 'fixed', weights: { oel: 1 } }, caps: { x: crore(1) } },
    /caps\.x: unknown party "x"/,
  ],
];

describe('shareIncentive (bad input)', () => {
  it.each(badAgreements)('rejects %s, naming the field', (_, agreement, message) => {
    const run = () => shareIncentive(crore(1), agreement as SharingAgreementInput);
    expect(run).toThrow(ValidationError);
    expect(run).toThrow(message);
  });

  it('rejects a negative amount', () => {
    expect(() => shareIncentive(crore(-1), tiers)).toThrow(/cannot share a negative amount/);
  });

  it('rejects a tier bound in another currency', () => {
    expect(() => shareIncentive(usd(100), tiers)).toThrow(CurrencyMismatchError);
  });

  it('rejects a pro-rata basis that is zero for everyone', () => {
    expect(() =>
      shareIncentive(crore(1), {
        parties,
        rule: { kind: 'pro-rata', basis: { oel: crore(0), wistron: crore(0) } },
      }),
    ).toThrow(ValidationError);
  });
});

describe('shareIncentive (properties)', () => {
  const paise = fc
    .bigInt({ min: 0n, max: 10n ** 15n })
    .map((p) => inr((Number(p) / 100).toFixed(2)));
  const weight = fc.integer({ min: 0, max: 1000 });
  const rule = fc.oneof(
    fc
      .tuple(weight, weight, weight)
      .filter(([a, b, c]) => a + b + c > 0)
      .map(([a, b, c]) => ({ kind: 'fixed' as const, weights: { oel: a, wistron: b, brand: c } })),
    fc.tuple(fc.integer({ min: 1, max: 1000 }), weight, weight).map(([bound, a, b]) => ({
      kind: 'tiered' as const,
      tiers: [
        { upTo: crore(bound), weights: { oel: 70, wistron: 30 } },
        { upTo: null, weights: { oel: a + 1, brand: b } },
      ],
    })),
    fc.tuple(fc.integer({ min: 0, max: 100 }), weight).map(([pct, w]) => ({
      kind: 'retain-then-share' as const,
      retain: { party: 'oel', share: String(pct / 100) },
      // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
      then: { kind: 'fixed' as const, weights: { wistron: w + 1, brand: 1 } },
    })),
  );

  it('shares always sum exactly to the rounded amount, caps and floors respected', () => {
    fc.assert(
      fc.property(paise, rule, fc.integer({ min: 0, max: 100 }), (amount, r, capPct) => {
        const cap = inr(amount.amount.times(capPct).dividedBy(100).toDecimalPlaces(2, 1).toFixed());
        const agreement = { parties: three, rule: r, caps: { oel: cap } };
        const { shares } = shareIncentive(amount, agreement as SharingAgreementInput);
        expect(sum(Object.values(shares), 'INR').amount.eq(amount.amount)).toBe(true);
        expect(shares.oel?.amount.lessThanOrEqualTo(cap.amount)).toBe(true);
        for (const m of Object.values(shares))
          expect(m.amount.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: 150 },
    );
  });
});

describe('sharesOfParsed', () => {
  it("gives shareParsed's shares without its steps: any rule, caps, floors, sub-paisa amounts", () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((p) => inr(`${p}e-3`));
    const rule = fc.oneof(
      fc.constant({ kind: 'fixed', weights: { oel: 70, wistron: 30 } }),
      fc.constant(tiers.rule),
      fc.integer({ min: 0, max: 100 }).map((pct) => ({
        kind: 'retain-then-share',
        retain: { party: 'oel', share: String(pct / 100) },
        // biome-ignore lint/suspicious/noThenProperty: the agreement's field name
        then: { kind: 'fixed', weights: { oel: '0.5', wistron: '0.5' } },
      })),
    );
    const bound = fc.option(fc.integer({ min: 0, max: 10_000 }).map((c) => crore(c)));
    fc.assert(
      fc.property(amount, rule, bound, bound, (m, r, cap, floor) => {
        let agreement: SharingAgreement;
        try {
          agreement = SharingAgreement.parse({
            parties,
            rule: r,
            ...(cap === null ? {} : { caps: { oel: cap } }),
            ...(floor === null ? {} : { floors: { wistron: floor } }),
          });
        } catch {
          return;
        }
        const run = (f: () => unknown) => {
          try {
            return JSON.stringify(f());
          } catch (error) {
            return (error as Error).message;
          }
        };
        expect(run(() => sharesOfParsed(m, agreement))).toBe(
          run(() => shareParsed(m, agreement).shares),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('shareIncentives', () => {
  it('shares a PLI evaluation year by year and totals each party', () => {
    const years = [
      { year: 'FY2020-21', incentive: crore(36) },
      { year: 'FY2021-22', incentive: crore(0) },
      { year: 'FY2023-24', incentive: crore(190) },
    ];
    const shared = shareIncentives({ years }, tiers);
    expect(shared.years.map((y) => [y.year, amounts(y.shares)])).toEqual([
      ['FY2020-21', { oel: '252000000', wistron: '108000000' }],
      ['FY2021-22', { oel: '0', wistron: '0' }],
      ['FY2023-24', { oel: '1050000000', wistron: '850000000' }],
    ]);
    expect(amounts(shared.totals)).toEqual({ oel: '1302000000', wistron: '958000000' });
    expect(shared.total.amount.toFixed()).toBe('2260000000');
  });

  it('accepts a plain list and an empty list', () => {
    expect(shareIncentives([], tiers).total.amount.toFixed()).toBe('0');
  });

  it('validates the agreement once, naming the field', () => {
    expect(() =>
      shareIncentives([], { parties, rule: { kind: 'fixed', weights: { x: 1 } } }),
    ).toThrow(/rule\.weights\.x: unknown party/);
  });
});

describe('shareIncentive (properties: caps and floors)', () => {
  it('releases a capped party when a floor needs more than the others hold', () => {
    // Found by the property below: ₹12 at 4:0:1, oel capped at ₹9, brand floored at ₹4.
    const { shares } = shareIncentive(inr(12), {
      parties: three,
      rule: { kind: 'fixed', weights: { oel: 4, wistron: 0, brand: 1 } },
      caps: { oel: inr(9) },
      floors: { brand: inr(4) },
    });
    expect(shares.oel?.amount.toFixed()).toBe('8');
    expect(shares.wistron?.amount.toFixed()).toBe('0');
    expect(shares.brand?.amount.toFixed()).toBe('4');
  });

  it('every share lands within its bounds and the shares sum exactly', () => {
    const pct = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.tuple(
          fc.integer({ min: 0, max: 50 }),
          fc.integer({ min: 0, max: 50 }),
          fc.integer({ min: 1, max: 50 }),
        ),
        pct,
        pct,
        (rupees, [wa, wb, wc], floorPct, capPct) => {
          const amount = inr(rupees);
          // brand's floor ≤ 40% of the amount; oel's cap ≥ 30% so the others can absorb the rest
          const floor = inr(Math.floor((rupees * floorPct * 40) / 10_000));
          const cap = inr(Math.ceil((rupees * (30 + (capPct * 70) / 100)) / 100));
          const { shares } = shareIncentive(amount, {
            parties: three,
            rule: { kind: 'fixed', weights: { oel: wa, wistron: wb, brand: wc } },
            caps: { oel: cap },
            floors: { brand: floor },
          });
          expect(sum(Object.values(shares), 'INR').amount.eq(amount.amount)).toBe(true);
          expect(shares.oel?.amount.lessThanOrEqualTo(cap.amount)).toBe(true);
          expect(shares.brand?.amount.greaterThanOrEqualTo(floor.amount)).toBe(true);
          for (const m of Object.values(shares)) expect(m.amount.isNegative()).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('shareIncentives with a PLI evaluation', () => {
  it('takes the evaluation itself', async () => {
    const { evaluatePli, getPliScheme, PliScheme } = await import('../../src/pli/index.js');
    // Whole fiscal years (the preset's first year counts from 1 August: not this example's point).
    const { firstYearPart: _part, ...whole } = getPliScheme('lsem-2020');
    const pli = evaluatePli({
      scheme: PliScheme.parse(whole),
      category: 'domestic-mobile',
      baseYearSales: crore(200),
      years: [
        { year: 'FY2020-21', netSales: crore(800), cumulativeInvestment: crore(60) },
        { year: 'FY2023-24', netSales: crore(4000), cumulativeInvestment: crore(210) },
      ],
    });
    const shared = shareIncentives(pli, tiers);
    expect(shared.years.map((y) => y.year)).toEqual(['FY2020-21', 'FY2023-24']);
    expect(shared.total.amount.eq(pli.total.amount)).toBe(true);
    // ₹36 crore: 70/30 → 25.2 / 10.8; ₹190 crore: 35 + 70 / 15 + 70
    expect(amounts(shared.totals)).toEqual({ oel: '1302000000', wistron: '958000000' });
  });
});
