import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { crore } from '../../src/money/index.js';
import {
  evaluatePli,
  PliError,
  PliScheme,
  pliRulesInForce,
  pliSchemeYears,
  withOverrides,
} from '../../src/pli/index.js';
import { testScheme, thrown } from './_scheme.js';

// The rules in force on a date, on a scheme of our own with three versions (#11, PLI mutation
// survivors): which versions apply on each basis, the order rule, the sentence a report prints,
// the errors, the successor, and the version notes an evaluation lists among its assumptions.
const versioned = (patch: Record<string, unknown> = {}) =>
  withOverrides(
    testScheme({
      announced: '2020-03-01',
      versions: [
        {
          id: 'first-change',
          name: 'First change',
          announced: '2020-06-01',
          notified: '2020-07-01',
          changes: { name: 'Test PLI v1' },
          confidence: 'confirmed',
        },
        {
          id: 'second-change',
          name: 'Second change',
          announced: '2020-08-01',
          notified: null,
          changes: { authority: 'Changed' },
          confidence: 'reported',
          note: 'press only',
        },
        {
          id: 'third-change',
          name: 'Third change',
          announced: '2020-09-01',
          notified: '2020-10-01',
          changes: { name: 'Test PLI v3' },
          confidence: 'unconfirmed',
        },
      ],
      ...patch,
    }),
    {},
  );

const FIRST = 'First change (announced 2020-06-01, notified 2020-07-01)';
const SECOND = 'Second change (announced 2020-08-01, notification date not known)';
const THIRD = 'Third change (announced 2020-09-01, notified 2020-10-01)';
const ids = (list: readonly { id: string }[]) => list.map((v) => v.id);

