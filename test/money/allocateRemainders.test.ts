import { describe, expect, it } from 'vitest';
import { allocate, inr } from '../../src/money/index.js';

const paise = (parts: readonly { amount: { toFixed(): string } }[]) =>
  parts.map((p) => p.amount.toFixed());

describe('allocate: who gets the leftover units', () => {
  it('breaks ties in the order of the parts, under every rule', () => {
    expect(paise(allocate(inr('0.02'), [1, 1, 1]))).toEqual(['0.01', '0.01', '0']);
    expect(paise(allocate(inr('0.02'), [1, 1, 1], { remainder: 'largest-ratio' }))).toEqual([
      '0.01',
      '0.01',
      '0',
    ]);
    expect(paise(allocate(inr('0.02'), ['1', '1', '1'], { remainder: 'first' }))).toEqual([
      '0.01',
      '0.01',
      '0',
    ]);
  });

  it('never gives a leftover unit to a part of weight zero, and loses none', () => {
    expect(paise(allocate(inr('0.05'), [0, 1, 1], { remainder: 'first' }))).toEqual([
      '0',
      '0.03',
      '0.02',
    ]);
    expect(paise(allocate(inr('0.05'), [0, 1, 1]))).toEqual(['0', '0.03', '0.02']);
    expect(paise(allocate(inr('-0.05'), [0, 1, 1]))).toEqual(['0', '-0.03', '-0.02']);
  });

  it('ranks by the larger ratio, then by the larger remainder', () => {
    expect(paise(allocate(inr('0.10'), [1, 2, 3, 4], { remainder: 'largest-ratio' }))).toEqual([
      '0.01',
      '0.02',
      '0.03',
      '0.04',
    ]);
    expect(paise(allocate(inr('0.07'), [1, 3], { remainder: 'largest-ratio' }))).toEqual([
      '0.01',
      '0.06',
    ]);
    expect(paise(allocate(inr('0.07'), [3, 1]))).toEqual(['0.05', '0.02']);
  });
});
