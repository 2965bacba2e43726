import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/core/decimal.js';
import type { InvestmentFigures } from '../../src/model/investments.js';
import { enrolmentInputs } from '../../src/model/pliEnrolmentSales.js';
import { inr } from '../../src/money/index.js';

const YEARS = ['FY2021-22', 'FY2022-23', 'FY2023-24', 'FY2024-25'];
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }))
  .map(([rupees, paise]) => inr(`${rupees}.${String(paise).padStart(2, '0')}`));

// Only what enrolmentInputs reads of the schedule: each investment's spend by year, and what
// was spent before the horizon.
function schedule(
  byYear: Record<string, ReturnType<typeof inr>[]>,
  opening: Record<string, ReturnType<typeof inr>>,
): InvestmentFigures {
  return {
    commitments: Object.entries(byYear).map(([id, spend]) => ({ id, byYear: spend })),
    opening: Object.entries(opening).map(([id, a]) => ({ id, year: YEARS[0], amount: a })),
  } as unknown as InvestmentFigures;
}

const inputsOf = (investment: InvestmentFigures, investments: readonly string[]) =>
  enrolmentInputs(YEARS, [], investment, {
    investments,
    ids: [],
    products: new Map(),
    scale: undefined,
    firstYear: YEARS[0] ?? '',
    part: undefined,
  });

describe('enrolmentInputs: cumulative investment', () => {
  it('adds each investment’s opening spend and its spend to the year’s end, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 4, maxLength: 4 }),
        fc.array(amount, { minLength: 4, maxLength: 4 }),
        amount,
        (a, b, before) => {
          const investment = schedule({ a, b, unrelated: a }, { b: before });
          const got = inputsOf(investment, ['a', 'b', 'missing']).map((i) =>
            i.cumulativeInvestment.amount.toFixed(),
          );
          // The sums as first written: every year adds up the years so far again.
          const upTo = (list: typeof a, y: number) =>
            list.slice(0, y + 1).reduce((s, m) => s.plus(m.amount), ZERO);
          const expected = YEARS.map((_, y) =>
            ZERO.plus(ZERO)
              .plus(upTo(a, y))
              .plus(before.amount)
              .plus(upTo(b, y))
              .plus(ZERO)
              .plus(ZERO)
              .toFixed(),
          );
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('is zero without investments and keeps a schedule shorter than the horizon', () => {
    const investment = schedule({ a: [inr(5), inr(7)] }, {});
    expect(inputsOf(investment, []).map((i) => i.cumulativeInvestment.amount.toFixed())).toEqual([
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(inputsOf(investment, ['a']).map((i) => i.cumulativeInvestment.amount.toFixed())).toEqual(
      ['5', '12', '12', '12'],
    );
    expect(new Decimal(inputsOf(investment, ['a'])[3]?.netSales.amount ?? 1).isZero()).toBe(true);
  });
});

describe('enrolmentInputs: a re-forecast on the plan’s inputs', () => {
  it('takes the plan’s year as it is where no ratio scales it, and computes the scaled years', () => {
    const investment = schedule({ a: [inr(5), inr(7), inr(0), inr(1)] }, {});
    const plan = inputsOf(investment, ['a']);
    const scale = { after: 1, ratio: new Decimal('0.5'), byYear: new Map([[0, new Decimal(2)]]) };
    const reforecast = enrolmentInputs(YEARS, [], investment, {
      investments: ['a'],
      ids: [],
      products: new Map(),
      scale,
      firstYear: YEARS[0] ?? '',
      part: undefined,
      unscaled: plan,
    });
    // Year 0 has its own ratio and years 2–3 the re-forecast's; only year 1 is the plan's.
    expect(reforecast.map((y, i) => y === plan[i])).toEqual([false, true, false, false]);
    expect(reforecast.map((y) => y.cumulativeInvestment.amount.toFixed())).toEqual(
      plan.map((y) => y.cumulativeInvestment.amount.toFixed()),
    );
  });
});
