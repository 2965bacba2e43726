import { ZERO } from '../core/decimal.js';
import { ValidationError } from '../core/errors.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { depreciationRowsOf } from '../schedule/depreciateSchedule.js';
import { phaseParsedInvestment } from '../schedule/phaseInvestment.js';
import { parseFieldPath } from './_lib/fieldPath.js';
import { fiscalYearRange, horizonYears } from './_lib/fiscalYears.js';
import { type SharedRuns, sharedRuns } from './_lib/sharedRuns.js';
import type { Scenario } from './scenario.js';
import { openingBookDepreciation, openingInvestmentTotal } from './scenarioOpening.js';
import type { InvestmentYear } from './types.js';

/** The plan's investment, phased and depreciated, by fiscal year of the horizon. */
export interface InvestmentFigures {
  readonly total: Money<'INR'>;
  readonly commitments: readonly {
    readonly id: string;
    readonly name: string;
    readonly total: Money<'INR'>;
    /** Capex per horizon year. */
    readonly byYear: readonly Money<'INR'>[];
  }[];
  readonly years: readonly InvestmentYear[];
  /** Net block plus capital work in progress at the end of the horizon. */
  readonly closingNetAssets: Money<'INR'>;
  /** The month each investment's last capex falls in (for expansions tied to a tranche). */
  readonly completion: Readonly<Record<string, string>>;
  /** Investment made before the horizon (`opening.investments`): counted, not spent by the plan. */
  readonly opening: readonly {
    readonly id: string;
    readonly year: string;
    readonly amount: Money<'INR'>;
  }[];
}

function rowsByPeriod<V>(rows: readonly { period: string; value: V }[]): Map<string, V> {
  return new Map(rows.map((r) => [r.period, r.value]));
}

/**
 * Phases the scenario's investment commitments by fiscal year with the schedule layer (each
 * commitment's parts sum exactly to its total), cumulates them, and depreciates the combined
 * capex under the scenario's policy. Capex outside the horizon is an error: the plan must fund
 * what it builds within its own years; what was invested before it is the `opening` position —
 * in cumulative investment from the first year, its net block depreciated beside the capex.
 *
 * @param scenario - the validated scenario
 * @param years - the horizon's fiscal-year labels
 * @returns capex, cumulative investment, depreciation and net block per year, by commitment
 */
