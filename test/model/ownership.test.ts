import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { apportionToPaisa } from '../../src/model/_lib/apportion.js';
import {
  type OwnerSplit,
  type OwnershipFigures,
  ownershipShares,
  stakeDays,
} from '../../src/model/ownership.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { checkOwnership, scenarioOwnershipSchema } from '../../src/model/scenarioOwnership.js';
import { crore, inr } from '../../src/money/constructors.js';
import { seedWithoutVariantsResult } from '../_lib/seedResults.js';
import { scenarioIssues, seedJson, seedWithOwners } from './_seed.js';

const d = (x: string | number) => new Decimal(x);

// Pegatron owns all of it until 23 Jan 2025; Tata Electronics 60% from 24 Jan 2025.
const pegatronTata = {
  owners: [
    { id: 'pegatron', name: 'Pegatron' },
    { id: 'tata', name: 'Tata Electronics' },
  ],
  stakes: [
    { from: '2023-04-01', shares: [{ owner: 'pegatron', share: '1' }] },
    {
      from: '2025-01-24',
      shares: [
        { owner: 'tata', share: '0.6' },
        { owner: 'pegatron', share: '0.4' },
      ],
    },
  ],
};
const ownership = scenarioOwnershipSchema.parse(pegatronTata);

const sumOf = (s: OwnerSplit) => Object.values(s.byOwner).reduce((a, m) => a.plus(m.amount), d(0));

describe('stakeDays', () => {
  it('splits a year in which the stakes change by days (hand-worked)', () => {
    // 1 Apr 2024 – 23 Jan 2025 = 275 + 23 = 298 days at 100%; 24 Jan – 31 Mar = 8 + 28 + 31 = 67.
    const w = stakeDays(ownership, '2024-04-01', '2025-03-31');
    expect(w.days).toBe(365);
    expect(w.weights.pegatron?.toFixed()).toBe('324.8');
    expect(w.weights.tata?.toFixed()).toBe('40.2');
  });

  it('gives the stake on a single day, and whole years one owner set', () => {
    expect(stakeDays(ownership, '2025-01-23', '2025-01-23').weights.tata?.toFixed()).toBe('0');
    expect(stakeDays(ownership, '2025-01-24', '2025-01-24').weights.tata?.toFixed()).toBe('0.6');
    const leap = stakeDays(ownership, '2023-04-01', '2024-03-31');
    expect(leap.days).toBe(366);
    expect(leap.weights.pegatron?.toFixed()).toBe('366');
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(ownership);
    stakeDays(ownership, '2024-04-01', '2025-03-31');
    expect(JSON.stringify(ownership)).toBe(before);
  });
});

function figures(): OwnershipFigures {
  return {
    profitAfterTax: [
      { year: 'FY2023-24', amount: crore(5) },
      { year: 'FY2024-25', amount: crore(10) },
      { year: 'FY2025-26', amount: inr('100.01') },
    ],
    freeCashFlow: [
      { year: 'FY2023-24', amount: crore(-50) },
      { year: 'FY2024-25', amount: crore(110) },
      { year: 'FY2025-26', amount: crore(121) },
    ],
    valuation: {
      basis: 'whole-business',
      discountRate: d('0.1'),
      valuationDate: '2024-03-31',
      rows: [
        { year: 'FY2024-25', date: '2025-03-31', flow: crore(110) },
        { year: 'FY2025-26', date: '2026-03-31', flow: crore(121) },
      ],
      terminalDate: '2026-03-31',
      terminalValuePresent: crore(200),
      npv: crore(400),
    },
  };
}

