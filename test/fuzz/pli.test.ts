import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { inr } from '../../src/money/index.js';
import {
  checkCompanyEligibility,
  findDoubleClaims,
  getPliScheme,
  pliRulesInForce,
} from '../../src/pli/index.js';
import { fuzzTargets } from './harness.js';
import { PLI_TARGETS } from './targets.js';

describe('pli fuzz (issue 11)', { timeout: 300_000 }, () => {
  it('the valid arguments evaluate', () => {
    for (const t of PLI_TARGETS) expect(() => t.call(...t.args())).not.toThrow();
  });

  it('every PLI function with mutated schemes, enrolments, years, claims and options', () => {
    fuzzTargets('pli', PLI_TARGETS, 25);
  });
});

// Found by the fuzz: each was an untyped TypeError or DecimalError before the fix.
describe('pli regressions (issue 11)', () => {
  const lsem = getPliScheme('lsem-2020');

  it('findDoubleClaims checks its claims', () => {
    // Was: TypeError "items.forEach is not a function".
    expect(() => findDoubleClaims([{ id: 'a', goods: ['x'], investments: 5 }] as never)).toThrow(
      '[0].investments',
    );
    expect(() => findDoubleClaims(null as never)).toThrow(ValidationError);
  });

  it('checkCompanyEligibility and pliRulesInForce check the scheme they are given', () => {
    // Was: DecimalError "Invalid argument: undefined" (amountUnit mutated), TypeError on versions.
    const broken = { ...lsem, amountUnit: 'furlongs' };
    const call = () =>
      checkCompanyEligibility(broken as never, 'domestic-mobile', { baseYearRevenue: inr(1) });
    expect(call).toThrow(ValidationError);
    expect(call).toThrow('amountUnit');
    expect(() => pliRulesInForce({ ...lsem, versions: 5 } as never)).toThrow('versions');
    expect(() => pliRulesInForce(undefined as never)).toThrow(ValidationError);
  });
});