export function investmentsByYear(scenario: Scenario, years: readonly string[]): InvestmentFigures {
  const opening = (scenario.opening?.investments ?? []).map((i) => ({
    id: i.id,
    year: i.year,
    amount: i.amount,
  }));
  const before = openingInvestmentTotal(scenario.opening);
  const openingBlock = openingBookDepreciation(scenario.opening, years.length);
  if (scenario.investments.length === 0) {
    // A baseline without the plan invests nothing; what existed before the horizon stays.
    const zero = inr(ZERO);
    return {
      total: zero,
      commitments: [],
      years: years.map((year, y) => ({
        year,
        capex: zero,
        cumulative: inr(before),
        byInvestment: {},
        depreciation: openingBlock[y]?.charge ?? zero,
        netBlock: openingBlock[y]?.netBlock ?? zero,
      })),
      closingNetAssets: openingBlock.at(-1)?.netBlock ?? zero,
      completion: {},
      opening,
    };
  }
  const phased = inFile(
    () =>
      // The scenario's commitments are parsed already (the schedule layer's commitmentSchema).
      phaseParsedInvestment({
        granularity: 'fy',
        commitments: scenario.investments.map(({ id, taxBlock: _taxBlock, ...commitment }) => ({
          ...commitment,
          name: commitment.name ?? id,
        })),
      }),
    (path) => path.replace(/^commitments\[/, 'investments['),
  );
  const commitments = scenario.investments.map((inv, i) => {
    const part = phased.commitments[i];
    const byPeriod = rowsByPeriod(part?.schedule.toRows() ?? []);
    return {
      id: inv.id,
      name: inv.name ?? inv.id,
      total: inr(part?.total.amount ?? ZERO),
      byYear: years.map((y) => inr(byPeriod.get(y)?.amount ?? ZERO)),
      periods: [...byPeriod.entries()],
    };
  });
  const inHorizon = new Set(years);
  commitments.forEach((c, i) => {
    const outside = c.periods.filter(([p, v]) => !inHorizon.has(p) && v.amount.greaterThan(0));
    if (outside.length > 0) {
      throw new ValidationError('scenario', [
        {
          path: `investments[${i}]`,
          message: `spends in ${outside.map(([p]) => p).join(', ')}, outside the horizon ${years[0]}..${years[years.length - 1]}`,
        },
      ]);
    }
  });
  const last = years[years.length - 1] ?? '';
  const depreciation = inFile(
    () =>
      // The rows alone: the model reads no block's audit trail and no series.
      depreciationRowsOf(phased.schedule, {
        ...scenario.depreciation,
        through: last,
        granularity: 'fy',
      }),
    // The policy's fields are the file's `depreciation.*`; anything else is the section itself.
    (path) =>
      Object.hasOwn(scenario.depreciation, path) ? `depreciation.${path}` : 'depreciation',
  );
  const depRows = new Map(depreciation.map((r) => [r.period, r]));
  // Cumulative investment counts what was invested before the horizon; the opening net block
  // depreciates beside the plan's capex.
  let cumulative = before;
  const out: InvestmentYear[] = years.map((year, y) => {
    let capex = ZERO;
    const byInvestment: Record<string, Money<'INR'>> = {};
    for (const c of commitments) {
      const amount = c.byYear[y]?.amount ?? ZERO;
      byInvestment[c.id] = inr(amount);
      capex = capex.plus(amount);
    }
    cumulative = cumulative.plus(capex);
    const row = depRows.get(year);
    return {
      year,
      capex: inr(capex),
      cumulative: inr(cumulative),
      byInvestment,
      depreciation: inr((row?.charge.amount ?? ZERO).plus(openingBlock[y]?.charge.amount ?? ZERO)),
      netBlock: inr((row?.netBlock.amount ?? ZERO).plus(openingBlock[y]?.netBlock.amount ?? ZERO)),
    };
  });
  const lastRow = depRows.get(last);
  const completion: Record<string, string> = {};
  for (const c of commitments) {
    const spent = c.periods.filter(([, v]) => v.amount.greaterThan(0)).map(([p]) => p);
    const final = spent[spent.length - 1];
    if (final !== undefined) completion[c.id] = `${Number(final.slice(2, 6)) + 1}-03`;
  }
  return {
    total: inr(phased.total.amount),
    commitments: commitments.map(({ periods: _periods, ...c }) => c),
    years: out,
    closingNetAssets: inr(
      (lastRow?.netBlock.amount ?? ZERO)
        .plus(lastRow?.capitalWorkInProgress.amount ?? ZERO)
        .plus(openingBlock.at(-1)?.netBlock.amount ?? ZERO),
    ),
    completion,
    opening,
  };
}

/** Runs a schedule-layer step; its ValidationError is re-thrown with the scenario file's paths. */
function inFile<T>(step: () => T, toFilePath: (path: string) => string): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      'scenario',
      error.issues.map((i) => ({ path: toFilePath(i.path), message: i.message })),
    );
  }
}

/**
 * The plan's investment figures, or what {@link investmentsByYear} would refuse for a parsed
 * scenario (a commitment without a total or an end, capex outside the horizon, a depreciation
 * policy that cannot run) as issues with the file's paths — so `parseScenario` rejects what
 * `runScenario` would. One parse builds each distinct schedule once through `shared`, keyed by
 * the sections the schedule reads: its capacity-timing check reads the same figures, and a
 * variant that overrides none of those sections has the base's.
 *
 * @param scenario - the parsed scenario
 * @param shared - the parse's memo (default: a fresh one)
 * @returns the figures (and no issues), or the issues (and no figures)
 */
export function checkedInvestments(
  scenario: Scenario,
  shared: SharedRuns = sharedRuns(),
):
  | { readonly figures: InvestmentFigures; readonly issues: readonly [] }
  | { readonly figures: undefined; readonly issues: { path: PropertyKey[]; message: string }[] } {
  const { horizon, opening, investments, depreciation } = scenario;
  return shared.once('investments', [horizon, opening, investments, depreciation], () => {
    const years = fiscalYearRange(horizon.start, horizonYears(horizon) ?? 0);
    try {
      return { figures: investmentsByYear(scenario, years), issues: [] as const };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return {
        figures: undefined,
        issues: error.issues.map((i) => ({
          path: parseFieldPath(i.path) ?? [],
          message: i.message,
        })),
      };
    }
  });
}
