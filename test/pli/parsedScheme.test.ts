import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { inr } from '../../src/money/constructors.js';
import { DerivedSchemes, dataKey, isParsedScheme } from '../../src/pli/_lib/parsedScheme.js';
import {
  evaluatePli,
  getPliScheme,
  PliScheme,
  pliRulesInForce,
  withOverrides,
} from '../../src/pli/index.js';
import { rulesInForce } from '../../src/pli/pliRulesInForce.js';

const cap = (amount: string) => ({
  categories: {
    'domestic-mobile': {
      caps: [
        {
          kind: 'eligible-sales-per-year' as const,
          amounts: [amount, amount, amount, amount, amount],
          confidence: 'unconfirmed' as const,
        },
      ],
    },
  },
});

describe('parsed schemes compose without re-validation', () => {
  it('marks the schemes the PLI layer parsed and froze, and no others', () => {
    const lsem = getPliScheme('lsem-2020');
    expect(isParsedScheme(lsem)).toBe(true);
    expect(isParsedScheme(withOverrides(lsem, cap('6000')))).toBe(true);
    expect(isParsedScheme(pliRulesInForce(lsem).scheme)).toBe(true);
    // Parsed by the schema directly: not frozen by crorecast, so not taken on trust.
    expect(isParsedScheme(PliScheme.parse(lsem))).toBe(false);
    expect(isParsedScheme({ ...lsem })).toBe(false);
    expect(isParsedScheme(null)).toBe(false);
  });

  it('gives the same overridden scheme for the same patch, a new one for another', () => {
    const lsem = getPliScheme('lsem-2020');
    const a = withOverrides(lsem, cap('6000'));
    expect(withOverrides(lsem, cap('6000'))).toBe(a);
    const b = withOverrides(lsem, cap('5000'));
    expect(b).not.toBe(a);
    const amounts = (s: PliScheme) => {
      const first = s.categories['domestic-mobile']?.caps?.[0];
      return first !== undefined && 'amounts' in first
        ? first.amounts.map((x: { toFixed(): string } | null) => x?.toFixed())
        : undefined;
    };
    expect(amounts(b)).toEqual(['5000', '5000', '5000', '5000', '5000']);
    expect(amounts(a)).toEqual(['6000', '6000', '6000', '6000', '6000']);
    // An invalid patch still fails every time (nothing invalid is remembered).
    expect(() => withOverrides(lsem, cap('-1'))).toThrow(/must not be negative/);
    expect(() => withOverrides(lsem, cap('-1'))).toThrow(/must not be negative/);
  });

  it('gives the same rules for the same versions, and evaluates alike', () => {
    const lsem = getPliScheme('lsem-2020');
    // The parsed core is memoised; the public function parses its argument first (issue 11).
    expect(rulesInForce(lsem).scheme).toBe(rulesInForce(lsem).scheme);
    expect(pliRulesInForce(lsem).scheme).toEqual(rulesInForce(lsem).scheme);
    const input = {
      scheme: lsem,
      category: 'domestic-mobile',
      baseYearSales: inr('2000000000'),
      years: [
        { year: 'FY2020-21', netSales: inr('8000000000'), cumulativeInvestment: inr('600000000') },
      ],
    };
    const first = evaluatePli(input);
    const fromPreset = evaluatePli({ ...input, scheme: 'lsem-2020' });
    expect(JSON.stringify(evaluatePli(input))).toBe(JSON.stringify(first));
    expect(JSON.stringify(fromPreset)).toBe(JSON.stringify(first));
  });
});

describe('dataKey', () => {
  it('is equal exactly for equal data', () => {
    expect(dataKey({ a: [1, 'x', null, true], b: undefined })).toBe(
      dataKey({ a: [1, 'x', null, true] }),
    );
    expect(dataKey({ a: 1 })).not.toBe(dataKey({ a: '1' }));
    expect(dataKey(new Decimal('1.50'))).toBe(dataKey(new Decimal('1.5')));
    expect(dataKey(new Decimal('-0'))).not.toBe(dataKey(new Decimal('0')));
    expect(dataKey(-0)).not.toBe(dataKey(0));
    expect(dataKey(inr('5'))).not.toBe(dataKey(new Decimal('5')));
  });

  it('refuses what is not plain data (so it is never cached)', () => {
    expect(dataKey(() => 1)).toBeUndefined();
    expect(dataKey({ a: Number.NaN })).toBeUndefined();
    expect(dataKey([1n])).toBeUndefined();
    expect(dataKey(new Date(0))).toBeUndefined();
    expect(dataKey({ a: { b: Symbol('s') } })).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(dataKey(deep)).toBeUndefined();
  });
});

describe('DerivedSchemes', () => {
  it('keeps at most MAX_PER_SCHEME entries per scheme, dropping the oldest', () => {
    const memo = new DerivedSchemes();
    const base = getPliScheme('telecom-2021');
    for (let i = 0; i <= DerivedSchemes.MAX_PER_SCHEME; i++) memo.set(base, String(i), base);
    expect(memo.get(base, '0')).toBeUndefined();
    expect(memo.get(base, '1')).toBe(base);
    expect(memo.get(base, String(DerivedSchemes.MAX_PER_SCHEME))).toBe(base);
    expect(memo.get(getPliScheme('auto-2021'), '1')).toBeUndefined();
  });
});
