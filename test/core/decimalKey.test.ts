import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { decimalKey } from '../../src/core/decimalParts.js';

describe('decimalKey', () => {
  it('is equal exactly for equal digits and sign, keeping −0 apart from 0', () => {
    expect(decimalKey(new Decimal('1.50'))).toBe(decimalKey(new Decimal('1.5')));
    expect(decimalKey(new Decimal('-0'))).toBe('-0');
    expect(decimalKey(new Decimal('0'))).toBe('0');
    expect(decimalKey(new Decimal('-2.25'))).toBe('-2.25');
    expect(decimalKey(new Decimal('1e-30'))).not.toBe(decimalKey(new Decimal('1e-31')));
    expect(decimalKey(new Decimal('12345678901234567890123456789012345678.9'))).toBe(
      '12345678901234567890123456789012345678.9',
    );
  });
});
