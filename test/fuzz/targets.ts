import { Decimal } from '../../src/core/decimal.js';
import { crore, inr } from '../../src/money/index.js';
import {
  checkCompanyEligibility,
  evaluatePli,
  findDoubleClaims,
  getPliScheme,
  pliRulesInForce,
  pliSchemeYears,
  withOverrides,
} from '../../src/pli/index.js';
import {
  applyOverrides,
  checkTargets,
  compareScenarios,
  compileProjection,
  evaluateProjection,
  goalSeek,
  mergeOverrides,
  runProjection,
  sensitivity,
  simulate,
  simulateRange,
} from '../../src/projection/index.js';
import {
  checkThresholds,
  combineSchedules,
  cumulativeInvestment,
  depreciate,
  depreciateSchedule,
  investedBy,
  investmentSchedule,
  phaseInvestment,
  taxDepreciation,
  toCashFlows,
} from '../../src/schedule/index.js';
import { shareIncentive, shareIncentives } from '../../src/sharing/index.js';

// The exported functions of pli, sharing, schedule and projection with valid arguments, for the
// function-level fuzz (test/fuzz/*.test.ts). Free of vitest so a script can replay them.

/**
 * One exported function under fuzz: a name, the function and a valid argument list to mutate.
 * The argument list is the root of the mutation, so a mutation can replace a whole argument, a
 * field deep inside one, or an element of an array (or delete or duplicate it).
 */
export interface FuzzTarget {
  readonly name: string;
  readonly call: (...args: unknown[]) => unknown;
  readonly args: () => unknown[];
}

const target = (name: string, fn: unknown, args: () => unknown[]): FuzzTarget => ({
  name,
  call: fn as (...args: unknown[]) => unknown,
  args,
});

const parties = () => [
  { id: 'oel', name: 'Optiemus Electronics' },
  { id: 'wistron', name: 'Wistron India' },
  { id: 'brand', name: 'Brand customer' },
];
const tiered = () => ({
  parties: parties(),
  rule: {
    kind: 'tiered',
    tiers: [
      { upTo: crore(50), weights: { oel: 70, wistron: '30' } },
      { upTo: { amount: '1000000000', currency: 'INR' }, weights: { oel: '0.5', wistron: 0.5 } },
      { upTo: null, weights: { brand: 1 } },
    ],
  },
  caps: { wistron: '₹40 crore' },
  floors: { brand: crore(2) },
});
const retained = () => ({
  parties: parties(),
  rule: {
    kind: 'retain-then-share',
    retain: { party: 'oel', share: '0.4' },
    // biome-ignore lint/suspicious/noThenProperty: the rule's field name; plain data, never awaited.
    then: { kind: 'pro-rata', basis: { wistron: crore(300), brand: inr('1e9') } },
  },
});

export const SHARING_TARGETS: readonly FuzzTarget[] = [
  target('shareIncentive tiered', shareIncentive, () => [crore(120), tiered()]),
  target('shareIncentive retained', shareIncentive, () => [crore(7), retained()]),
  target('shareIncentives', shareIncentives, () => [
    {
      years: [
        { year: 'FY2021-22', incentive: crore(60) },
        { year: 'FY2022-23', incentive: inr(0) },
      ],
    },
    retained(),
  ]),
];

const lsem = () => ({ ...getPliScheme('lsem-2020') });
const evaluation = () => ({
  enrolments: undefined,
  scheme: 'lsem-2020',
  category: 'domestic-mobile',
  firstYear: 'FY2021-22',
  baseYearSales: crore(200),
  years: [
    { year: 'FY2021-22', netSales: crore(800), cumulativeInvestment: crore(60) },
    { year: 'FY2022-23', netSales: '₹1,100 crore', cumulativeInvestment: crore(120) },
    {
      year: 'FY2023-24',
      lines: [{ invoiceValue: crore(2500), units: '1000000', product: 'phone' }],
      cumulativeInvestment: { amount: '1400000000', currency: 'INR' },
    },
  ],
});

