import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError } from '../../src/core/errors.js';
import { irr, irrAll, NoSolutionError, npv } from '../../src/finance/index.js';
import { crore, inr } from '../../src/money/constructors.js';
import { expectClose } from './helpers.js';

describe('irr', () => {
  it('solves two flows in closed form', () => {
    expect(irr([-100, 110]).toString()).toBe('0.1');
    // (121/100)^(1/2) − 1, with zero flows in between ignored.
    expect(irr([-100, 0, 121]).toString()).toBe('0.1');
  });

  it('finds rates just above −100% (where Newton from 10% diverges)', () => {
    // NPV = −1,000,000 + 0.5v + 0.5v²: the root is v = 1413.7…, rate −99.93%.
    const value = irr([-1_000_000, 0.5, 0.5]);
    expectClose(npv(value, [-1_000_000, 0.5, 0.5], { firstFlowAt: 0 }), 0, 1e-20);
    expect(value.greaterThan(-1)).toBe(true);
    expect(value.lessThan('-0.999')).toBe(true);
    // A 10^12-fold loss over 3 periods: rate = 10^−4 − 1, exactly representable.
    expectClose(irr([-1e12, 0, 0, 1]), '-0.9999', 1e-25);
  });

  it('finds very large rates', () => {
    // (1 + r)² − 10⁶(1 + r) − 10⁶ = 0 → 1 + r = (10⁶ + √(10¹² + 4·10⁶)) / 2.
    const value = irr([-1, 1e6, 1e6]);
    expectClose(value, '999999.999999000001999995000013999958000132', 1e-25);
  });

  it('finds the unique root whatever the guess', () => {
    const flows = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];
    const expected = irr(flows);
    for (const guess of ['-0.99', '-0.5', '0', '0.5', '5', '1000']) {
      expect(irr(flows, { guess }).toString()).toBe(expected.toString());
    }
    expectClose(expected, '0.0866309480365316142930942025084777194662', 1e-25);
  });

  it('returns the root nearest the guess when there are several', () => {
    // −1 + 6v − 11v² + 6v³ = −(v − 1)(2v − 1)(3v − 1)·… has roots v = 1, 1/2, 1/3: rates 0%, 100%, 200%.
    const flows = [-1, 6, -11, 6];
    expect(irr(flows).toString()).toBe('0');
    expect(irr(flows, { guess: 0.8 }).toString()).toBe('1');
    expect(irr(flows, { guess: 3 }).toString()).toBe('2');
    // Ties go to the lower root.
    expect(irr(flows, { guess: 0.5 }).toString()).toBe('0');
  });

  it('ignores leading zeros (a shift in time leaves the rate unchanged)', () => {
    expect(irr([0, 0, -100, 0, 121]).toString()).toBe('0.1');
  });

  it('accepts Money flows of one currency and strings', () => {
    expect(irr([crore(-100), crore(110)]).toString()).toBe('0.1');
    expect(irr(['-100', '110']).toString()).toBe('0.1');
  });

  it('is verified: NPV at the IRR is zero to 1e-25 of the flows', () => {
    const flows = [-1350, -400, 120, 380, 520, 640, 700, -150, 800];
    const value = irr(flows);
    expectClose(npv(value, flows, { firstFlowAt: 0 }), 0, 1e-25);
  });

  it('handles long monthly streams quickly', () => {
    const flows = [-5_000_000, ...Array.from({ length: 360 }, (_, k) => 30_000 + (k % 12) * 500)];
    const started = performance.now();
    const value = irr(flows);
    expect(performance.now() - started).toBeLessThan(2_000);
    expectClose(npv(value, flows, { firstFlowAt: 0 }), 0, 1e-20);
  });

  it('throws NoSolutionError when the flows never change sign', () => {
    expect(() => irr([100, 200])).toThrow(NoSolutionError);
    expect(() => irr([100, 200])).toThrow(/never change sign/);
    expect(() => irr([-100, -200, 0])).toThrow(NoSolutionError);
    expect(() => irr([0, 0])).toThrow(NoSolutionError);
    try {
      irr([inr(5)]);
    } catch (error) {
      expect(error).toBeInstanceOf(NoSolutionError);
      expect((error as NoSolutionError).code).toBe('NO_SOLUTION');
      expect((error as NoSolutionError).reason).toBe('no-sign-change');
    }
  });

  it('throws NoSolutionError when the NPV never crosses zero despite sign changes', () => {
    // 1 − 3v + 3v² > 0 for every v.
    expect(() => irr([1, -3, 3])).toThrow(NoSolutionError);
    expect(() => irr([1, -3, 3])).toThrow(/does not cross zero/);
  });

  it('rejects a guess at or below −100%', () => {
    expect(() => irr([-100, 110], { guess: -1 })).toThrow(ArgumentError);
    expect(() => irr([-100, 110], { guess: -1 })).toThrow(/guess -1 must be greater than -1/);
  });

  it('does not mutate its input', () => {
    const flows = Object.freeze([-100, 50, 60]);
    const copy = [...flows];
    irr(flows);
    expect(flows).toEqual(copy);
  });
});

describe('irrAll', () => {
  it('finds every root, ascending', () => {
    expect(irrAll([-1, 6, -11, 6]).map(String)).toEqual(['0', '1', '2']);
    expect(irrAll([-100, 230, -132]).map(String)).toEqual(['0.1', '0.2']);
  });

  it('returns the single root of conventional flows', () => {
    const all = irrAll([-70_000, 12_000, 15_000, 18_000, 21_000]);
    expect(all).toHaveLength(1);
    expect(all[0]?.toString()).toBe(irr([-70_000, 12_000, 15_000, 18_000, 21_000]).toString());
  });

  it('returns an empty list when the NPV never crosses zero', () => {
    expect(irrAll([1, -3, 3])).toEqual([]);
  });

  it('throws NoSolutionError without a sign change', () => {
    expect(() => irrAll([1, 2, 3])).toThrow(NoSolutionError);
  });

  it('every root makes the NPV zero', () => {
    const flows = [-10, 50, -85, 50, 1];
    const roots = irrAll(flows);
    expect(roots.length).toBeGreaterThan(0);
    for (const root of roots) {
      expect(root).toBeInstanceOf(Decimal);
      expectClose(npv(root, flows, { firstFlowAt: 0 }), 0, 1e-25);
    }
  });
});
