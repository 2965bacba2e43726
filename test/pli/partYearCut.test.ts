import { describe, expect, it } from 'vitest';
import { claimedMonths, partYearOf } from '../../src/pli/_lib/partYear.js';
import { getPliScheme, PliFirstYearPart } from '../../src/pli/index.js';

// The first scheme year's counted part and a claim's months: the 12-month cut and the edges of
// the fiscal year April–March (PLI-formula survivors, #11).
const withPart = (fromMonth: number, baseYear: 'pro-rata' | 'whole') => ({
  ...getPliScheme('lsem-2020'),
  firstYearPart: PliFirstYearPart.parse({ fromMonth, baseYear, confidence: 'unconfirmed' }),
});

describe('partYearOf', () => {
  it('a part from 1 April is the whole fiscal year: no part-year cut', () => {
    expect(partYearOf(withPart(4, 'pro-rata'))).toBeNull();
  });

  it('from 1 August counts 8 months; from 1 March only March', () => {
    const august = partYearOf(withPart(8, 'pro-rata'));
    expect(august?.months).toBe(8);
    expect(august?.share.times(12).toFixed()).toBe('8');
    expect(august?.from).toBe('1 August');
    expect(partYearOf(withPart(3, 'pro-rata'))?.months).toBe(1);
  });

  it('says whether the base year is taken pro rata or whole', () => {
    expect(partYearOf(withPart(8, 'pro-rata'))?.proRataBase).toBe(true);
    expect(partYearOf(withPart(8, 'whole'))?.proRataBase).toBe(false);
  });
});

describe('claimedMonths', () => {
  it('counts from the claimed month to March: April is all 12 months, March is one', () => {
    expect(claimedMonths('2021-04', 2021)).toBe(12);
    expect(claimedMonths('2021-08', 2021)).toBe(8);
    expect(claimedMonths('2022-03', 2021)).toBe(1);
  });

  it('a month outside the fiscal year, or no month at all, is no claim', () => {
    expect(claimedMonths('2021-03', 2021)).toBeUndefined();
    expect(claimedMonths('2022-04', 2021)).toBeUndefined();
    expect(claimedMonths('2021', 2021)).toBeUndefined();
  });
});
