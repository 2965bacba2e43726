import { ValidationError } from '../core/errors.js';
import { compileParsedProjection } from '../projection/compile.js';
import { parseFieldPath } from './_lib/fieldPath.js';
import { projectionInputOf } from './_lib/projectionInput.js';
import type { InvestmentFigures } from './investments.js';
import type { Scenario } from './scenario.js';

/**
 * What the run would refuse or silently drop in the plants' expansions, found when the scenario
 * is validated, with the file's paths: an expansion tied to an unknown investment tranche, one
 * on line before the horizon (existing capacity belongs in the plant's `unitsPerMonth`), and one
 * on line after the horizon ends — a month, or a tranche completing too late — which would add
 * nothing to the plan while its capex is spent.
 *
 * @param scenario - a parsed scenario whose investments phase (see `checkedInvestments`)
 * @param completion - the month each investment completes: its figures' `completion`
 * @returns issues with paths such as `plants[0].expansions[1].online.tranche`
 */
export function capacityTimingIssues(
  scenario: Scenario,
  completion: InvestmentFigures['completion'],
): { path: PropertyKey[]; message: string }[] {
  try {
    const plan = compileParsedProjection(projectionInputOf(scenario), { tranches: completion });
    const months = plan.horizon.months;
    const last = months[months.length - 1] ?? '';
    const issues: { path: PropertyKey[]; message: string }[] = [];
    plan.plants.forEach((p, i) => {
      // Block 0 is the plant itself; the expansions follow in the file's order.
      p.blocks.slice(1).forEach((block, j) => {
        if (block.online < months.length) return;
        const online = scenario.plants[i]?.expansions[j]?.online;
        const tranche = typeof online === 'object' ? online : undefined;
        issues.push({
          path: [
            'plants',
            i,
            'expansions',
            j,
            'online',
            ...(tranche === undefined ? [] : ['tranche']),
          ],
          message: `comes on line after the horizon ends in ${last}${tranche === undefined ? '' : ` (investment "${tranche.tranche}" completes in ${completion[tranche.tranche]}, then ${tranche.leadMonths} month${tranche.leadMonths === 1 ? '' : 's'} to come on line)`}: it would add no capacity to the plan; bring it inside the horizon or leave it out`,
        });
      });
    });
    return issues;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i) => ({ path: parseFieldPath(i.path) ?? [], message: i.message }));
  }
}
