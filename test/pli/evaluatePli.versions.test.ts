import { describe, expect, it } from 'vitest';
import { crore, formatMoney, type Money } from '../../src/money/index.js';
import {
  evaluatePli,
  getPliScheme,
  PliError,
  type PliEvaluationInputInput,
  pliRulesInForce,
  withOverrides,
} from '../../src/pli/index.js';

const cr = (m: Money | null | undefined) =>
  m == null ? null : formatMoney(m, { unit: 'crore', decimals: 2 });

// A domestic phone maker with ₹600 crore of base-year sales that takes FY2021-22 as year 1.
const chosen = {
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  firstYear: 'FY2021-22',
  baseYearSales: crore(600),
  years: [
    { year: 'FY2021-22', netSales: crore(1500), cumulativeInvestment: crore(60) },
    { year: 'FY2022-23', netSales: crore(1700), cumulativeInvestment: crore(100) },
  ],
} satisfies PliEvaluationInputInput;

describe('pliRulesInForce', () => {
  const lsem = getPliScheme('lsem-2020');

  it('applies the extension from its announcement or its notification, as asked', () => {
    const announced = pliRulesInForce(lsem, { asOf: '2021-08-24', basis: 'announced' });
    expect(announced.scheme.tenure.firstYearChoices).toEqual(['FY2020-21', 'FY2021-22']);
    expect(announced.notYetNotified.map((v) => v.id)).toEqual(['lsem-2020-extension-2021']);
    expect(announced.description).toMatch(/announced but not yet notified on 2021-08-24/);

    const notified = pliRulesInForce(lsem, { asOf: '2021-08-24', basis: 'notified' });
    expect(notified.scheme.tenure.firstYearChoices).toBeUndefined();
    expect(notified.later.map((v) => v.notified)).toEqual(['2021-09-23']);

    const onTheDay = pliRulesInForce(lsem, { asOf: '2021-09-23', basis: 'notified' });
    expect(onTheDay.applied.map((v) => v.id)).toEqual(['lsem-2020-extension-2021']);
    expect(onTheDay.notYetNotified).toEqual([]);
    // The day before the announcement, even the announced rules are the original ones.
    expect(pliRulesInForce(lsem, { asOf: '2021-06-27', basis: 'announced' }).applied).toEqual([]);
  });

  it('names a version outright, or the original rules by the scheme id', () => {
    expect(pliRulesInForce(lsem, { version: 'lsem-2020' }).applied).toEqual([]);
    expect(pliRulesInForce(lsem, { version: 'lsem-2020-extension-2021' }).basis).toBe('version');
    expect(() => pliRulesInForce(lsem, { version: 'lsem-2022' })).toThrow(PliError);
    expect(() => pliRulesInForce(lsem, { asOf: '2020-01-01', basis: 'notified' })).toThrow(
      /lsem-2020 was not yet notified on 2020-01-01/,
    );
  });

  it('does not change the scheme it is given', () => {
    pliRulesInForce(lsem, { asOf: '2021-10-01', basis: 'notified' });
    expect(lsem.tenure.firstYearChoices).toBeUndefined();
    expect(Object.isFrozen(lsem)).toBe(true);
  });
});

