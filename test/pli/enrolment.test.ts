import { describe, expect, it } from 'vitest';
import { crore, inr } from '../../src/money/index.js';
import {
  getPliScheme,
  PLI_PRESET_IDS,
  PliEnrolment,
  PliError,
  PliEvaluationInput,
  PliSchemeRef,
  PliYearInput,
} from '../../src/pli/index.js';
import { issues, testScheme, thrown } from './_scheme.js';

// An enrolment's input (#11, PLI mutation survivors): a scheme by id or as data (its issues at
// their paths under `scheme`), exactly one form of sales at each level, and what the
// evaluation input adds.

const enrolment = { scheme: 'lsem-2020', category: 'domestic-mobile', baseYearSales: crore(1) };

describe('PliSchemeRef', () => {
  it('takes a preset id, a parsed scheme as it is, or scheme data; names what is wrong', () => {
    expect(issues(PliSchemeRef, 'lsem')).toEqual([
      `: unknown PLI scheme "lsem"; presets: ${PLI_PRESET_IDS.join(', ')}`,
    ]);
    // A name only the prototype has is no preset either.
    expect(issues(PliSchemeRef, 'toString')[0]).toContain('unknown PLI scheme "toString"');
    const lsem = getPliScheme('lsem-2020');
    expect(PliSchemeRef.parse('lsem-2020')).toBe(lsem);
    expect(PliSchemeRef.parse(lsem)).toBe(lsem);
    const data = PliSchemeRef.parse(testScheme());
    expect(data.id).toBe('test-pli');
    expect(data.tenure.years).toBe(3);
    expect(
      issues(PliSchemeRef, testScheme({ tenure: { years: 0, firstYear: 'FY2020-21' } })),
    ).toEqual([
      'tenure.years: must be at least 1',
      'tenure.confidence: expected one of "confirmed", "reported", "unconfirmed", got nothing',
    ]);
  });
});

describe('PliEnrolment and PliEvaluationInput', () => {
  it('needs exactly one form of base-year sales, and at most one of version and rulesAsOf', () => {
    expect(issues(PliEnrolment, enrolment)).toEqual([]);
    expect(issues(PliEnrolment, { ...enrolment, baseYearSales: undefined })).toEqual([
      'baseYearSales: give baseYearSales (or baseYearLines)',
    ]);
    expect(issues(PliEnrolment, { ...enrolment, baseYearLines: [] })).toEqual([
      'baseYearLines: give either baseYearSales or baseYearLines, not both',
    ]);
    const years = [{ year: 'FY21', netSales: crore(1), cumulativeInvestment: crore(1) }];
    expect(
      issues(PliEvaluationInput, {
        ...enrolment,
        baseYearSales: undefined,
        baseYearLines: [{ invoiceValue: inr(1), units: 1 }],
        years,
      }),
    ).toEqual([]);
    expect(
      issues(PliEvaluationInput, {
        ...enrolment,
        baseYearLines: [],
        version: 'lsem-2020',
        rulesAsOf: { date: '2021-01-01', basis: 'notified' },
        years,
      }),
    ).toEqual([
      'baseYearLines: give either baseYearSales or baseYearLines, not both',
      'version: give either version or rulesAsOf, not both',
    ]);
    expect(issues(PliEvaluationInput, { ...enrolment, version: 'lsem-2020', years })).toEqual([]);
  });

  it('a year (and a part of one) needs exactly one form of sales', () => {
    const year = { year: 'FY21', cumulativeInvestment: crore(1) };
    expect(issues(PliYearInput, year)).toEqual(['netSales: give netSales (or lines)']);
    expect(
      issues(PliYearInput, {
        ...year,
        netSales: crore(1),
        part: { from: '2020-08', netSales: crore(1), lines: [] },
      }),
    ).toEqual(['part.lines: give either netSales or lines, not both']);
    expect(
      issues(PliYearInput, { ...year, netSales: crore(1), part: { from: '2020-08' } }),
    ).toEqual(['part.netSales: give netSales (or lines)']);
    expect(
      issues(PliYearInput, {
        ...year,
        lines: [],
        part: { from: '2020-08', lines: [{ invoiceValue: inr(1), units: 1 }] },
      }),
    ).toEqual([]);
  });

  it('getPliScheme: each preset parsed once, an unknown id with its code', () => {
    expect(getPliScheme('telecom-2021')).toBe(getPliScheme('telecom-2021'));
    const error = thrown(() => getPliScheme('constructor')) as PliError;
    expect(error).toBeInstanceOf(PliError);
    expect(error.code).toBe('PLI_UNKNOWN_SCHEME');
    expect(error.message).toBe(
      `[crorecast] unknown PLI scheme "constructor"; presets: ${PLI_PRESET_IDS.join(', ')}`,
    );
  });
});
