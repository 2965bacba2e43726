import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/validate.js';
import { crore } from '../../src/money/constructors.js';
import {
  type InvestmentScheduleInput,
  investmentScheduleInputSchema,
} from '../../src/schedule/commitments.js';
import {
  depreciateParsedSchedule,
  depreciateSchedule,
  depreciationRowsOf,
} from '../../src/schedule/depreciateSchedule.js';
import {
  type ScheduleDepreciationInput,
  scheduleDepreciationSchema,
} from '../../src/schedule/depreciationPolicy.js';
import { phaseInvestment, phaseParsedInvestment } from '../../src/schedule/phaseInvestment.js';

// The parsed cores the model calls with its scenario's parsed sections: the very result of the
// public functions (which parse, then call them), and the same errors for what only the core
// can check.

const shown = (value: unknown) => JSON.stringify(value);

describe('phaseParsedInvestment', () => {
  const inputs: InvestmentScheduleInput[] = [
    {
      granularity: 'fy',
      commitments: [
        {
          name: 'Plant',
          total: crore(400),
          start: 'FY2021-22',
          periods: 3,
          profile: 'front-loaded',
        },
        {
          total: crore(90),
          start: 'FY2022-23',
          end: 'FY2024-25',
          profile: { sCurve: { midpoint: '1', steepness: '2' } },
        },
        {
          start: 'FY2021-22 Q3',
          profile: {
            tranches: [
              { period: 'FY2021-22 Q3', amount: crore(5) },
              { period: 'FY2023-24 Q1', amount: crore(7) },
            ],
          },
        },
      ],
    },
    { total: crore(120), start: '2021-08', periods: 10, profile: 'back-loaded' },
  ];
  it('phases exactly as phaseInvestment does', () => {
    for (const input of inputs) {
      const parsed = parseInput(investmentScheduleInputSchema, input, 'investment schedule');
      const core = phaseParsedInvestment(parsed);
      const whole = phaseInvestment(input);
      expect(shown(core.schedule.toRows())).toBe(shown(whole.schedule.toRows()));
      expect(shown(core.commitments.map((c) => [c.name, c.total, c.schedule.toRows()]))).toBe(
        shown(whole.commitments.map((c) => [c.name, c.total, c.schedule.toRows()])),
      );
      expect(shown(core.total)).toBe(shown(whole.total));
    }
  });

  it('still checks what only phasing can: tranches that do not add up', () => {
    const parsed = parseInput(
      investmentScheduleInputSchema,
      {
        granularity: 'fy',
        commitments: [
          {
            total: crore(10),
            start: 'FY2021-22',
            profile: { tranches: [{ period: 'FY2021-22', share: '0.4' }] },
          },
        ],
      },
      'investment schedule',
    );
    expect(() => phaseParsedInvestment(parsed)).toThrow(ValidationError);
  });
});

describe('depreciateParsedSchedule', () => {
  const capex = phaseInvestment({
    total: crore(100),
    start: 'FY2021-22',
    periods: 3,
    granularity: 'fy',
  }).schedule;
  const options: ScheduleDepreciationInput[] = [
    { method: 'straight-line', usefulLife: 10, putToUse: 'start' },
    {
      method: 'written-down-value',
      rate: '15%',
      putToUse: 'mid',
      lagMonths: 3,
      through: 'FY2027-28',
    },
    { method: 'straight-line', usefulLife: '7.5', residualShare: '5%', granularity: 'fy' },
  ];
  it('depreciates exactly as depreciateSchedule does', () => {
    for (const o of options) {
      const parsed = parseInput(scheduleDepreciationSchema, o, 'options');
      const core = depreciateParsedSchedule(capex, parsed);
      const whole = depreciateSchedule(capex, o);
      expect(shown(core.rows)).toBe(shown(whole.rows));
      expect(shown(core.blocks)).toBe(shown(whole.blocks));
    }
  });

  it('gives the model the same rows alone (depreciationRowsOf), lagged or not, at any granularity', () => {
    const monthly = phaseInvestment({ total: crore(50), start: '2021-08', periods: 7 }).schedule;
    const more: ScheduleDepreciationInput[] = [
      ...options,
      { method: 'straight-line', usefulLife: 3, putToUse: 'end', lagMonths: 0 },
      { method: 'straight-line', usefulLife: 4, putToUse: 'mid', granularity: 'quarter' },
      { method: 'written-down-value', rate: '40%', lagMonths: 1, through: 'FY2025-26' },
    ];
    for (const schedule of [capex, monthly]) {
      for (const o of more) {
        const parsed = parseInput(scheduleDepreciationSchema, o, 'options');
        expect(shown(depreciationRowsOf(schedule, parsed))).toBe(
          shown(depreciateSchedule(schedule, o).rows),
        );
      }
    }
  });

  it('still checks the fields together: straight-line without a life or rate', () => {
    const parsed = parseInput(scheduleDepreciationSchema, { method: 'straight-line' }, 'options');
    expect(() => depreciateParsedSchedule(capex, parsed)).toThrow(ValidationError);
  });
});