describe('pliRulesInForce on a scheme with three versions', () => {
  it('the latest rules: every version, in order', () => {
    const rules = pliRulesInForce(versioned());
    expect(rules.basis).toBe('latest');
    expect(rules.asOf).toBeNull();
    expect(ids(rules.applied)).toEqual(['first-change', 'second-change', 'third-change']);
    expect(rules.applied[1]).toEqual({
      id: 'second-change',
      name: 'Second change',
      announced: '2020-08-01',
      notified: null,
    });
    expect(rules.notYetNotified).toEqual([]);
    expect(rules.later).toEqual([]);
    expect(rules.successor).toBeNull();
    expect([rules.scheme.name, rules.scheme.authority]).toEqual(['Test PLI v3', 'Changed']);
    expect(rules.scheme.versions).toBeUndefined();
    expect(rules.description).toBe(
      `Evaluated under the latest rules: test-pli with ${FIRST}; ${SECOND}; ${THIRD}.`,
    );
  });

  it('as announced by a date: the versions announced, those not yet notified named', () => {
    const rules = pliRulesInForce(versioned(), { asOf: '2020-09-15' });
    expect(rules.basis).toBe('announced');
    expect(rules.asOf).toBe('2020-09-15');
    expect(ids(rules.applied)).toEqual(['first-change', 'second-change', 'third-change']);
    expect(ids(rules.notYetNotified)).toEqual(['second-change', 'third-change']);
    expect(rules.description).toBe(
      `Evaluated under the rules announced by 2020-09-15: test-pli with ${FIRST}; ${SECOND}; ${THIRD}; Second change, Third change were announced but not yet notified on 2020-09-15.`,
    );
    const one = pliRulesInForce(versioned(), { asOf: '2020-08-01', basis: 'announced' });
    expect(ids(one.applied)).toEqual(['first-change', 'second-change']);
    expect(one.description).toBe(
      `Evaluated under the rules announced by 2020-08-01: test-pli with ${FIRST}; ${SECOND}; Second change was announced but not yet notified on 2020-08-01; left out: ${THIRD}.`,
    );
  });

  it('as notified by a date: a version not notified holds back the later ones', () => {
    const rules = pliRulesInForce(versioned(), { asOf: '2020-11-01', basis: 'notified' });
    // The third change was notified by then, but the second was not: versions apply in order.
    expect(ids(rules.applied)).toEqual(['first-change']);
    expect(ids(rules.later)).toEqual(['second-change', 'third-change']);
    expect(rules.notYetNotified).toEqual([]);
    expect(rules.description).toBe(
      `Evaluated under the rules notified by 2020-11-01: test-pli with ${FIRST}; left out: ${SECOND}; ${THIRD}.`,
    );
    const onTheDay = pliRulesInForce(versioned(), { asOf: '2020-07-01', basis: 'notified' });
    expect(ids(onTheDay.applied)).toEqual(['first-change']);
    const dayBefore = pliRulesInForce(versioned(), { asOf: '2020-06-30', basis: 'notified' });
    expect(dayBefore.applied).toEqual([]);
    expect(dayBefore.description).toBe(
      `Evaluated under the rules notified by 2020-06-30: test-pli as notified on 2020-04-01; left out: ${FIRST}; ${SECOND}; ${THIRD}.`,
    );
  });

  it('from the day the scheme itself was announced (or notified), not before', () => {
    expect(pliRulesInForce(versioned(), { asOf: '2020-03-01' }).applied).toEqual([]);
    expect(pliRulesInForce(versioned(), { asOf: '2020-04-01', basis: 'notified' }).applied).toEqual(
      [],
    );
    const early = thrown(() => pliRulesInForce(versioned(), { asOf: '2020-02-29' })) as PliError;
    expect(early).toBeInstanceOf(PliError);
    expect(early.code).toBe('PLI_NOT_IN_FORCE');
    expect(early.message).toBe(
      '[crorecast] test-pli was not yet announced on 2020-02-29 (announced 2020-03-01)',
    );
    const notYet = thrown(() =>
      pliRulesInForce(versioned(), { asOf: '2020-03-31', basis: 'notified' }),
    ) as PliError;
    expect(notYet.message).toBe(
      '[crorecast] test-pli was not yet notified on 2020-03-31 (notified 2020-04-01)',
    );
    // Without an announcement date, the scheme is in force from its notification.
    const { announced: _a, ...rest } = versioned();
    expect(
      (thrown(() => pliRulesInForce(PliScheme.parse(rest), { asOf: '2020-03-31' })) as PliError)
        .message,
    ).toBe('[crorecast] test-pli was not yet announced on 2020-03-31 (announced 2020-04-01)');
  });

  it('a version named outright, whatever the date; an unknown one is an error listing them', () => {
    const rules = pliRulesInForce(versioned(), { version: 'second-change', asOf: '2019-01-01' });
    expect(rules.basis).toBe('version');
    expect(rules.asOf).toBeNull();
    expect(ids(rules.applied)).toEqual(['first-change', 'second-change']);
    expect(rules.notYetNotified).toEqual([]);
    expect(rules.description).toBe(
      `Evaluated under version second-change as named: test-pli with ${FIRST}; ${SECOND}; left out: ${THIRD}.`,
    );
    expect(pliRulesInForce(versioned(), { version: 'test-pli' }).applied).toEqual([]);
    const unknown = thrown(() => pliRulesInForce(versioned(), { version: 'fourth' })) as PliError;
    expect(unknown.code).toBe('PLI_UNKNOWN_VERSION');
    expect(unknown.message).toBe(
      `[crorecast] version "fourth" is not one of test-pli's: test-pli, first-change, second-change, third-change`,
    );
  });

  it('checks the scheme it is given like any input, naming what it read', () => {
    const invalid = { ...versioned(), tenure: { years: 0 } };
    const error = thrown(() => pliRulesInForce(invalid as never)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/^\[crorecast\] invalid PLI scheme:\n {2}- tenure\.years/);
  });

  it('a version whose changes make an invalid scheme is named in the error', () => {
    const bad = versioned({
      versions: [
        {
          id: 'bad-change',
          name: 'Bad change',
          announced: '2020-06-01',
          notified: null,
          changes: { tenure: { years: 0 } },
          confidence: 'reported',
        },
      ],
    });
    const error = thrown(() => pliRulesInForce(bad)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('invalid PLI scheme "test-pli" under version bad-change:');
    expect(pliRulesInForce(bad, { version: 'test-pli' }).scheme.tenure.years).toBe(3);
  });

  it('a successor: named under the latest rules and a named version, by date once announced or notified', () => {
    const scheme = versioned({
      successor: {
        scheme: 'next-pli',
        announced: '2020-12-01',
        notified: '2021-01-01',
        reason: 'a new scheme',
        sources: ['letter'],
      },
    });
    const latest = pliRulesInForce(scheme);
    expect(latest.successor).toEqual({
      scheme: 'next-pli',
      announced: '2020-12-01',
      notified: '2021-01-01',
      reason: 'a new scheme',
    });
    expect(latest.description).toBe(
      `Evaluated under the latest rules: test-pli with ${FIRST}; ${SECOND}; ${THIRD}; next-pli (notified 2021-01-01) replaced it for new applicants, but it is a new scheme, not a version: this enrolment keeps test-pli's rules, and next-pli needs an enrolment of its own.`,
    );
    expect(pliRulesInForce(scheme, { version: 'test-pli' }).successor?.scheme).toBe('next-pli');
    expect(pliRulesInForce(scheme, { asOf: '2020-11-30' }).successor).toBeNull();
    expect(pliRulesInForce(scheme, { asOf: '2020-12-01' }).successor?.scheme).toBe('next-pli');
    expect(pliRulesInForce(scheme, { asOf: '2020-12-31', basis: 'notified' }).successor).toBeNull();
    expect(
      pliRulesInForce(scheme, { asOf: '2021-01-01', basis: 'notified' }).successor?.scheme,
    ).toBe('next-pli');
  });
});

describe('evaluatePli under versions', () => {
  it('lists the unconfirmed versions it applied among its assumptions, with their notes', () => {
    const input = {
      scheme: versioned(),
      category: 'main',
      baseYearSales: crore(0),
      years: [{ year: 'FY2020-21', netSales: crore(1), cumulativeInvestment: crore(0) }],
    };
    expect(evaluatePli(input).assumptions).toEqual([
      'test-pli version second-change (reported): press only',
      'test-pli version third-change (unconfirmed)',
    ]);
    const asOf = evaluatePli({ ...input, rulesAsOf: { date: '2020-08-15', basis: 'announced' } });
    expect(asOf.assumptions).toEqual(['test-pli version second-change (reported): press only']);
    expect(asOf.rules.asOf).toBe('2020-08-15');
    expect(asOf.rules.basis).toBe('announced');
    expect(asOf.scheme.name).toBe('Test PLI v1');
    const named = evaluatePli({ ...input, version: 'first-change' });
    expect(named.assumptions).toEqual([]);
    expect(named.rules.basis).toBe('version');
  });

  it('pliSchemeYears reads the window of the rules asked for, and checks its options', () => {
    const scheme = withOverrides(versioned(), {
      versions: [
        {
          id: 'longer',
          name: 'Longer',
          announced: '2020-06-01',
          notified: '2020-07-01',
          changes: {
            tenure: { years: 4 },
            rates: { rates: ['0.05', '0.04', '0.03', '0.02'] },
          },
          confidence: 'confirmed',
        },
      ],
    });
    expect(pliSchemeYears(scheme)).toEqual(['FY2020-21', 'FY2021-22', 'FY2022-23', 'FY2023-24']);
    expect(pliSchemeYears(scheme, { rules: { version: 'test-pli' } })).toEqual([
      'FY2020-21',
      'FY2021-22',
      'FY2022-23',
    ]);
    expect(Object.isFrozen(pliSchemeYears(scheme))).toBe(true);
    expect(() => pliSchemeYears(scheme, { firstyear: 'FY2021-22' } as never)).toThrow(
      /pliSchemeYears/,
    );
    expect(() => pliSchemeYears('nope')).toThrow(PliError);
  });
});
