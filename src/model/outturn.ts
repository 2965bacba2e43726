import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import { showsValues } from '../projection/_lib/lazyRows.js';
import { type OutturnRun, outturnLines, outturnRun } from './_lib/outturnRun.js';
import type { ActualsResult } from './actuals.js';
import type { FinanceChain, FinanceChainInputs } from './financeChain.js';
import type { FreeCashFlowYear } from './freeCashFlow.js';
import type { ProfitAndLossYear } from './profitAndLoss.js';
import type { ScenarioActual } from './scenarioActuals.js';
import type { DatedValuation } from './valuation.js';

/** Values a run's free cash flows and terminal value on the plan's headline basis. */
export type OutturnValuer = (
  fcf: {
    readonly withPli: readonly FreeCashFlowYear[];
    readonly withoutPli: readonly FreeCashFlowYear[];
  },
  terminalValue: Money<'INR'>,
) => { readonly withPli: DatedValuation; readonly withoutPli: DatedValuation };

/** One figure of the plan beside what happened (the outturn) and the difference. */
export interface OutturnFigure {
  readonly plan: Money<'INR'>;
  readonly outturn: Money<'INR'>;
  /** outturn − plan. */
  readonly variance: Money<'INR'>;
}

/** The lines of the P&L and the cash flow the outturn compares. */
export type OutturnLineId =
  | 'revenue'
  | 'costOfGoods'
  | 'payroll'
  | 'otherOperatingCosts'
  | 'ebitda'
  | 'depreciation'
  | 'pliIncome'
  | 'pliPaidToPartners'
  | 'profitBeforeTax'
  | 'tax'
  | 'profitAfterTax'
  | 'currentTax'
  | 'capex'
  | 'changeInWorkingCapital'
  | 'pliReceived'
  | 'stateIncentiveIncome'
  | 'stateIncentivesReceived'
  | 'freeCashFlow';

/** One line by fiscal year: plan, outturn and variance, with the totals of the rows. */
export interface OutturnLine {
  readonly id: OutturnLineId;
  readonly years: readonly ({ readonly year: string } & OutturnFigure)[];
  /** The sums of the years above. */
  readonly total: OutturnFigure;
}

/** The plan against what happened, through the P&L, the cash flow and the value. */
export interface Outturn {
  /** The fiscal years with actuals. */
  readonly knownYears: readonly string[];
  /** P&L lines (with PLI) over the horizon. */
  readonly profitAndLoss: readonly OutturnLine[];
  /** Cash-flow lines (with PLI), the years after the horizon that collect PLI included. */
  readonly cashFlow: readonly OutturnLine[];
  /** The outturn's own P&L and free cash flow with PLI, in full. */
  readonly outturnProfitAndLoss: readonly ProfitAndLossYear[];
  readonly outturnCashFlow: readonly FreeCashFlowYear[];
  readonly terminalValue: OutturnFigure;
  /** The NPV on the plan's headline basis (increment over the baseline, or the whole business). */
  readonly npv: { readonly withPli: OutturnFigure; readonly withoutPli: OutturnFigure };
  /** The outturn's valuations in full ("as happened" and re-forecast). */
  readonly valuation: { readonly withPli: DatedValuation; readonly withoutPli: DatedValuation };
  /** PLI the outturn books as earned that it never receives (inside or after the horizon). */
  readonly pliNotReceived: Money<'INR'>;
  /** How each line was derived, in words (the rule, stated once). */
  readonly rules: readonly string[];
}

/** What {@link planOutturn} is built from: the plan's run and what happened. */
export interface OutturnInputs {
  readonly years: readonly string[];
  /** What the plan's finance chain ran on, and what it gave. */
  readonly plan: FinanceChainInputs;
  readonly planChain: FinanceChain;
  /** The plan's valuation on its headline basis (for the variance). */
  readonly planValue: { readonly withPli: DatedValuation; readonly withoutPli: DatedValuation };
  /** The plan's book and tax depreciation by year are scaled with capex; these are its capex. */
  readonly actuals: ActualsResult;
  /** The scenario's actuals as parsed (for the PLI received). */
  readonly stated: readonly ScenarioActual[];
  /** Other operating costs' share of revenue (the rest is fixed). */
  readonly otherCostsShareOfRevenue: Decimal;
  readonly valuer: OutturnValuer;
}

