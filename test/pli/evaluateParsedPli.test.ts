import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/core/decimalLike.js';
import { crore, inr } from '../../src/money/index.js';
import { PliEvaluationInput } from '../../src/pli/enrolment.js';
import { evaluateParsedPli, evaluatePli } from '../../src/pli/evaluatePli.js';

describe('evaluateParsedPli — the core evaluatePli runs after parsing', () => {
  it('gives exactly what evaluatePli gives for the same input, lines, floors and parts included', () => {
    const input = {
      scheme: 'lsem-2020',
      category: 'domestic-mobile',
      baseYearSales: crore(50),
      thresholdsMissed: [{ year: 'FY2022-23', reason: 'reported as missed' }],
      years: [
        {
          year: 'FY2020-21',
          cumulativeInvestment: crore(30),
          netSales: crore(400),
          part: { from: '2020-08', netSales: crore(300) },
        },
        { year: 'FY2021-22', cumulativeInvestment: crore(60), netSales: crore(900) },
        { year: 'FY2022-23', cumulativeInvestment: crore(90), netSales: crore(1400) },
      ],
    } as const;
    const phones = {
      scheme: 'lsem-2020',
      category: 'global-mobile',
      baseYearSales: crore(100),
      years: [
        {
          year: 'FY2021-22',
          cumulativeInvestment: crore(100),
          lines: [
            { invoiceValue: inr(toDecimal('9000')), units: toDecimal('1000000') },
            { invoiceValue: inr(toDecimal('22000')), units: toDecimal('400000'), product: 'x' },
          ],
        },
      ],
    } as const;
    for (const one of [input, phones]) {
      expect(JSON.stringify(evaluateParsedPli(PliEvaluationInput.parse(one)))).toBe(
        JSON.stringify(evaluatePli(one)),
      );
    }
  });
});
