import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/validate.js';
import { cashFlowsSchema, datedCashFlowsSchema, irr, xirr } from '../../src/finance/index.js';
import { EXCEL_DATED_FLOWS } from './helpers.js';

describe('cashFlowsSchema', () => {
  it('reads decimal strings, numbers and money from a file', () => {
    const flows = parseInput(cashFlowsSchema, ['-70000', 12000, '15000', 18000, 21000], 'flows');
    expect(irr(flows).toFixed(4)).toBe('-0.0212');
    const money = parseInput(
      cashFlowsSchema,
      [
        { amount: '-13500000000', currency: 'INR' },
        { amount: '15000000000', currency: 'INR' },
      ],
      'flows',
    );
    expect(irr(money).toString()).toBe('0.11111111111111111111111111111');
  });

  it('rejects an empty list and junk amounts with their paths', () => {
    expect(() => parseInput(cashFlowsSchema, [], 'flows')).toThrow(/needs at least one cash flow/);
    expect(() => parseInput(cashFlowsSchema, [1, '1,0'], 'flows')).toThrow(ValidationError);
    expect(() => parseInput(cashFlowsSchema, [1, '1,0'], 'flows')).toThrow(/\[1\]/);
  });
});

describe('datedCashFlowsSchema', () => {
  it('reads the Excel example from JSON', () => {
    const flows = parseInput(
      datedCashFlowsSchema,
      JSON.parse(JSON.stringify(EXCEL_DATED_FLOWS)),
      'flows',
    );
    expect(xirr(flows).toFixed(6)).toBe('0.373363');
  });

  it('names invalid dates and unknown fields by path', () => {
    const bad = [
      { date: '2024-01-01', amount: -1 },
      { date: '2024-02-30', amount: 2 },
      { date: '2024-03-01', amount: 2, note: 'x' },
    ];
    expect(() => parseInput(datedCashFlowsSchema, bad, 'flows')).toThrow(
      /\[1\]\.date: expected a calendar date as yyyy-MM-dd/,
    );
    expect(() => parseInput(datedCashFlowsSchema, bad, 'flows')).toThrow(/\[2\]/);
  });
});
