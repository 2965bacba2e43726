import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ValidationError } from '../../src/core/errors.js';
import { crore, inr, usd } from '../../src/money/constructors.js';
import type { InvestmentScheduleInput } from '../../src/schedule/commitments.js';
import { investmentSchedule, phaseInvestment } from '../../src/schedule/phaseInvestment.js';
import { croreRows, deepFreeze, rupeeRows, values } from './helpers.js';

const fy = { total: crore(1350), start: 'FY2021-22', end: 'FY2025-26', granularity: 'fy' } as const;

describe('investmentSchedule', () => {
  it('phases ₹1,350 crore evenly over five fiscal years', () => {
    expect(croreRows(investmentSchedule(fy))).toEqual([
      ['FY2021-22', '270.00'],
      ['FY2022-23', '270.00'],
      ['FY2023-24', '270.00'],
      ['FY2024-25', '270.00'],
      ['FY2025-26', '270.00'],
    ]);
  });

  it('front-loaded uses weights 5, 4, 3, 2, 1', () => {
    expect(
      croreRows(investmentSchedule({ ...fy, profile: 'front-loaded' })).map((r) => r[1]),
    ).toEqual(['450.00', '360.00', '270.00', '180.00', '90.00']);
  });

  it('back-loaded uses weights 1, 2, 3, 4, 5', () => {
    expect(
      croreRows(investmentSchedule({ ...fy, profile: 'back-loaded' })).map((r) => r[1]),
    ).toEqual(['90.00', '180.00', '270.00', '360.00', '450.00']);
  });

  it('an S-curve centred on the horizon is symmetric and peaks in the middle', () => {
    const parts = values(investmentSchedule({ ...fy, profile: { sCurve: { steepness: 1.5 } } }));
    const a = parts.map((p) => p.amount);
    expect(
      a[0]
        ?.minus(a[4] ?? 0)
        .abs()
        .lessThanOrEqualTo('0.01'),
    ).toBe(true);
    expect(a[2]?.greaterThan(a[1] ?? 0)).toBe(true);
    expect(a[1]?.greaterThan(a[0] ?? 0)).toBe(true);
  });

  it('an S-curve midpoint can be a period label (its middle)', () => {
    const late = values(
      investmentSchedule({ ...fy, profile: { sCurve: { midpoint: 'FY2024-25', steepness: 2 } } }),
    );
    const max = late.reduce(
      (m, p, i, all) => (p.amount.greaterThan(all[m]?.amount ?? 0) ? i : m),
      0,
    );
    expect(max).toBe(3);
  });

  it('a coarser midpoint label means the middle of its span', () => {
    const monthly = values(
      investmentSchedule({
        ...fy,
        granularity: 'month',
        profile: { sCurve: { midpoint: 'FY2023-24', steepness: '0.2' } },
      }),
    );
    // Months 29 and 30 (Sep and Oct 2023) sit either side of the inflection: equal to the paisa.
    expect(
      monthly[29]?.amount
        .minus(monthly[30]?.amount ?? 0)
        .abs()
        .lessThanOrEqualTo('0.01'),
    ).toBe(true);
    expect(monthly[29]?.amount.greaterThan(monthly[28]?.amount ?? 0)).toBe(true);
  });

  it('explicit weights are normalised by their sum', () => {
    expect(
      croreRows(investmentSchedule({ ...fy, profile: { weights: ['1', 2, '3', 2, 2] } })).map(
        (r) => r[1],
      ),
    ).toEqual(['135.00', '270.00', '405.00', '270.00', '270.00']);
  });

  it('tranches by share and by amount, the horizon implied by the last tranche', () => {
    const capex = investmentSchedule({
      total: crore(1350),
      start: 'FY2021-22',
      granularity: 'fy',
      profile: {
        tranches: [
          { period: 'FY2021-22', share: '40%' },
          { date: '2023-06-15', amount: crore(810) },
        ],
      },
    });
    expect(croreRows(capex)).toEqual([
      ['FY2021-22', '540.00'],
      ['FY2022-23', '0.00'],
      ['FY2023-24', '810.00'],
    ]);
  });

  it('tranches with amounts only need no total', () => {
    const capex = investmentSchedule({
      start: '2021-04',
      end: '2021-06',
      granularity: 'month',
      profile: {
        tranches: [
          { period: '2021-05', amount: inr('100.10') },
          { date: '2021-05-20', amount: inr('0.05') },
        ],
      },
    });
    expect(rupeeRows(capex)).toEqual([
      ['2021-04', '0.00'],
      ['2021-05', '100.15'],
      ['2021-06', '0.00'],
    ]);
  });

  it('monthly: a fiscal-year label starts at April, and ₹1,350 crore over 12 months is ₹112.5 crore', () => {
    const capex = investmentSchedule({
      total: crore(1350),
      start: 'FY2021-22',
      periods: 12,
      granularity: 'month',
    });
    const rows = croreRows(capex);
    expect(rows[0]).toEqual(['2021-04', '112.50']);
    expect(rows[11]).toEqual(['2022-03', '112.50']);
  });

  it('quarterly from fiscal-year labels', () => {
    const capex = investmentSchedule({
      total: crore(100),
      start: 'FY2021-22',
      end: 'FY2021-22',
      granularity: 'quarter',
    });
    expect(croreRows(capex).map((r) => r[0])).toEqual([
      'FY2021-22 Q1',
      'FY2021-22 Q2',
      'FY2021-22 Q3',
      'FY2021-22 Q4',
    ]);
  });

  it('keeps a non-April fiscal calendar from the start label, also for tranche dates', () => {
    const capex = investmentSchedule({
      total: crore(100),
      start: 'FY2021-22 (Jul) Q1',
      granularity: 'quarter',
      profile: { tranches: [{ date: '2022-08-01', amount: crore(100) }] },
    });
    expect(croreRows(capex).map((r) => r[0])).toEqual([
      'FY2021-22 (Jul) Q1',
      'FY2021-22 (Jul) Q2',
      'FY2021-22 (Jul) Q3',
      'FY2021-22 (Jul) Q4',
      'FY2022-23 (Jul) Q1',
    ]);
    expect(croreRows(capex).at(-1)?.[1]).toBe('100.00');
  });

  it('the granularity defaults to that of the start label', () => {
    const capex = investmentSchedule({ total: inr(100), start: 'FY2021-22 Q3', periods: 2 });
    expect(rupeeRows(capex)).toEqual([
      ['FY2021-22 Q3', '50.00'],
      ['FY2021-22 Q4', '50.00'],
    ]);
  });

  it('allocates leftover paise by the largest-remainder rule', () => {
    expect(
      rupeeRows(investmentSchedule({ total: inr(100), start: 'FY2021-22', periods: 3 })).map(
        (r) => r[1],
      ),
    ).toEqual(['33.34', '33.33', '33.33']);
  });

  it('reads money in its JSON form', () => {
    const capex = investmentSchedule({
      total: { amount: '13500000000', currency: 'INR' },
      start: 'FY2021-22',
      periods: 5,
    });
    expect(values(capex).every((v) => v.amount.equals('2700000000'))).toBe(true);
  });

  it('reads money as text', () => {
    const capex = investmentSchedule({ total: 'Rs 1,350 crore', start: 'FY2021-22', periods: 5 });
    expect(croreRows(capex).map((r) => r[1])).toEqual([
      '270.00',
      '270.00',
      '270.00',
      '270.00',
      '270.00',
    ]);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({
      total: { amount: '13500000000', currency: 'INR' },
      start: 'FY2021-22',
      end: 'FY2025-26',
      profile: {
        tranches: [
          { period: 'FY2021-22', share: '0.5' },
          { period: 'FY2025-26', share: '0.5' },
        ],
      },
    });
    const before = JSON.stringify(input);
    investmentSchedule(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  const bad: [string, InvestmentScheduleInput, string][] = [
    ['zero total', { ...fy, total: inr(0) }, 'total: must be greater than zero'],
    [
      'negative total',
      { ...fy, total: { amount: '-5', currency: 'INR' } },
      'total: must be greater than zero',
    ],
    [
      'sub-paisa total',
      { ...fy, total: inr('10.001') },
      'total: 10.001 INR has more than 2 decimal places',
    ],
    [
      'zero-sum weights',
      { ...fy, profile: { weights: [0, 0, 0, 0, 0] } },
      'profile.weights: weights sum to zero',
    ],
    [
      'negative weight',
      { ...fy, profile: { weights: [1, -1, 0, 0, 0] } },
      'profile.weights[1]: must not be negative',
    ],
    [
      'wrong weight count',
      { ...fy, profile: { weights: [1, 2] } },
      'profile.weights: expected 5 weights',
    ],
    [
      'bad weight',
      { ...fy, profile: { weights: [1, 'x', 1, 1, 1] } },
      'profile.weights[1]: expected a decimal number',
    ],
    [
      'end before start',
      { ...fy, end: 'FY2020-21' },
      'end: end FY2020-21 is before start FY2021-22',
    ],
    ['no end or periods', { total: crore(1), start: 'FY2021-22' }, 'end: give end'],
    ['periods and end disagree', { ...fy, periods: 4 }, 'periods: periods 4 disagrees'],
    [
      'an S-curve midpoint outside the horizon',
      { ...fy, profile: { sCurve: { midpoint: 'FY2030-31' } } },
      'profile.sCurve.midpoint: midpoint FY2030-31 is outside the horizon',
    ],
    [
      'a zero steepness',
      { ...fy, profile: { sCurve: { steepness: 0 } } },
      'profile.sCurve.steepness: must be greater than zero',
    ],
    ['unknown start label', { ...fy, start: 'FY2021-23' }, 'start:'],
    ['unknown profile', { ...fy, profile: 'frontloaded' as 'even' }, 'profile'],
    [
      'tranche before the horizon',
      { ...fy, profile: { tranches: [{ date: '2021-03-31', share: 1 }] } },
      'profile.tranches[0].date: 2021-03-31 is outside the horizon FY2021-22 to FY2025-26',
    ],
    [
      'tranche after the horizon',
      { ...fy, profile: { tranches: [{ period: 'FY2026-27', share: 1 }] } },
      'profile.tranches[0].period: FY2026-27 is outside the horizon',
    ],
    [
      'tranches over 100%',
      {
        ...fy,
        profile: {
          tranches: [
            { period: 'FY2021-22', share: '60%' },
            { period: 'FY2022-23', share: '0.5' },
          ],
        },
      },
      'profile.tranches: shares add up to 110%, more than 100%',
    ],
    [
      'tranches under 100%',
      { ...fy, profile: { tranches: [{ period: 'FY2021-22', share: '60%' }] } },
      'they must add up to exactly 100%',
    ],
    [
      'a share over 100%',
      { ...fy, profile: { tranches: [{ period: 'FY2021-22', share: '150%' }] } },
      'profile.tranches[0].share: must be between 0 and 1',
    ],
    [
      'a tranche with both date and period',
      { ...fy, profile: { tranches: [{ period: 'FY2021-22', date: '2021-05-01', share: 1 }] } },
      'profile.tranches[0]: give exactly one of date or period',
    ],
    [
      'a tranche coarser than the schedule',
      {
        total: crore(12),
        start: 'FY2021-22',
        periods: 12,
        granularity: 'month',
        profile: { tranches: [{ period: 'FY2021-22', share: 1 }] },
      },
      'profile.tranches[0].period: FY2021-22 spans more than one month period',
    ],
    [
      'commitments and a top-level commitment',
      { ...fy, commitments: [{ total: crore(1), start: 'FY2021-22', periods: 1 }] },
      'give either commitments or one commitment at the top level',
    ],
    [
      'commitments in two currencies',
      {
        commitments: [
          { total: crore(1), start: 'FY2021-22', periods: 1 },
          { total: usd(1), start: 'FY2021-22', periods: 1 },
        ],
      },
      "commitments[1].total: currency USD differs from the first commitment's INR",
    ],
    [
      'a tranche in another currency',
      { ...fy, profile: { tranches: [{ period: 'FY2021-22', amount: usd(1) }] } },
      "profile.tranches[0].amount: currency USD differs from the total's INR",
    ],
    [
      'a share that is not a number',
      { ...fy, profile: { tranches: [{ period: 'FY2021-22', share: 'most%' }] } },
      'profile.tranches[0].share: expected a share such as "0.25" or "25%"',
    ],
    [
      'shares without a total',
      {
        start: 'FY2021-22',
        periods: 2,
        profile: { tranches: [{ period: 'FY2021-22', share: 1 }] },
      },
      'total: required when a tranche gives a share',
    ],
    ['no start', { total: crore(1), periods: 2 }, 'start: required'],
    ['unknown key', { ...fy, totl: 1 } as InvestmentScheduleInput, 'totl'],
  ];
  it.each(bad)('rejects %s', (_, input, fragment) => {
    expect(() => investmentSchedule(input)).toThrow(ValidationError);
    expect(() => investmentSchedule(input)).toThrow(fragment);
  });

  it('sums exactly to any total under any profile, with non-negative parts', () => {
    const profile = fc.oneof(
      fc.constantFrom('even' as const, 'front-loaded' as const, 'back-loaded' as const),
      fc.record({
        sCurve: fc.record({
          midpoint: fc.integer({ min: -5, max: 30 }).map((n) => String(n / 2)),
          steepness: fc.integer({ min: 1, max: 40 }).map((n) => String(n / 10)),
        }),
      }),
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('month' as const, 'quarter' as const, 'fy' as const),
        profile,
        (paise, n, granularity, p) => {
          const total = new Decimal(paise.toString()).dividedBy(100);
          const start =
            granularity === 'month'
              ? '2021-08'
              : granularity === 'quarter'
                ? 'FY2021-22 Q2'
                : 'FY2021-22';
          const parts = values(
            investmentSchedule({ total: inr(total), start, periods: n, granularity, profile: p }),
          );
          expect(parts).toHaveLength(n);
          let sum = new Decimal(0);
          for (const part of parts) {
            expect(part.amount.isNegative()).toBe(false);
            expect(part.amount.decimalPlaces()).toBeLessThanOrEqual(2);
            sum = sum.plus(part.amount);
          }
          expect(sum.equals(total)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('sums exactly under random weights and random tranche amounts', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 13n }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 24 })
          .filter((w) => w.some((x) => x > 0)),
        (paise, weights) => {
          const total = inr(new Decimal(paise.toString()).dividedBy(100));
          const parts = values(
            investmentSchedule({
              total,
              start: '2021-04',
              granularity: 'month',
              periods: weights.length,
              profile: { weights },
            }),
          );
          const sum = parts.reduce((s, p) => s.plus(p.amount), new Decimal(0));
          expect(sum.equals(total.amount)).toBe(true);
          parts.forEach((p, i) => {
            if (weights[i] === 0) expect(p.amount.isZero()).toBe(true);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('phaseInvestment', () => {
  it('combines commitments and keeps the breakdown', () => {
    const phased = phaseInvestment({
      granularity: 'fy',
      commitments: [
        {
          name: 'Plant A',
          total: crore(1000),
          start: 'FY2021-22',
          periods: 4,
          profile: 'front-loaded',
        },
        { name: 'Expansion', total: crore(350), start: 'FY2023-24', periods: 3 },
      ],
    });
    expect(croreRows(phased.schedule)).toEqual([
      ['FY2021-22', '400.00'],
      ['FY2022-23', '300.00'],
      ['FY2023-24', '316.67'],
      ['FY2024-25', '216.67'],
      ['FY2025-26', '116.67'],
    ]);
    expect(phased.total.amount.equals(crore(1350).amount)).toBe(true);
    expect(phased.commitments.map((c) => c.name)).toEqual(['Plant A', 'Expansion']);
    expect(croreRows(phased.commitments[1]?.schedule ?? phased.schedule)).toEqual([
      ['FY2023-24', '116.67'],
      ['FY2024-25', '116.67'],
      ['FY2025-26', '116.67'],
    ]);
  });

  it('fills a gap between commitments with zeros and names unnamed ones by position', () => {
    const phased = phaseInvestment({
      commitments: [
        { total: crore(10), start: 'FY2021-22', periods: 1 },
        { total: crore(20), start: 'FY2023-24', periods: 1 },
      ],
    });
    expect(croreRows(phased.schedule)).toEqual([
      ['FY2021-22', '10.00'],
      ['FY2022-23', '0.00'],
      ['FY2023-24', '20.00'],
    ]);
    expect(phased.commitments.map((c) => c.name)).toEqual(['commitment 1', 'commitment 2']);
  });

  it('the combined schedule sums exactly to the sum of the totals, each part to its own', () => {
    const commitment = fc.record({
      paise: fc.bigInt({ min: 1n, max: 10n ** 13n }),
      offset: fc.integer({ min: 0, max: 6 }),
      periods: fc.integer({ min: 1, max: 8 }),
      profile: fc.constantFrom('even' as const, 'front-loaded' as const, 'back-loaded' as const),
    });
    fc.assert(
      fc.property(fc.array(commitment, { minLength: 1, maxLength: 4 }), (list) => {
        const phased = phaseInvestment({
          granularity: 'quarter',
          commitments: list.map((c) => ({
            total: inr(new Decimal(c.paise.toString()).dividedBy(100)),
            start: `FY${2021 + Math.floor(c.offset / 4)}-${String((22 + Math.floor(c.offset / 4)) % 100)} Q${(c.offset % 4) + 1}`,
            periods: c.periods,
            profile: c.profile,
          })),
        });
        const sum = (m: readonly { amount: Decimal }[]) =>
          m.reduce((s, x) => s.plus(x.amount), new Decimal(0));
        const expected = list.reduce(
          (s, c) => s.plus(new Decimal(c.paise.toString()).dividedBy(100)),
          new Decimal(0),
        );
        expect(sum(values(phased.schedule)).equals(expected)).toBe(true);
        expect(phased.total.amount.equals(expected)).toBe(true);
        phased.commitments.forEach((c) => {
          expect(sum(values(c.schedule)).equals(c.total.amount)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reports every bad commitment with its path', () => {
    try {
      phaseInvestment({
        commitments: [
          { total: crore(10), start: 'FY2021-22', end: 'FY2020-21' },
          { total: crore(20), start: 'FY2023-24', periods: 2, profile: { weights: [0, 0] } },
        ],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual([
        'commitments[0].end',
        'commitments[1].profile.weights',
      ]);
    }
  });
});
