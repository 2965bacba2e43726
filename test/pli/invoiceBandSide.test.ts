import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { invoiceBandSide } from '../../src/pli/index.js';

// Where a band of invoice values lies against a floor, at every edge (#11, PLI mutation
// survivors): `from` inclusive, `to` exclusive, an inclusive (≥) and a strict (>) floor.
const side = (from: number, to: number | null, minimum: number, inclusive: boolean) =>
  invoiceBandSide(
    new Decimal(from),
    to === null ? null : new Decimal(to),
    new Decimal(minimum),
    inclusive,
  );

describe('invoiceBandSide', () => {
  it('a band starting above the floor clears it, whatever its top', () => {
    expect(side(15001, null, 15000, false)).toBe('clears');
    expect(side(15001, 20000, 15000, true)).toBe('clears');
  });

  it('a band starting at the floor clears an inclusive floor and straddles a strict one', () => {
    expect(side(15000, null, 15000, true)).toBe('clears');
    expect(side(15000, 20000, 15000, true)).toBe('clears');
    expect(side(15000, 20000, 15000, false)).toBe('straddles');
    expect(side(15000, null, 15000, false)).toBe('straddles');
  });

  it('a band ending at or below the floor (its top excluded) is below it', () => {
    expect(side(8000, 15000, 15000, true)).toBe('below');
    expect(side(8000, 15000, 15000, false)).toBe('below');
    expect(side(8000, 14999, 15000, true)).toBe('below');
  });

  it('a band with the floor inside it, or open above a floor it starts below, straddles it', () => {
    expect(side(8000, 15001, 15000, true)).toBe('straddles');
    expect(side(14999, null, 15000, true)).toBe('straddles');
    expect(side(12000, 18000, 15000, false)).toBe('straddles');
  });
});
