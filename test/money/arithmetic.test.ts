import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentError, InvalidAmountError } from '../../src/core/errors.js';
import {
  abs,
  add,
  assertSameCurrency,
  CurrencyMismatchError,
  compare,
  crore,
  DivisionByZeroError,
  divide,
  equals,
  inr,
  isNegative,
  isPositive,
  isZero,
  lakh,
  type Money,
  max,
  min,
  money,
  multiply,
  negate,
  ratio,
  subtract,
  sum,
  usd,
} from '../../src/money/index.js';
import { decimalText } from './arbitraries.js';

// A USD value typed as INR, as it arrives from JSON typed loosely: only the run-time guard stops it.
const dollarsAsRupees = usd(1) as Money as Money<'INR'>;

describe('add', () => {
  it('adds exactly', () => {
    expect(add(crore(1350), lakh(50)).amount.toFixed()).toBe('13505000000');
    expect(add(inr('0.1'), inr('0.2')).amount.toFixed()).toBe('0.3');
    expect(add(inr(`1${'0'.repeat(30)}`), inr('0.01')).amount.toFixed()).toBe(
      `1${'0'.repeat(30)}.01`,
    );
  });

  it('throws CurrencyMismatchError naming both currencies', () => {
    expect(() => add(inr(1), dollarsAsRupees)).toThrow(CurrencyMismatchError);
    expect(() => add(inr(1), dollarsAsRupees)).toThrow('INR and USD');
    try {
      add(inr(1), dollarsAsRupees);
    } catch (e) {
      expect((e as CurrencyMismatchError).currencies).toEqual(['INR', 'USD']);
      expect((e as CurrencyMismatchError).code).toBe('CURRENCY_MISMATCH');
    }
  });

  it('does not mutate its input', () => {
    const a = inr('1.5');
    const b = inr('2.5');
    add(a, b);
    expect([a.amount.toFixed(), b.amount.toFixed()]).toEqual(['1.5', '2.5']);
  });

  it('is inverted by subtract (property)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        const a = inr(x);
        const b = inr(y);
        expect(equals(subtract(add(a, b), b), a)).toBe(true);
        expect(equals(add(subtract(a, b), b), a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('subtract', () => {
  it('subtracts exactly', () => {
    expect(subtract(crore(38000), crore(1350)).amount.toFixed()).toBe('366500000000');
    expect(subtract(inr(0), inr('0.01')).amount.toFixed()).toBe('-0.01');
  });

  it('rejects mixed currencies', () => {
    expect(() => subtract(inr(1), dollarsAsRupees)).toThrow(CurrencyMismatchError);
  });
});

describe('multiply', () => {
  it('keeps full precision (no rounding to paise)', () => {
    expect(multiply(crore(1350), '0.04').amount.toFixed()).toBe('540000000');
    expect(multiply(inr('10.01'), '0.333').amount.toFixed()).toBe('3.33333');
    expect(multiply(inr('0.01'), '0.0001').amount.toFixed()).toBe('0.000001');
    expect(multiply(usd(3), 2n).amount.toFixed()).toBe('6');
  });

  it('rejects a non-numeric factor', () => {
    expect(() => multiply(inr(1), 'ten')).toThrow(InvalidAmountError);
    expect(() => multiply(inr(1), Number.NaN)).toThrow('factor NaN');
  });
});

describe('divide', () => {
  it('divides with 40 significant digits', () => {
    expect(divide(crore(1350), 5).amount.toFixed()).toBe('2700000000');
    expect(divide(inr(100), 3).amount.toFixed()).toBe(`33.${'3'.repeat(38)}`);
  });

  it('throws DivisionByZeroError on zero', () => {
    expect(() => divide(inr(1), 0)).toThrow(DivisionByZeroError);
    expect(() => divide(inr(1), '0.000')).toThrow('division by zero');
  });

  it('points money-by-money division to ratio', () => {
    expect(() => divide(inr(1), inr(2) as never)).toThrow(ArgumentError);
    expect(() => divide(inr(1), inr(2) as never)).toThrow('ratio(a, b)');
  });
});

describe('negate', () => {
  it('flips the sign, never producing -0', () => {
    expect(negate(lakh(25)).amount.toFixed()).toBe('-2500000');
    expect(negate(inr(0)).amount.isNegative()).toBe(false);
    expect(negate(negate(inr('1.23'))).amount.toFixed()).toBe('1.23');
  });
});

describe('abs', () => {
  it('drops the sign', () => {
    expect(abs(inr(-25)).amount.toFixed()).toBe('25');
    expect(abs(inr(25)).amount.toFixed()).toBe('25');
  });
});

describe('sum', () => {
  it('adds a list exactly', () => {
    expect(sum([crore(1350), crore(650), inr('0.01')], 'INR').amount.toFixed()).toBe(
      '20000000000.01',
    );
  });

  it('gives zero of the currency for an empty list', () => {
    const s = sum([], 'USD');
    expect(s.currency).toBe('USD');
    expect(isZero(s)).toBe(true);
  });

  it('rejects an item in another currency, naming its index', () => {
    expect(() => sum([inr(1), dollarsAsRupees], 'INR')).toThrow(/sum \(item 1\): INR and USD/);
  });
});

describe('min / max', () => {
  it('pick the extreme value', () => {
    expect(min(crore(2), lakh(150), crore(3)).amount.toFixed()).toBe('15000000');
    expect(max(crore(2), lakh(150), crore(3)).amount.toFixed()).toBe('30000000');
    expect(min(inr(5)).amount.toFixed()).toBe('5');
  });

  it('return the first on a tie', () => {
    const a = inr('1.5');
    const b = inr('1.50');
    expect(min(a, b)).toBe(a);
    expect(max(a, b)).toBe(a);
  });

  it('reject an empty spread', () => {
    const none: Money<'INR'>[] = [];
    expect(() => min(...(none as [Money<'INR'>]))).toThrow('min needs at least one Money value');
    expect(() => max(...(none as [Money<'INR'>]))).toThrow(ArgumentError);
  });

  it('reject mixed currencies', () => {
    expect(() => min(inr(1), dollarsAsRupees)).toThrow(CurrencyMismatchError);
    expect(() => max(inr(1), dollarsAsRupees)).toThrow(CurrencyMismatchError);
  });
});

describe('compare', () => {
  it('orders amounts', () => {
    expect(compare(crore(1), lakh(100))).toBe(0);
    expect(compare(inr(1), inr(2))).toBe(-1);
    expect(compare(inr(2), inr(-2))).toBe(1);
    expect([inr(3), inr(1), inr(2)].sort(compare).map((m) => m.amount.toNumber())).toEqual([
      1, 2, 3,
    ]);
  });

  it('rejects mixed currencies', () => {
    expect(() => compare(inr(1), dollarsAsRupees)).toThrow(CurrencyMismatchError);
  });
});

describe('equals', () => {
  it('compares currency and value', () => {
    expect(equals(crore(1), lakh(100))).toBe(true);
    expect(equals(inr('1.5'), inr('1.50'))).toBe(true);
    expect(equals(inr(0), usd(0))).toBe(false);
    expect(equals(inr(1), inr(2))).toBe(false);
  });
});

describe('isZero / isNegative / isPositive', () => {
  it('classify the sign exactly', () => {
    expect([isZero(inr(0)), isNegative(inr(0)), isPositive(inr(0))]).toEqual([true, false, false]);
    expect([isZero(inr('-0.001')), isNegative(inr('-0.001'))]).toEqual([false, true]);
    expect(isPositive(inr('1e-30'))).toBe(true);
  });
});

describe('ratio', () => {
  it('divides money by money to a Decimal', () => {
    expect(ratio(crore(1350), crore(38000)).toFixed(6)).toBe('0.035526');
    expect(ratio(crore(1), lakh(1)).toFixed()).toBe('100');
  });

  it('throws on a zero denominator and on mixed currencies', () => {
    expect(() => ratio(inr(1), inr(0))).toThrow(DivisionByZeroError);
    expect(() => ratio(inr(1), dollarsAsRupees)).toThrow(CurrencyMismatchError);
  });
});

describe('assertSameCurrency', () => {
  it('passes on the same currency and throws otherwise', () => {
    expect(() => assertSameCurrency(inr(1), inr(2))).not.toThrow();
    expect(() => assertSameCurrency(inr(1), dollarsAsRupees, 'test')).toThrow(
      'currency mismatch in test: INR and USD',
    );
  });
});

describe('exactness far beyond 2^53 paise', () => {
  it('stays exact at 10^30 rupees (property)', () => {
    const big = inr(`1${'0'.repeat(30)}`);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), (paise) => {
        const small = multiply(money(paise, 'INR'), '0.01');
        const totalPaise = 10n ** 32n + paise;
        const expected = `${totalPaise / 100n}.${(totalPaise % 100n).toString().padStart(2, '0')}`;
        const total = add(big, small);
        expect(total.amount.toFixed(2)).toBe(expected);
        expect(subtract(total, big).amount.equals(small.amount)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
