import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { exactDecimalSchema } from '../../src/core/schemas.js';

describe('exactDecimalSchema', () => {
  const schema = exactDecimalSchema('60');
  const message = (value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? 'parsed' : result.error.issues.map((i) => i.message).join('; ');
  };

  it('parses decimal text and numbers exactly, and a parsed Decimal again unchanged', () => {
    expect(schema.parse('0.1').toString()).toBe('0.1');
    expect(schema.parse(12.5).toString()).toBe('12.5');
    const parsed = schema.parse('123456789012345678901234567890.5');
    expect(schema.parse(parsed).equals(parsed)).toBe(true);
  });

  it('says a missing value is required and names a bad one, with the area’s example', () => {
    expect(message(undefined)).toBe('is required (a decimal number such as "60")');
    expect(message('sixty')).toBe('expected a decimal number (e.g. "60"), got "sixty"');
    expect(exactDecimalSchema('1350.5').safeParse(null).error?.issues[0]?.message).toBe(
      'expected a decimal number (e.g. "1350.5"), got null',
    );
  });

  it('refuses what is not a finite decimal in range: Infinity, NaN, bigint, 1e100000', () => {
    expect(message(Number.POSITIVE_INFINITY)).toBe(
      'expected a decimal number (e.g. "60"), got Infinity',
    );
    expect(message(Number.NaN)).toBe('expected a decimal number (e.g. "60"), got NaN');
    expect(message(10n)).toBe('expected a decimal number (e.g. "60"), got 10n');
    expect(message('1e100000')).toBe('expected a decimal number (e.g. "60"), got "1e100000"');
    expect(message(new Decimal(Number.POSITIVE_INFINITY))).toBe(
      'expected a decimal number (e.g. "60"), got Infinity',
    );
  });
});
