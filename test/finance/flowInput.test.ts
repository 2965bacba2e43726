import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseInput } from '../../src/core/index.js';
import {
  readAmounts,
  readDatedFlows,
  readNamedAmounts,
  requireFlows,
  wrap,
} from '../../src/finance/_lib/readFlows.js';
import {
  cashFlowsSchema,
  DAYS_PER_YEAR,
  datedCashFlowsSchema,
  xnpv,
} from '../../src/finance/index.js';
import { inr, usd } from '../../src/money/index.js';
import { formatCalendarDate } from '../../src/time/calendarDate.js';

// How the finance layer reads cash flows — plain numbers or Money of one currency, lists with no
// holes, calendar dates — and the field each error names (issue 11, mutation testing).

const decimals = (values: readonly Decimal[]) => values.map(String);

describe('reading cash flows', () => {
  it('reads plain numbers, or Money of one currency, and says which', () => {
    const plain = readAmounts([1, '-2.5'], 'flows');
    expect(decimals(plain.amounts)).toEqual(['1', '-2.5']);
    expect(plain.currency).toBeUndefined();
    const rupees = readAmounts([inr(1), inr(-2)], 'flows');
    expect(decimals(rupees.amounts)).toEqual(['1', '-2']);
    expect(rupees.currency).toBe('INR');
  });

  it('names the flow that mixes Money with numbers, whichever comes first', () => {
    const message =
      '[crorecast] flows[1] mixes Money with plain numbers; give every amount as Money of one currency or every amount as a number';
    expect(() => readAmounts([inr(1), 2], 'flows')).toThrow(message);
    expect(() => readAmounts([1, inr(2)], 'flows')).toThrow(message);
    expect(() => readAmounts([inr(1), usd(2)], 'flows')).toThrow(
      '[crorecast] currency mismatch in flows: INR and USD cannot be mixed; convert one first',
    );
    expect(() => readAmounts([1, 'x'], 'cf')).toThrow(
      '[crorecast] cf[1] "x" is not a finite decimal number',
    );
  });

  it('rejects what is not a list, too long a list, holes and too few flows', () => {
    expect(() => requireFlows('x' as never, 'npv: flows')).toThrow(
      '[crorecast] npv: flows must be a list of cash flows, got "x"',
    );
    expect(() => requireFlows(new Array(10_001).fill(1), 'npv: flows')).toThrow(
      '[crorecast] npv: flows has 10001 cash flows; at most 10000 (README "Limits")',
    );
    expect(() => requireFlows(new Array(10_000).fill(1), 'npv: flows')).not.toThrow();
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(() => requireFlows([1, , 3], 'npv: flows')).toThrow(
      '[crorecast] npv: flows[1] is a hole in a sparse array; give every period a flow (0 for none)',
    );
    expect(() => requireFlows([], 'x: flows')).toThrow(
      '[crorecast] x: flows needs at least 1 cash flow, got 0',
    );
    expect(() => requireFlows([1], 'x: flows', 2)).toThrow(
      '[crorecast] x: flows needs at least 2 cash flows, got 1',
    );
    expect(() => requireFlows([1, 2], 'x: flows', 2)).not.toThrow();
  });

  it('wraps a result back into the flows’ currency', () => {
    expect(wrap(new Decimal('1.5'), undefined).toString()).toBe('1.5');
    const rupees = wrap(new Decimal('1.5'), 'INR');
    expect(rupees).toMatchObject({ currency: 'INR' });
    // A computed value beyond the accepted range is an error naming the result.
    expect(() => wrap(new Decimal('1e400'), undefined)).toThrow(
      "[crorecast] result 1e+400 is outside crorecast's accepted range: magnitude above 1e36 (a computed value)",
    );
  });

  it('reads dated flows as days from the first flow, and names a bad date', () => {
    const read = readDatedFlows(
      [
        { date: '2024-03-01', amount: 1 },
        { date: '2024-01-01', amount: -2 },
        { date: new Date(Date.UTC(2025, 0, 1)), amount: 3 },
      ],
      'flows',
    );
    expect(read.days).toEqual([0, -60, 306]);
    // The dates as read (local midnight), written back as yyyy-MM-dd.
    expect(read.calendarDates.map((date) => formatCalendarDate(date))).toEqual([
      '2024-03-01',
      '2024-01-01',
      '2025-01-01',
    ]);
    expect(decimals(read.amounts)).toEqual(['1', '-2', '3']);
    expect(readDatedFlows([], 'flows')).toMatchObject({
      amounts: [],
      days: [],
      calendarDates: [],
    });
    expect(() => readDatedFlows([{ date: '2024-02-30', amount: 1 }], 'flows')).toThrow(
      '[crorecast] date "2024-02-30" (flows[0].date) is not a calendar date: give a yyyy-MM-dd string or a valid Date',
    );
  });

  it('reads named amounts (RATE’s pmt, pv, fv), an omitted one as zero', () => {
    const plain = readNamedAmounts({ pmt: -100, pv: '1000', fv: undefined });
    expect([plain.values.pmt, plain.values.pv, plain.values.fv].map(String)).toEqual([
      '-100',
      '1000',
      '0',
    ]);
    expect(plain.currency).toBeUndefined();
    const rupees = readNamedAmounts({ pmt: inr(-100), pv: inr(1000), fv: undefined });
    expect(rupees.currency).toBe('INR');
    expect(String(rupees.values.pv)).toBe('1000');
    expect(() => readNamedAmounts({ pmt: -100, pv: inr(1000) })).toThrow(
      '[crorecast] pv mixes Money with plain numbers (pmt); give every amount as Money of one currency or every amount as a number',
    );
    expect(() => readNamedAmounts({ pmt: inr(-100), pv: 1000 })).toThrow(
      expect.objectContaining({
        code: 'MIXED_FLOW_KINDS',
        message:
          '[crorecast] pv mixes Money with plain numbers (another amount); give every amount as Money of one currency or every amount as a number',
      }),
    );
    expect(() => readNamedAmounts({ pmt: inr(-100), pv: usd(1000) })).toThrow(
      '[crorecast] currency mismatch in pmt, pv: INR and USD cannot be mixed; convert one first',
    );
    expect(() => readNamedAmounts({ pmt: 'x' })).toThrow(
      '[crorecast] pmt "x" is not a finite decimal number',
    );
  });
});

