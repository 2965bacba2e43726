import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { decimalSchema, formatPath, parseInput, ValidationError } from '../../src/core/index.js';

describe('formatPath', () => {
  it('writes paths the way a reader does', () => {
    expect(formatPath(['segments', 2, 'price', 'amount'])).toBe('segments[2].price.amount');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('');
  });
});

describe('parseInput', () => {
  const schema = z.object({ segments: z.array(z.object({ price: decimalSchema })) });

  it('returns the parsed value', () => {
    const parsed = parseInput(schema, { segments: [{ price: '12.50' }] }, 'plan');
    expect(parsed.segments[0]?.price.toFixed()).toBe('12.5');
  });

  it('throws a ValidationError naming every bad field by path', () => {
    const run = () => parseInput(schema, { segments: [{ price: '1' }, { price: '6%' }] }, 'plan');
    expect(run).toThrow(ValidationError);
    try {
      run();
    } catch (err) {
      const e = err as ValidationError;
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues).toEqual([
        {
          path: 'segments[1].price',
          message: 'expected a decimal number (e.g. "1350.5"), got "6%"',
        },
      ]);
      expect(e.message).toContain('segments[1].price: expected a decimal number');
    }
  });
});
