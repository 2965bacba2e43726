import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { crore, inr } from '../../src/money/index.js';
import {
  checkCompanyEligibility,
  getPliScheme,
  PliError,
  withOverrides,
} from '../../src/pli/index.js';
import { thrown } from './_scheme.js';

// Company-level eligibility (#11, PLI mutation survivors): each verb of its reason, the strict
// (>) and non-strict (≥) minimum at the boundary, a category without a minimum, and the errors.

describe('checkCompanyEligibility', () => {
  it('checks the company figures, the scheme and the category, naming each', () => {
    const lsem = getPliScheme('lsem-2020');
    const money = thrown(() =>
      checkCompanyEligibility(lsem, 'domestic-mobile', { baseYearRevenue: 'lots' as never }),
    );
    expect(money).toBeInstanceOf(ValidationError);
    expect((money as Error).message).toContain('company figures');
    expect((money as Error).message).toContain('baseYearRevenue');
    const usd = thrown(() =>
      checkCompanyEligibility(lsem, 'domestic-mobile', {
        baseYearRevenue: { amount: '1', currency: 'USD' },
      }),
    );
    expect((usd as Error).message).toContain(
      'baseYearRevenue: must be in INR (PLI is paid in rupees), got USD',
    );
    const extra = thrown(() =>
      checkCompanyEligibility(lsem, 'domestic-mobile', {
        baseYearRevenue: crore(1),
        staff: 3,
      } as never),
    );
    expect(extra).toBeInstanceOf(ValidationError);
    const category = thrown(() => checkCompanyEligibility(lsem, '', { baseYearRevenue: crore(1) }));
    expect(category).toBeInstanceOf(ValidationError);
    expect((category as Error).message).toContain('category');
    const scheme = thrown(() =>
      checkCompanyEligibility({ id: 'x' } as never, 'main', { baseYearRevenue: crore(1) }),
    );
    expect(scheme).toBeInstanceOf(ValidationError);
    expect((scheme as Error).message).toContain('PLI scheme');
    const unknown = thrown(() =>
      checkCompanyEligibility(lsem, 'laptops', { baseYearRevenue: crore(1) }),
    );
    expect(unknown).toBeInstanceOf(PliError);
    expect((unknown as PliError).code).toBe('PLI_UNKNOWN_CATEGORY');
    expect((unknown as Error).message).toBe(
      '[crorecast] unknown category "laptops" of lsem-2020; categories: global-mobile, domestic-mobile, components',
    );
    // A name only the prototype has is not a category.
    expect(
      (
        thrown(() =>
          checkCompanyEligibility(lsem, 'toString', { baseYearRevenue: crore(1) }),
        ) as PliError
      ).code,
    ).toBe('PLI_UNKNOWN_CATEGORY');
  });

  it('a strict minimum must be exceeded: the reason says "exceeds" or "does not exceed"', () => {
    const lsem = getPliScheme('lsem-2020');
    const above = checkCompanyEligibility(lsem, 'domestic-mobile', {
      baseYearRevenue: inr('1000000001'),
    });
    expect(above).toEqual({
      eligible: true,
      baseYearRevenue: { required: crore(100), actual: inr('1000000001'), met: true },
      reasons: ['base-year revenue ₹100.00 crore exceeds the ₹100 crore minimum'],
    });
    const at = checkCompanyEligibility(lsem, 'domestic-mobile', { baseYearRevenue: crore(100) });
    expect(at.eligible).toBe(false);
    expect(at.baseYearRevenue.met).toBe(false);
    expect(at.baseYearRevenue.required?.amount.toFixed()).toBe('1000000000');
    expect(at.reasons).toEqual([
      'base-year revenue ₹100 crore does not exceed the ₹100 crore minimum',
    ]);
    expect(Object.isFrozen(at)).toBe(true);
    expect(Object.isFrozen(at.baseYearRevenue)).toBe(true);
    expect(Object.isFrozen(at.reasons)).toBe(true);
  });

  it('a non-strict minimum is met at the minimum: "meets" or "is below"', () => {
    const scheme = withOverrides(getPliScheme('lsem-2020'), {
      categories: { 'domestic-mobile': { eligibility: { strict: false } } },
    });
    const at = checkCompanyEligibility(scheme, 'domestic-mobile', { baseYearRevenue: crore(100) });
    expect(at.eligible).toBe(true);
    expect(at.baseYearRevenue.met).toBe(true);
    expect(at.reasons).toEqual(['base-year revenue ₹100 crore meets the ₹100 crore minimum']);
    const below = checkCompanyEligibility(scheme, 'domestic-mobile', {
      baseYearRevenue: inr('999999999'),
    });
    expect(below.eligible).toBe(false);
    expect(below.reasons).toEqual([
      'base-year revenue ₹100.00 crore is below the ₹100 crore minimum',
    ]);
  });

  it('a category without a minimum is eligible, saying so', () => {
    const result = checkCompanyEligibility(getPliScheme('lsem-2020'), 'components', {
      baseYearRevenue: { amount: '0', currency: 'INR' },
    });
    expect(result).toEqual({
      eligible: true,
      baseYearRevenue: { required: null, actual: inr(0), met: true },
      reasons: ['lsem-2020 sets no company-level minimum for components'],
    });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.baseYearRevenue)).toBe(true);
    expect(Object.isFrozen(result.reasons)).toBe(true);
  });

  it('reads a minimum written in lakh', () => {
    const scheme = withOverrides(getPliScheme('lsem-2020'), {
      amountUnit: 'lakh',
      categories: { 'domestic-mobile': { eligibility: { minimumBaseYearRevenue: '50' } } },
    });
    const r = checkCompanyEligibility(scheme, 'domestic-mobile', { baseYearRevenue: inr(5000001) });
    expect(r.baseYearRevenue.required?.amount.toFixed()).toBe('5000000');
    expect(r.eligible).toBe(true);
  });
});
