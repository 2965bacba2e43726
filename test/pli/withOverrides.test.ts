import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ValidationError } from '../../src/core/errors.js';
import { crore } from '../../src/money/index.js';
import {
  applySchemeCeiling,
  getPliScheme,
  PLI_PRESETS,
  type PliSchemeOverrides,
  withOverrides,
} from '../../src/pli/index.js';
import { thrown } from './_scheme.js';

// How withOverrides merges and what it refuses (#11, PLI mutation survivors): objects merge key
// by key, arrays, Decimals and null replace whole, `undefined` leaves a value as it is; unsafe
// keys are refused before anything merges; the merged scheme is validated under its own name.

const thrownError = (run: () => unknown) => thrown(run) as ValidationError;

describe('withOverrides', () => {
  it('refuses a prototype key in the patch, naming its path, before merging', () => {
    const patch = JSON.parse('{"categories":{"__proto__":{"polluted":1}}}') as PliSchemeOverrides;
    const error = thrownError(() => withOverrides(getPliScheme('lsem-2020'), patch));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/^\[crorecast\] invalid PLI scheme overrides:\n {2}- categories/);
    expect(error.issues.map((i) => i.path)).toEqual(['categories.__proto__']);
  });

  it('validates the merged scheme under its id', () => {
    const error = thrownError(() =>
      withOverrides(getPliScheme('telecom-2021'), { tenure: { years: 0 } }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('invalid PLI scheme "telecom-2021" with overrides:');
    expect(error.issues[0]?.path).toBe('tenure.years');
    // A patch that replaces the whole scheme with something else is named as such.
    const whole = thrownError(() => withOverrides(getPliScheme('lsem-2020'), 5 as never));
    expect(whole.message).toContain('invalid PLI scheme "?" with overrides');
  });

  it('merges objects key by key, replaces arrays, Decimals and null whole, skips undefined', () => {
    const lsem = getPliScheme('lsem-2020');
    const merged = withOverrides(lsem, {
      name: undefined,
      rates: { rates: ['0.07', '0.06', '0.05', '0.04', '0.03'] },
      categories: {
        'domestic-mobile': {
          // A Decimal replaces the figure; it is not merged key by key.
          eligibility: { minimumBaseYearRevenue: new Decimal('250') as never },
          thresholds: { sales: { incremental: ['1', '2', '3', '4', '5'] } },
        },
      },
    });
    expect(merged.name).toBe(lsem.name);
    expect(merged.rates?.kind === 'by-year' && merged.rates.rates.map((r) => r?.toFixed())).toEqual(
      ['0.07', '0.06', '0.05', '0.04', '0.03'],
    );
    const domestic = merged.categories['domestic-mobile'];
    expect(domestic?.eligibility?.minimumBaseYearRevenue.toFixed()).toBe('250');
    expect(domestic?.eligibility?.strict).toBe(true);
    expect(domestic?.thresholds.sales?.incremental.map((x) => x?.toFixed())).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    // Untouched: the investment thresholds beside the patched sales, other categories.
    expect(domestic?.thresholds.investment).toEqual(
      lsem.categories['domestic-mobile']?.thresholds.investment,
    );
    expect(merged.categories.components).toEqual(lsem.categories.components);
    expect(Object.isFrozen(merged)).toBe(true);
    // A scheme given as data (not parsed) is merged and parsed the same way.
    const fromData = withOverrides(PLI_PRESETS['lsem-2020'], { name: 'LSEM as approved' });
    expect(fromData.name).toBe('LSEM as approved');
    expect(
      fromData.categories['domestic-mobile']?.thresholds.sales?.incremental[0]?.toFixed(),
    ).toBe('500');
    // A null replaces a figure (here: an unknown threshold).
    const unknown = withOverrides(getPliScheme('it-hardware-2021'), {
      categories: { global: { thresholds: { sales: { incremental: ['1', null, null, null] } } } },
    });
    expect(unknown.categories.global?.thresholds.sales?.incremental[1]).toBeNull();
  });

  it('gives the same scheme for the same patch of a parsed scheme, a fresh one for data', () => {
    const lsem = getPliScheme('lsem-2020');
    const a = withOverrides(lsem, { name: 'Mine' });
    expect(withOverrides(lsem, { name: 'Mine' })).toBe(a);
    expect(withOverrides(lsem, { name: 'Other' })).not.toBe(a);
    const data = PLI_PRESETS['lsem-2020'];
    expect(withOverrides(data, { name: 'Mine' })).not.toBe(withOverrides(data, { name: 'Mine' }));
  });
});

describe('withOverrides at the edges of a patch', () => {
  it('an undefined patch or member leaves the scheme as it is; null replaces and is then validated', () => {
    const lsem = getPliScheme('lsem-2020');
    expect(withOverrides(lsem, undefined as never)).toEqual(lsem);
    // An undefined member the scheme does not have adds no key.
    const it1 = withOverrides(getPliScheme('it-hardware-2021'), { firstYearPart: undefined });
    expect('firstYearPart' in it1).toBe(false);
    const nullTenure = thrownError(() => withOverrides(lsem, { tenure: null } as never));
    expect(nullTenure).toBeInstanceOf(ValidationError);
    expect(nullTenure.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'tenure: expected an object, got null',
    ]);
    const nullPatch = thrownError(() => withOverrides(lsem, null as never));
    expect(nullPatch.message).toContain('invalid PLI scheme "?" with overrides');
    const noId = thrownError(() => withOverrides({} as never, {}));
    expect(noId.message).toContain('invalid PLI scheme "?" with overrides');
    expect(noId.issues[0]?.path).toBe('id');
  });
});

describe('applySchemeCeiling at its edges', () => {
  it('claims equal to the ceiling do not bind; a stated total equal to the claim is kept', () => {
    const at = applySchemeCeiling(crore(100), crore(500), crore(500));
    expect(at.binds).toBe(false);
    expect(at.factor.toFixed()).toBe('1');
    expect(at.paid).toEqual(crore(100));
    expect(at.reduction.amount.toFixed()).toBe('0');
    expect(at.ceiling).toEqual(crore(500));
    expect(at.claim).toEqual(crore(100));
    const own = applySchemeCeiling(crore(100), crore(50), crore(100));
    expect(own.totalClaims).toEqual(crore(100));
    expect(own.factor.toFixed()).toBe('0.5');
    expect(own.paid).toEqual(crore(50));
    expect(own.reduction).toEqual(crore(50));
  });
});
