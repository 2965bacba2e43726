import { describe, expect, it } from 'vitest';
import { crore } from '../../src/money/index.js';
import { headroomOf } from '../../src/pli/_lib/headroom.js';

// The headroom figures of a year (`PliHeadroom`'s documented contract) where a threshold is
// absent, zero or missed, and where the year counted no sales (PLI-formula survivors, #11).
const check = (required: number | null, actual: number) => ({
  required: required === null ? null : crore(required),
  actual: crore(actual),
});
const text = (m: { amount: { toFixed(): string } } | null) =>
  m === null ? null : m.amount.toFixed();

describe('headroomOf', () => {
  it('without a sales threshold, every sales figure is null; investment headroom stays', () => {
    const h = headroomOf(check(50, 60), check(null, 900), crore(900));
    expect(text(h.investment)).toBe('100000000'); // 60 − 50 = ₹10 crore
    expect(h.sales).toBeNull();
    expect(h.salesMultiple).toBeNull();
    expect(h.salesFallToLose).toBeNull();
    expect(h.salesFallShare).toBeNull();
  });

  it('without an investment threshold, investment headroom is null and sales figures stay', () => {
    const h = headroomOf(check(null, 60), check(500, 1000), crore(1000));
    expect(h.investment).toBeNull();
    expect(text(h.sales)).toBe('5000000000'); // 1,000 − 500
    expect(h.salesMultiple?.toFixed()).toBe('2');
    expect(text(h.salesFallToLose)).toBe('5000000000');
    expect(h.salesFallShare?.toFixed()).toBe('0.5');
  });

  it('a zero sales threshold gives no multiple (not a division by zero)', () => {
    const h = headroomOf(check(0, 0), check(0, 300), crore(300));
    expect(text(h.sales)).toBe('3000000000');
    expect(h.salesMultiple).toBeNull();
    expect(h.salesFallShare?.toFixed()).toBe('1');
  });

  it('a missed threshold leaves no fall to lose; no counted sales give no fall share', () => {
    const h = headroomOf(check(50, 40), check(500, 400), crore(0));
    expect(text(h.investment)).toBe('-100000000');
    expect(text(h.sales)).toBe('-1000000000');
    expect(h.salesMultiple?.toFixed()).toBe('0.8');
    expect(text(h.salesFallToLose)).toBe('0');
    expect(h.salesFallShare).toBeNull();
  });
});
