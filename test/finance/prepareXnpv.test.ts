import { addDays, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError } from '../../src/core/errors.js';
import { npvOfSum } from '../../src/finance/_lib/exponentialSum.js';
import { prepareXnpv, xnpv } from '../../src/finance/index.js';
import { inr, usd } from '../../src/money/constructors.js';
import type { Money } from '../../src/money/money.js';
import { EXCEL_DATED_FLOWS } from './helpers.js';

// A prepared rate must give xnpv's very digits (the model's golden figures rest on them), so
// every comparison here is of exact strings, never of closeness.

const start = new Date(2020, 3, 1);
/** Dated flows: days from 2020-04-01 (any order, repeats, before the first) and amounts. */
const datedFlows = fc
  .array(
    fc.tuple(
      fc.integer({ min: -400, max: 4_000 }),
      fc.integer({ min: -5_000_000, max: 5_000_000 }),
      fc.integer({ min: 0, max: 99 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((list) =>
    list.map(([days, whole, paise]) => ({
      date: format(addDays(start, days), 'yyyy-MM-dd'),
      amount: new Decimal(whole).plus(new Decimal(paise).dividedBy(100)),
    })),
  );
const rate = fc
  .integer({ min: -9_900, max: 40_000 })
  .map((bp) => new Decimal(bp).dividedBy(10_000));

describe('prepareXnpv', () => {
  it('gives xnpv’s digits on Excel’s example', () => {
    const at9 = prepareXnpv('0.09');
    expect(at9.xnpv(EXCEL_DATED_FLOWS).toFixed(6)).toBe('2086.647602');
    expect(at9.xnpv(EXCEL_DATED_FLOWS).toString()).toBe(xnpv('0.09', EXCEL_DATED_FLOWS).toString());
    expect(at9.rate.toString()).toBe('0.09');
  });

  it('gives xnpv’s exact digits for any flows, rate and order of calls (the memo changes nothing)', () => {
    fc.assert(
      fc.property(rate, fc.array(datedFlows, { minLength: 1, maxLength: 4 }), (r, sets) => {
        const prepared = prepareXnpv(r);
        // Each set twice (the second from the memo), interleaved with the others.
        for (const flows of [...sets, ...sets]) {
          expect(prepared.xnpv(flows).toString()).toBe(xnpv(r, flows).toString());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps its memo bounded and still exact after it starts afresh', () => {
    const prepared = prepareXnpv('0.12');
    // 150 distinct day counts: more than the memo keeps.
    for (let k = 0; k < 150; k++) {
      const flows = [
        { date: '2021-03-31', amount: -100 },
        { date: format(addDays(start, 30 + k), 'yyyy-MM-dd'), amount: 57 },
        { date: format(addDays(start, 400 + 3 * k), 'yyyy-MM-dd'), amount: 61 },
      ];
      expect(prepared.xnpv(flows).toString()).toBe(xnpv('0.12', flows).toString());
    }
  });

  it('returns Money in the flows’ currency, a Decimal for numbers', () => {
    const prepared = prepareXnpv(new Decimal('0.1'));
    const rupees = prepared.xnpv([
      { date: '2024-01-01', amount: inr(-100) },
      { date: '2025-01-01', amount: inr(110) },
    ]);
    expect(rupees).toMatchObject({ currency: 'INR' });
    expect(rupees.amount.toString()).toBe('-0.02610896904387939636908198285869711202');
    expect(prepared.xnpv([{ date: '2024-01-01', amount: 5 }]).toString()).toBe('5');
  });

  it('keeps xnpv’s errors: the rate when prepared, the flows when valued', () => {
    expect(() => prepareXnpv(-1)).toThrow(ArgumentError);
    expect(() => prepareXnpv('-1.5')).toThrow('[crorecast] rate "-1.5" must be greater than -1');
    const prepared = prepareXnpv('0.1');
    expect(() => prepared.xnpv([])).toThrow(/EMPTY_FLOWS|xnpv: flows/);
    expect(() => prepared.xnpv([{ date: '2024-02-30', amount: 1 }])).toThrow(/flows\[0\]\.date/);
    expect(() =>
      prepared.xnpv([
        { date: '2024-01-01', amount: inr(-100) },
        { date: '2025-01-01', amount: usd(110) },
      ] as { date: string; amount: Money }[]),
    ).toThrow(/currenc/i);
  });

  it('is a frozen value and does not mutate the flows', () => {
    const prepared = prepareXnpv('0.1');
    expect(Object.isFrozen(prepared)).toBe(true);
    const flows = [
      { date: '2024-01-01', amount: -100 },
      { date: '2025-01-01', amount: 110 },
    ];
    const copy = structuredClone(flows);
    prepared.xnpv(flows);
    expect(flows).toEqual(copy);
  });

  it('shares the exact step powers of npvOfSum (the function xnpv uses)', () => {
    const sum = {
      amounts: [new Decimal(-100), new Decimal(60), new Decimal(70)],
      steps: [0, 365, 731],
      stepsPerPeriod: 365,
      signChanges: 1,
    };
    const prepared = prepareXnpv('0.12');
    const value = prepared.xnpv([
      { date: '2021-01-01', amount: -100 },
      { date: '2022-01-01', amount: 60 },
      { date: '2023-01-02', amount: 70 },
    ]);
    expect(value.toString()).toBe(npvOfSum(sum, new Decimal('0.12')).value.toString());
  });
});