describe('ownershipShares', () => {
  const result = ownershipShares(ownership, figures());
  const year = (label: string) => result.years.find((y) => y.year === label);

  it('splits the year of the change by days and ties to the paisa (hand-worked)', () => {
    // ₹10 crore × 324.8 / 365 = 88,986,301.369…; × 40.2 / 365 = 11,013,698.630…: truncated to
    // 88,986,301.36 + 11,013,698.63 = 99,999,999.99; the paisa left goes to Pegatron (it lost .0099).
    const pat = year('FY2024-25')?.profitAfterTax;
    expect(pat?.byOwner.pegatron?.amount.toFixed()).toBe('88986301.37');
    expect(pat?.byOwner.tata?.amount.toFixed()).toBe('11013698.63');
    expect(pat?.total.amount.toFixed()).toBe('100000000');
    expect(year('FY2024-25')?.changes).toEqual(['2025-01-24']);
    expect(year('FY2024-25')?.shares.tata?.times(365).toDecimalPlaces(20).toFixed()).toBe('40.2');
  });

  it('gives a whole year to the owners of that year, the leftover paisa by largest remainder', () => {
    expect(year('FY2023-24')?.profitAfterTax?.byOwner.pegatron?.amount.toFixed()).toBe('50000000');
    expect(year('FY2023-24')?.freeCashFlow?.byOwner.tata?.amount.toFixed()).toBe('0');
    // ₹100.01 at 60/40: 60.006 and 40.004 truncate to 60.00 + 40.00; Tata lost more (.006).
    const pat = year('FY2025-26')?.profitAfterTax;
    expect(pat?.byOwner.tata?.amount.toFixed()).toBe('60.01');
    expect(pat?.byOwner.pegatron?.amount.toFixed()).toBe('40');
  });

  it("splits the value: each year's present value and the terminal value, summing to the NPV", () => {
    // 110 crore a year out at 10% is worth 100 crore; 121 crore two years out, 100 crore.
    expect(year('FY2024-25')?.value?.total.amount.toFixed()).toBe('1000000000');
    expect(year('FY2025-26')?.value?.byOwner.tata?.amount.toFixed()).toBe('600000000');
    expect(year('FY2023-24')?.value).toBeNull();
    expect(result.terminal.value.byOwner.tata?.amount.toFixed()).toBe('1200000000');
    // Tata: 100 crore × 40.2 / 365 = 11.0137 crore + 60 + 120 crore.
    expect(result.totals.value.byOwner.tata?.amount.toFixed()).toBe('1910136986.3');
    expect(result.totals.value.total.amount.toFixed()).toBe('4000000000');
    expect(sumOf(result.totals.value).toFixed()).toBe('4000000000');
  });

  it('totals each owner over the years, and the owners to the plan', () => {
    for (const split of [result.totals.profitAfterTax, result.totals.freeCashFlow]) {
      expect(sumOf(split).equals(split.total.amount)).toBe(true);
    }
    expect(result.totals.freeCashFlow.total.amount.toFixed()).toBe('1810000000');
  });

  it('ties every split to its figure rounded to the paisa, for any stakes and amounts', () => {
    const stake = fc.integer({ min: 1, max: 9999 });
    fc.assert(
      fc.property(
        fc.array(stake, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.integer({ min: 0, max: 365 }),
        (raw, paise, day) => {
          const total = raw.reduce((a, x) => a + x, 0);
          const shares = raw.map((x) => d(x).dividedBy(total).toDecimalPlaces(6));
          const drift = shares.reduce((a, s) => a.plus(s), d(0)).minus(1);
          shares[0] = (shares[0] ?? d(0)).minus(drift);
          fc.pre(shares.every((s) => s.greaterThan(0)));
          const owners = raw.map((_, i) => ({ id: `o${i}`, name: `O${i}` }));
          const o = scenarioOwnershipSchema.parse({
            owners,
            stakes: [
              { from: '2024-04-01', shares: [{ owner: 'o0', share: '1' }] },
              {
                from: `2024-04-${String(1 + (day % 28) + 1).padStart(2, '0')}`,
                shares: shares.map((s, i) => ({ owner: `o${i}`, share: s.toFixed() })),
              },
            ],
          });
          const amount = inr(d(paise).dividedBy(7));
          const r = ownershipShares(o, {
            profitAfterTax: [{ year: 'FY2024-25', amount }],
            freeCashFlow: [],
            valuation: {
              ...figures().valuation,
              rows: [],
              terminalValuePresent: inr(0),
              npv: inr(0),
            },
          });
          const pat = r.years[0]?.profitAfterTax;
          expect(pat?.total.amount.equals(amount.amount.toDecimalPlaces(2))).toBe(true);
          expect(
            pat === null || pat === undefined ? false : sumOf(pat).equals(pat.total.amount),
          ).toBe(true);
        },
      ),
    );
  });
});

describe('apportionToPaisa', () => {
  it('rounds signed parts to the paisa summing to the rounded total', () => {
    // −1.005 → −1.01 (floor), 2.337 → 2.33, 0.668 → 0.66: 1.98 of 2.00; the two paise go to
    // the largest losses, 0.668 (.008) and 2.337 (.007), not −1.005 (.005).
    expect(
      apportionToPaisa(d('2'), [d('-1.005'), d('2.337'), d('0.668')]).map((p) => p.toFixed()),
    ).toEqual(['-1.01', '2.34', '0.67']);
  });
});

describe('checkOwnership and the scenario', () => {
  const issues = (o: unknown) => scenarioIssues({ ...seedJson(), ownership: o });

  it('accepts stakes that change inside the horizon, and reports each owner', () => {
    const json = seedWithOwners();
    const result = runScenario(parseScenario(json));
    const owners = result.owners;
    expect(owners?.years.map((y) => y.year)).toEqual(result.cashFlow.withPli.map((c) => c.year));
    for (const y of owners?.years ?? []) {
      for (const split of [y.profitAfterTax, y.freeCashFlow, y.value]) {
        if (split !== null) expect(sumOf(split).equals(split.total.amount)).toBe(true);
      }
    }
    const fy = owners?.years.find((y) => y.year === 'FY2023-24');
    // 1 Apr – 1 Oct 2023 = 184 days at 0; 2 Oct – 31 Mar 2024 = 182 days at 0.6 (a leap year).
    expect(fy?.shares.partner?.times(366).toDecimalPlaces(20).toFixed()).toBe('109.2');
    const pat = result.profitAndLoss.withPli.find((p) => p.year === 'FY2023-24');
    expect(
      fy?.profitAfterTax?.total.amount.equals(pat?.profitAfterTax.amount.toDecimalPlaces(2) ?? 0),
    ).toBe(true);
    expect(
      owners?.totals.value.total.amount.equals(
        result.valuation.withPli.npv.amount.toDecimalPlaces(2),
      ),
    ).toBe(true);
    expect(seedWithoutVariantsResult().owners).toBeNull();
  });

  it('names the path of stakes that do not sum to 100%, unknown owners and bad dates', () => {
    expect(
      issues({
        owners: [{ id: 'a', name: 'A' }],
        stakes: [
          {
            from: '2021-06-01',
            shares: [
              { owner: 'a', share: '0.5' },
              { owner: 'b', share: '0.4' },
            ],
          },
          { from: '2021-05-01', shares: [{ owner: 'a', share: '1' }] },
          { from: '2026-04-01', shares: [{ owner: 'a', share: '1' }], source: 'nowhere' },
        ],
      }),
    ).toEqual([
      'ownership.stakes[0].shares[1].owner: unknown owner "b" (owners: a)',
      'ownership.stakes[0].shares: the stakes from 2021-06-01 sum to 0.9 (90%); they must sum to exactly 1 (100%)',
      'ownership.stakes[1].from: 2021-05-01 must be after the previous change (2021-06-01)',
      'ownership.stakes[2].from: 2026-04-01 is after the horizon ends (2026-03-31); a change must fall inside or before it',
      expect.stringMatching(/^ownership\.stakes\[2\]\.source: unknown source "nowhere"/),
      'ownership.stakes[0].from: the first stakes hold from 2021-06-01, after the horizon starts (2021-04-01): say who owns the company from the start',
    ]);
  });

  it('refuses a zero stake, a date that does not exist and a duplicate owner', () => {
    const found = issues({
      owners: [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'A again' },
      ],
      stakes: [{ from: '2021-02-30', shares: [{ owner: 'a', share: '0' }] }],
    });
    expect(found).toEqual([
      'ownership.stakes[0].from: no such calendar date',
      expect.stringMatching(/^ownership\.stakes\[0\]\.shares\[0\]\.share: a stake must be above 0/),
    ]);
    const parsed = scenarioOwnershipSchema.parse({
      owners: [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'A again' },
      ],
      stakes: [
        {
          from: '2021-04-01',
          shares: [
            { owner: 'a', share: '1' },
            { owner: 'a', share: '0.5' },
          ],
        },
      ],
    });
    expect(checkOwnership(parsed, { sourceIds: new Set() }).map((i) => i.message)).toEqual([
      'duplicate owner id "a"',
      'owner "a" is listed twice from 2021-04-01',
      'the stakes from 2021-04-01 sum to 1.5 (150%); they must sum to exactly 1 (100%)',
    ]);
  });
});