export const PLI_TARGETS: readonly FuzzTarget[] = [
  target('evaluatePli', evaluatePli, () => {
    const { enrolments: _, ...input } = evaluation();
    return [input];
  }),
  target('checkCompanyEligibility', checkCompanyEligibility, () => [
    lsem(),
    'domestic-mobile',
    { baseYearRevenue: crore(90) },
  ]),
  target('findDoubleClaims', findDoubleClaims, () => [
    [
      { id: 'lsem', goods: ['phones', 'tablets'], investments: ['plant-1'] },
      { id: 'it-hw', goods: ['laptops', 'phones'], investments: ['plant-2'] },
    ],
  ]),
  target('getPliScheme', getPliScheme, () => ['it-hardware-2021']),
  target('pliRulesInForce', pliRulesInForce, () => [
    lsem(),
    { asOf: '2021-06-01', basis: 'notified' },
  ]),
  target('pliSchemeYears', pliSchemeYears, () => [
    'lsem-2020',
    { firstYear: 'FY2021-22', rules: { asOf: '2022-01-01' } },
  ]),
  target('withOverrides', withOverrides, () => [
    getPliScheme('it-hardware-2021'),
    {
      categories: {
        global: {
          thresholds: {
            sales: { incremental: ['1000', '2500', '5000', '7500'], confidence: 'confirmed' },
          },
        },
      },
    },
  ]),
];

const capex = () =>
  investmentSchedule({
    granularity: 'fy',
    commitments: [
      { total: crore(1000), start: 'FY2021-22', periods: 3, profile: 'front-loaded' },
      { total: crore(350), start: 'FY2022-23', end: 'FY2024-25' },
    ],
  });

export const SCHEDULE_TARGETS: readonly FuzzTarget[] = [
  target('investmentSchedule', investmentSchedule, () => [
    {
      granularity: 'quarter',
      commitments: [
        {
          name: 'Plant',
          total: '₹1,350 crore',
          start: 'FY2021-22',
          end: 'FY2022-23',
          profile: { sCurve: { midpoint: 3, steepness: 1.5 } },
        },
        {
          total: crore(100),
          start: '2021-08',
          periods: 4,
          profile: {
            tranches: [
              { date: '2021-09-15', share: '40%' },
              { period: 'FY2022-23 Q1', share: '60%' },
            ],
          },
        },
      ],
    },
  ]),
  target('phaseInvestment', phaseInvestment, () => [
    { total: crore(10), start: '2021-04', periods: 6, profile: { weights: [1, 2, '3', 0, 1, 1] } },
  ]),
  target('combineSchedules', combineSchedules, () => [
    [capex(), { name: 'more', schedule: capex() }],
  ]),
  target('cumulativeInvestment', cumulativeInvestment, () => [capex()]),
  target('checkThresholds', checkThresholds, () => [
    capex(),
    [
      { period: 'FY2022-23', required: crore(500) },
      { period: 'FY2023-24', required: '₹2,000 crore' },
    ],
  ]),
  target('investedBy', investedBy, () => [capex(), '2022-09-30', { basis: 'pro-rata' }]),
  target('toCashFlows', toCashFlows, () => [capex(), { timing: 'end', includeZero: true }]),
  target('depreciate', depreciate, () => [
    {
      name: 'SMT line',
      cost: crore(100),
      putToUse: '2022-10-04',
      method: 'written-down-value',
      rate: '15%',
      firstYear: 'half-rate',
    },
    { through: 'FY2030-31', granularity: 'quarter' },
  ]),
  target('depreciateSchedule', depreciateSchedule, () => [
    capex(),
    {
      method: 'straight-line',
      usefulLife: 15,
      residualShare: '5%',
      putToUse: 'end',
      lagMonths: 3,
      through: 'FY2030-31',
    },
  ]),
  target('taxDepreciation', taxDepreciation, () => [
    [
      { block: 'plant-and-machinery', amount: new Decimal(100), putToUse: '2021-09-15' },
      { block: 'computers', amount: new Decimal(50), putToUse: '2022-04-01' },
    ],
    ['FY2021-22', 'FY2022-23', 'FY2023-24'],
    { opening: { furniture: new Decimal(200) } },
  ]),
];