describe('evaluatePli under each LSEM version', () => {
  it('year 1 = FY2021-22 under the rules announced by 24 Aug 2021 (hand-worked)', () => {
    const r = evaluatePli({ ...chosen, rulesAsOf: { date: '2021-08-24', basis: 'announced' } });
    expect(r.rules.notYetNotified.map((v) => v.id)).toEqual(['lsem-2020-extension-2021']);
    const [y1, y2] = r.years;
    // Year 1 counts 1 Aug–31 Mar: 1,500 × 8/12 = 1,000 against 600 × 8/12 = 400 → 600 ≥ 500.
    expect(y1?.countedShare.toFixed(4)).toBe('0.6667');
    expect(cr(y1?.netIncrementalSales)).toBe('₹600.00 crore');
    expect(cr(y1?.incentive)).toBe('₹36.00 crore'); // 6% × 600
    // Year 2 counts the whole year: 1,700 − 600 = 1,100 ≥ 1,000; 6% × 1,100 = 66.
    expect(cr(y2?.netIncrementalSales)).toBe('₹1,100.00 crore');
    expect(cr(y2?.incentive)).toBe('₹66.00 crore');
    expect(cr(r.total)).toBe('₹102.00 crore');
    expect(y1?.reasons[0]).toMatch(/counts sales from 1 August: 8\/12 of the year's sales/);
  });

  it('the same plan under the rules notified by 24 Aug 2021 cannot take FY2021-22 as year 1', () => {
    expect(() =>
      evaluatePli({ ...chosen, rulesAsOf: { date: '2021-08-24', basis: 'notified' } }),
    ).toThrow(/firstYear FY2021-22 is not allowed by lsem-2020; choose FY2020-21/);
  });

  it('under the original rules FY2021-22 is scheme year 2 and misses (hand-worked)', () => {
    const r = evaluatePli({
      ...chosen,
      firstYear: 'FY2020-21',
      version: 'lsem-2020',
      years: chosen.years,
    });
    const [y2, y3] = r.years;
    expect(y2?.schemeYear).toBe(2);
    expect(y2?.countedShare.toFixed()).toBe('1'); // only year 1 is a part year
    // 1,500 − 600 = 900 < 1,000 and 60 < 100 invested: nothing.
    expect(cr(y2?.incentive)).toBe('₹0.00 crore');
    expect(cr(y2?.headroom.sales)).toBe('-₹100.00 crore');
    expect(cr(y2?.headroom.investment)).toBe('-₹40.00 crore');
    expect(cr(y2?.headroom.salesFallToLose)).toBe('₹0.00 crore');
    // Scheme year 3 needs 2,000 of incremental sales: 1,100 misses; the year is lost.
    expect(y3?.schemeYear).toBe(3);
    expect(cr(y3?.incentive)).toBe('₹0.00 crore');
  });

  it('gives each year its headroom (hand-worked)', () => {
    const r = evaluatePli(chosen);
    const [y1, y2] = r.years;
    expect(cr(y1?.headroom.investment)).toBe('₹10.00 crore'); // 60 − 50
    expect(cr(y1?.headroom.sales)).toBe('₹100.00 crore'); // 600 − 500
    expect(y1?.headroom.salesMultiple?.toFixed(2)).toBe('1.20');
    expect(cr(y1?.headroom.salesFallToLose)).toBe('₹100.00 crore');
    expect(y1?.headroom.salesFallShare?.toFixed(4)).toBe('0.1000'); // 100 of 1,000 counted
    expect(cr(y2?.headroom.investment)).toBe('₹0.00 crore');
    expect(y2?.headroom.salesFallShare?.toFixed(4)).toBe('0.0588'); // 100 of 1,700
  });

  it('lists the unconfirmed first-year rule and the reported version among its assumptions', () => {
    const r = evaluatePli(chosen);
    expect(r.assumptions.some((a) => a.startsWith('lsem-2020 first-year part (unconfirmed)'))).toBe(
      true,
    );
    expect(
      r.assumptions.some((a) =>
        a.startsWith('lsem-2020 version lsem-2020-extension-2021 (reported)'),
      ),
    ).toBe(true);
  });

  it('applies a per-firm cap on eligible incremental sales (hand-worked)', () => {
    const scheme = withOverrides(getPliScheme('lsem-2020'), {
      categories: {
        'domestic-mobile': {
          caps: [
            {
              kind: 'eligible-sales-per-year',
              amounts: ['500', null, null, null, null],
              confidence: 'unconfirmed',
            },
          ],
        },
      },
    });
    const r = evaluatePli({ ...chosen, scheme });
    expect(cr(r.years[0]?.incentive)).toBe('₹30.00 crore'); // 6% × min(600, 500)
    expect(cr(r.years[1]?.incentive)).toBe('₹66.00 crore'); // no cap in year 2
    expect(r.years[0]?.reasons.join(' ')).toMatch(/capped at ₹500 crore for scheme year 1/);
    expect(r.assumptions.some((a) => a.includes('eligible-sales-per-year (unconfirmed)'))).toBe(
      true,
    );
  });

  it('takes a year as missed when told, with the reason', () => {
    const r = evaluatePli({
      ...chosen,
      thresholdsMissed: [{ year: 'FY2022-23', reason: 'reported: targets not met' }],
    });
    expect(cr(r.years[1]?.incentive)).toBe('₹0.00 crore');
    expect(r.years[1]?.eligible).toBe(false);
    expect(r.years[1]?.reasons).toContain('taken as missed: reported: targets not met');
    expect(() =>
      evaluatePli({ ...chosen, thresholdsMissed: [{ year: 'FY2019-20', reason: 'x' }] }),
    ).toThrow(/thresholdsMissed\[0\]\.year FY2019-20 is not a scheme year/);
  });

  it('rejects a version and a date together', () => {
    expect(() =>
      evaluatePli({
        ...chosen,
        version: 'lsem-2020',
        rulesAsOf: { date: '2021-08-24', basis: 'notified' },
      }),
    ).toThrow(/give either version or rulesAsOf/);
  });
});

describe('IT Hardware 2.0: a successor scheme, not a version of 1.0', () => {
  const v1 = getPliScheme('it-hardware-2021');

  it('keeps 1.0’s rules for a 1.0 enrolment on a date after 2.0 was notified, and says why', () => {
    const rules = pliRulesInForce(v1, { asOf: '2024-01-01', basis: 'notified' });
    // 1.0's own base year and four-year tenure: 2.0's FY2022-23 base and six years never leak in.
    expect(rules.scheme.id).toBe('it-hardware-2021');
    expect(rules.scheme.baseYear).toBe('FY2019-20');
    expect(rules.scheme.tenure.years).toBe(4);
    expect(rules.applied).toEqual([]);
    expect(rules.successor?.scheme).toBe('it-hardware-2023');
    expect(rules.description).toContain(
      'it-hardware-2023 (notified 2023-05-29) replaced it for new applicants, but it is a new scheme, not a version',
    );
    expect(rules.description).toContain('it-hardware-2023 needs an enrolment of its own');
  });

  it('mentions the successor only once it was announced (or notified) by the date', () => {
    // Cabinet approval 17 May 2023, notification 29 May 2023.
    expect(pliRulesInForce(v1, { asOf: '2023-05-20', basis: 'notified' }).successor).toBeNull();
    expect(
      pliRulesInForce(v1, { asOf: '2023-05-20', basis: 'announced' }).successor?.notified,
    ).toBe('2023-05-29');
    expect(pliRulesInForce(v1, { asOf: '2021-08-24' }).successor).toBeNull();
  });

  it('evaluates 2.0 as its own scheme: its base year and tenure', () => {
    const v2 = getPliScheme('it-hardware-2023');
    expect([v2.baseYear, v2.tenure.firstYear, v2.tenure.years]).toEqual([
      'FY2022-23',
      'FY2023-24',
      6,
    ]);
    expect(v2.notified).toBe('2023-05-29');
  });

  it('refuses a successor citing a source the scheme does not list, at the field', () => {
    const successor = v1.successor;
    if (successor === undefined) throw new Error('it-hardware-2021 names its successor');
    const bad = { ...v1, successor: { ...successor, sources: ['nowhere'] } };
    expect(() => withOverrides(bad, {})).toThrow(
      /successor\.sources\[0\]: unknown source id "nowhere"/,
    );
  });
});
