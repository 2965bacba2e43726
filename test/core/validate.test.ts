import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { decimalSchema, formatPath, parseInput, ValidationError } from '../../src/core/index.js';
import { checkInput, forwardIssues } from '../../src/core/validate.js';

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

describe('forwardIssues', () => {
  // A transform that parses part of its input with a nested schema, as the money fields do.
  const inner = z.object({ amount: z.string(), currency: z.literal('INR') });
  const wrapped = (whenMissing?: string) =>
    z.unknown().transform((value, ctx) => {
      const parsed = checkInput(inner, value);
      if (parsed.success) return parsed.data;
      forwardIssues(ctx, parsed.error.issues, value, whenMissing);
      return z.NEVER;
    });

  it('reports each nested issue at its own path below the outer field, with the nested message', () => {
    const result = checkInput(z.object({ price: wrapped() }), {
      price: { amount: 5, currency: 'USD' },
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['price.amount', 'custom'],
      ['price.currency', 'custom'],
    ]);
    expect(result.error?.issues[0]?.message).toBe(
      checkInput(inner, { amount: 5, currency: 'INR' }).error?.issues[0]?.message,
    );
  });

  it('uses the given message when the value is missing, and the nested one otherwise', () => {
    const outer = z.object({ price: wrapped('is required (money)') });
    const missing = checkInput(outer, {});
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['price', 'is required (money)'],
    ]);
    const present = checkInput(outer, { price: { amount: '1', currency: 'EUR' } });
    expect(present.error?.issues.map((i) => i.message)).not.toContain('is required (money)');
  });

  it('drops symbols from the forwarded paths', () => {
    const symbolic = z.unknown().transform((value, ctx) => {
      forwardIssues(
        ctx,
        [{ code: 'custom', message: 'bad', path: [Symbol('s'), 'a', 0], input: value }],
        value,
      );
      return z.NEVER;
    });
    expect(checkInput(z.object({ x: symbolic }), { x: 1 }).error?.issues[0]?.path).toEqual([
      'x',
      'a',
      0,
    ]);
  });
});