const plan = () => ({
  horizon: { start: 'FY2022-23', years: 1 },
  fx: { USD: '80' },
  plants: [{ id: 'p', unitsPerMonth: '1000' }],
  segments: [
    {
      id: 'a',
      plant: 'p',
      volume: { kind: 'compound', start: '500', rate: '0.1' },
      price: { perUnit: { amount: '100', currency: 'INR' } },
      costs: { bom: { perUnit: { amount: '0.5', currency: 'USD' } } },
    },
    {
      id: 'b',
      plant: 'p',
      volume: { kind: 'flat', value: '300' },
      price: { perUnit: { amount: '50', currency: 'INR' } },
    },
  ],
});
const simulation = () => ({
  draws: 20,
  seed: 7,
  inputs: [
    {
      path: 'segments[a].price.perUnit',
      distribution: { kind: 'pert', low: 90, mode: 95, high: 100, lambda: 4 },
    },
    { path: 'fx.USD', apply: 'factor', distribution: { kind: 'normal', mean: 1, sd: 0.05 } },
  ],
  outputs: ['revenue@FY2022-23', { metric: 'grossProfit', period: 'total', segment: 'a' }],
});

export const PROJECTION_TARGETS: readonly FuzzTarget[] = [
  target('runProjection', runProjection, () => [plan()]),
  target('compileProjection', compileProjection, () => [
    plan(),
    { tranches: { 'phase-2': '2023-12' } },
  ]),
  target('evaluateProjection', evaluateProjection, () => [
    plan(),
    ['revenue@FY2022-23', 'units[a]@2022-05'],
  ]),
  target('simulate', simulate, () => [plan(), simulation()]),
  target('simulateRange', simulateRange, () => [plan(), { ...simulation(), from: 5, to: 10 }]),
  target('sensitivity', sensitivity, () => [
    plan(),
    {
      inputs: [
        { path: 'segments[a].price.perUnit', change: '0.1' },
        { path: 'plants[p].unitsPerMonth', low: 800, high: '1200' },
      ],
      outputs: ['revenue@total'],
    },
  ]),
  target('compareScenarios', compareScenarios, () => [
    plan(),
    { 'weak rupee': { fx: { USD: '90' } } },
    { outputs: ['grossProfit@FY2022-23'], baseName: 'plan' },
  ]),
  target(
    'checkTargets',
    (input: unknown, targets: unknown) => {
      const run = runProjection(input as never);
      return checkTargets(run as never, targets as never);
    },
    () => [
      plan(),
      [
        { output: 'revenue@total', value: { amount: '1000000', currency: 'INR' }, name: 'revenue' },
        { output: 'units[a]@2022-05', value: '400', comparison: 'at-most' },
      ],
    ],
  ),
  target('applyOverrides', applyOverrides, () => [
    plan(),
    { segments: [{ price: { perUnit: { amount: '90', currency: 'INR' } } }] },
  ]),
  // mergeOverrides returns the caller's own data merged, unvalidated (a string "Infinity" in it
  // is theirs): the call must return or fail typed; its result is not checked for well-formed text.
  target(
    'mergeOverrides',
    (base: unknown, override: unknown) => {
      mergeOverrides(base, override);
      return null;
    },
    () => [{ a: [1, { b: 2 }] }, { a: [3], c: { d: 4 } }],
  ),
  target('goalSeek', goalSeek, () => [
    (x: number) => 2 * x + 1,
    '5',
    { low: -10, high: '10', tolerance: 1e-9, maxIterations: 200 },
  ]),
];