const RULES = [
  'Revenue, closing headcount and capex: the actual in a known year, else the plan × the last actual year’s ratio of actual to plan (the re-forecast).',
  'Cost of goods: the plan’s × the year’s revenue ratio (outturn ÷ plan), the plan’s cost per rupee of revenue kept. Payroll: the plan’s × the headcount ratio where headcount is known or re-forecast, else × the revenue ratio (the model’s workforce follows volume). Other operating costs: the fixed part as planned, the share of revenue on the outturn revenue. Where the plan has no revenue (or headcount, or capex) in a year the actuals fill, the plan-wide ratio — its cost per rupee of revenue (per head, per rupee of cumulative capex) over the years that have one — is applied to the actual.',
  'Book and tax depreciation: the plan’s × the ratio of cumulative capex (outturn ÷ plan); the closing net assets move by the capex less the depreciation difference.',
  'PLI earned and paid to partners: the re-evaluation with the actuals (a missed year earns nothing; a known amount replaces the engine’s). PLI received: the amount stated for a year (`pliReceived`), else the re-evaluation’s disbursement schedule.',
  'Tax, working capital, free cash flow and the terminal value run through the same chain as the plan; the NPV is on the plan’s basis, at its date and rate.',
];

/**
 * The plan as it played out: the known years' actual figures (and the re-forecast of the rest)
 * replace the projected ones through the P&L, tax, working capital, free cash flow and the
 * value, each line beside the plan's with its variance. The rules (stated in `rules`): revenue,
 * headcount and capex as in the actuals' table; cost of goods with revenue; payroll with headcount
 * (else revenue); other costs' variable part with revenue; depreciation with cumulative capex;
 * PLI earned as re-evaluated with the actuals and received as stated (`pliReceived`) or as the
 * re-evaluation pays it. Tax, working capital, free cash flow and the terminal value are the
 * plan's own chain run again, so a variance is only what the actuals change.
 *
 * @param inputs - the plan's run and what happened
 * @returns the outturn, line by line, with the "as happened" NPV beside the plan's
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const r = runScenario(parseScenario(seedJson));
 * formatMoney(r.outturn!.npv.withPli.outturn, { unit: 'crore', decimals: 0 }) //=> '-₹292 crore'
 * ```
 */
export function planOutturn(inputs: OutturnInputs): Outturn {
  const outturn = { knownYears: inputs.actuals.years };
  Object.defineProperty(showsValues(outturn), OUTTURN, { value: { inputs } satisfies OutturnOf });
  Object.defineProperties(outturn, OUTTURN_GETTERS);
  return Object.assign(outturn, { rules: RULES }) as unknown as Outturn;
}

/**
 * What an outturn is worked out from, and its parts once worked out. Once both are, the inputs
 * and the chain are let go: a result read in full keeps what an eager one kept.
 */
interface OutturnOf {
  inputs?: OutturnInputs;
  /** The outturn's own chain, kept until the lines are drawn from it. */
  chain?: FinanceChain;
  run?: Omit<OutturnRun, 'chain'>;
  lines?: Pick<Outturn, 'profitAndLoss' | 'cashFlow'>;
}

/** A key of the outturn's that JSON, spread, `Object.keys` and deep equality do not see. */
const OUTTURN = Symbol('outturn');
type WithOutturnOf = { readonly [OUTTURN]: OutturnOf };

type Part = keyof Omit<OutturnRun, 'chain'> | 'profitAndLoss' | 'cashFlow';

/** The figure `key`, its part worked out when first read and kept. */
function partOf(of: OutturnOf, key: Part): unknown {
  if (of.run === undefined) {
    const { chain, ...run } = outturnRun(of.inputs as OutturnInputs);
    of.run = run;
    of.chain = chain;
  }
  if (key !== 'profitAndLoss' && key !== 'cashFlow') return of.run[key];
  if (of.lines === undefined) {
    of.lines = outturnLines(of.inputs as OutturnInputs, of.chain as FinanceChain);
    of.inputs = undefined;
    of.chain = undefined;
  }
  return of.lines[key];
}

/**
 * The outturn's figures as its own getters, worked out when a report first reads one — its
 * chain and value (a fifth of a run's assembly) once for all, its lines once more — and kept.
 * The same functions for every outturn, so each keeps one hidden class. They read the plan's
 * run and the actuals, fixed when the plan ran: the very figures an eager outturn gives.
 */
const OUTTURN_GETTERS: PropertyDescriptorMap = Object.fromEntries(
  (
    [
      'profitAndLoss',
      'cashFlow',
      'outturnProfitAndLoss',
      'outturnCashFlow',
      'terminalValue',
      'npv',
      'valuation',
      'pliNotReceived',
    ] as const
  ).map((key): [string, PropertyDescriptor] => [
    key,
    {
      enumerable: true,
      configurable: true,
      get(this: WithOutturnOf) {
        return partOf(this[OUTTURN], key);
      },
    },
  ]),
);