describe('xnpv', () => {
  it('discounts by Actual/365 days, in the flows’ currency', () => {
    expect(DAYS_PER_YEAR).toBe(365);
    // 2024 has 366 days: −100 + 110 / 1.1^(366/365).
    const flows = [
      { date: '2024-01-01', amount: -100 },
      { date: '2025-01-01', amount: 110 },
    ];
    expect(xnpv('0.1', flows).toString()).toBe('-0.02610896904387939636908198285869711202');
    const rupees = xnpv('0.1', [
      { date: '2024-01-01', amount: inr(-100) },
      { date: '2025-01-01', amount: inr(110) },
    ]);
    expect(rupees).toMatchObject({ currency: 'INR' });
    expect(() => xnpv(-1, flows)).toThrow('[crorecast] rate -1 must be greater than -1 (−100%)');
  });
});

describe('cash-flow schemas', () => {
  it('accept only yyyy-MM-dd calendar dates and known keys, with messages naming the path', () => {
    // The messages are checked in the first test that builds the schema (it is built once).
    const dateMessage = '[0].date: expected a calendar date as yyyy-MM-dd (e.g. "2024-06-30")';
    for (const date of ['2024-06-30x', 'x2024-06-30', '2024-6-30', '2024-02-30', '20240-06-30']) {
      expect(() => parseInput(datedCashFlowsSchema, [{ date, amount: 1 }], 'flows')).toThrow(
        dateMessage,
      );
    }
    const [flow] = parseInput(datedCashFlowsSchema, [{ date: '2024-06-30', amount: 1 }], 'flows');
    expect(flow?.date).toBe('2024-06-30');
    expect(String(flow?.amount)).toBe('1');
    expect(() =>
      parseInput(datedCashFlowsSchema, [{ date: '2024-06-30', amount: 1, x: 1 }], 'flows'),
    ).toThrow('[0]: unknown key "x"');
    expect(() => parseInput(datedCashFlowsSchema, [], 'flows')).toThrow(
      '(root): needs at least one cash flow',
    );
  });

  it('read a list of numbers or Money', () => {
    expect(() => parseInput(cashFlowsSchema, [], 'flows')).toThrow(
      '(root): needs at least one cash flow',
    );
    const [plain, rupees] = parseInput(
      cashFlowsSchema,
      [1, { amount: '2', currency: 'INR' }],
      'flows',
    );
    expect(String(plain)).toBe('1');
    expect(rupees).toMatchObject({ currency: 'INR' });
    expect(String((rupees as { amount: unknown }).amount)).toBe('2');
  });
});
