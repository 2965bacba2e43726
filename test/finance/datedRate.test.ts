import { addDays, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { datedSum, datedSumKey, xirrOfSum } from '../../src/finance/_lib/datedRate.js';
import { xirr } from '../../src/finance/xirr.js';
import { inr } from '../../src/money/constructors.js';
import { EXCEL_DATED_FLOWS } from './helpers.js';

// The XIRR core the model shares among valuations: it must be xirr's very digits, and two flow
// lists may share a result only when their keys are equal — that is, when they read to the same
// stream, which fixes every digit of the XIRR.

const outcome = (solve: () => Decimal) => {
  try {
    return solve().toString();
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
};

const start = new Date(2021, 7, 24);
const datedFlows = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: -9_000_000, max: 9_000_000 })),
    { minLength: 2, maxLength: 9 },
  )
  .map((list) =>
    list.map(([days, amount]) => ({ date: format(addDays(start, days), 'yyyy-MM-dd'), amount })),
  );

describe('xirrOfSum: the XIRR of flows read by datedSum', () => {
  it('is xirr, digit for digit (Excel’s example and random flows, errors too)', () => {
    expect(xirrOfSum(datedSum(EXCEL_DATED_FLOWS)).toString()).toBe(
      xirr(EXCEL_DATED_FLOWS).toString(),
    );
    fc.assert(
      fc.property(datedFlows, (flows) => {
        expect(outcome(() => xirrOfSum(datedSum(flows)))).toBe(outcome(() => xirr(flows)));
        const guess = new Decimal('-0.5');
        expect(outcome(() => xirrOfSum(datedSum(flows), guess))).toBe(
          outcome(() => xirr(flows, { guess })),
        );
      }),
      { numRuns: 60 },
    );
  });
});

type Flow = { date: string; amount: ReturnType<typeof inr> };

describe('datedSumKey: when two flow lists have one XIRR', () => {
  const plan: Flow[] = [
    { date: '2021-08-24', amount: inr(0) },
    { date: '2022-03-31', amount: inr('-6412239460.5880426723757501212347') },
    { date: '2023-03-31', amount: inr('2310091808.836576912584655354') },
    { date: '2024-03-31', amount: inr('3555000743.717495624648305') },
    { date: '2024-03-31', amount: inr('27937987414.71533830761563728') },
  ];

  it('is the same for zero flows added, or a date’s total split otherwise, and so is the XIRR', () => {
    const [zero, first, second, third, fourth] = plan as [Flow, Flow, Flow, Flow, Flow];
    const longer = [zero, first, second, third, { date: '2025-03-31', amount: inr(0) }, fourth];
    const resplit = [
      zero,
      first,
      second,
      { date: '2024-03-31', amount: inr('31492988158.43283393226394228') },
    ];
    const key = datedSumKey(datedSum(plan));
    expect(datedSumKey(datedSum(longer))).toBe(key);
    expect(datedSumKey(datedSum(resplit))).toBe(key);
    const rate = xirr(plan).toString();
    expect([xirr(longer).toString(), xirr(resplit).toString()]).toEqual([rate, rate]);
  });

  it('differs for another digit, day or year length', () => {
    const key = datedSumKey(datedSum(plan));
    const digit = plan.map((f, i) =>
      i === 2 ? { ...f, amount: inr('2310091808.836576912584655355') } : f,
    );
    const day = plan.map((f, i) => (i === 2 ? { ...f, date: '2023-04-01' } : f));
    expect(datedSumKey(datedSum(digit))).not.toBe(key);
    expect(datedSumKey(datedSum(day))).not.toBe(key);
    const periodic = { ...datedSum(plan), stepsPerPeriod: 1 };
    expect(datedSumKey(periodic)).not.toBe(key);
  });
});
