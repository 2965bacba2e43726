import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { seedWithoutVariantsResult } from '../_lib/seedResults.js';
import { seedWithoutVariants } from './_seed.js';

describe('a scheme-wide ceiling in a scenario (pli.enrolments[].schemeClaims)', () => {
  it('scales the enrolment’s claim pro rata and carries the reduction into the result', () => {
    const plain = seedWithoutVariantsResult();
    const json = seedWithoutVariants();
    const pli = json.pli as { enrolments: Record<string, unknown>[] };
    const lsem = pli.enrolments[0] as Record<string, unknown>;
    // FY2022-23 is a reported ceiling year of the preset (₹8,425 crore); claims of ₹16,850 crore
    // halve every claim.
    lsem.schemeClaims = {
      assumption: 'all beneficiaries claim twice the outlay in FY2022-23 (illustrative)',
      years: [{ year: 'FY2022-23', totalClaims: '₹16,850 crore' }],
    };
    const capped = runScenario(parseScenario(json));
    const year = (r: typeof plain) =>
      r.pli?.enrolments[0]?.years.find((y) => y.year === 'FY2022-23');
    const before = year(plain)?.incentive.amount;
    const after = year(capped);
    expect(before?.isZero()).toBe(false);
    expect(after?.schemeCeiling?.factor.toFixed()).toBe('0.5');
    expect(after?.incentive.amount.toFixed()).toBe(
      before?.dividedBy(2).toDecimalPlaces(2).toFixed(),
    );
    expect(
      after?.schemeCeiling?.reduction.amount.plus(after.incentive.amount).equals(before ?? 0),
    ).toBe(true);
    expect(year(plain)?.schemeCeiling).toBeNull();
    // Other years are untouched.
    const other = (r: typeof plain) =>
      r.pli?.enrolments[0]?.years.find((y) => y.year === 'FY2023-24')?.incentive.amount.toFixed();
    expect(other(capped)).toBe(other(plain));
  });
});
