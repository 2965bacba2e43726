import type {
  CompiledHeadcount,
  CompiledPlant,
  CompiledProjection,
  CompiledTeam,
} from '../compiledProjection.js';
import type { Workspace } from '../workspace.js';
import { remembering } from './lastOperands.js';
import { toInr } from './pricePath.js';

// A month of headcount: required direct workers, hiring, attrition, teams, payroll.

/**
 * A run's headcount steps that mostly repeat month after month (a year's wage by a rate that
 * holds for the year, a plant's crew), remembering their last operands (`remembering`): the
 * same values computed once. One per run (`headcountSteps`), handed to every month.
 * @internal
 */
export interface HeadcountSteps<N> {
  readonly crew: readonly ((a: N, b: N) => N)[];
  readonly indirect: (a: N, b: N) => N;
  readonly payDirect: readonly [(a: N, b: N) => N, (a: N, b: N) => N];
  readonly payIndirect: readonly [(a: N, b: N) => N, (a: N, b: N) => N];
  readonly teamCost: readonly (readonly [(a: N, b: N) => N, (a: N, b: N) => N])[];
  /** Per team: its heads added to the teams' total, heads × cost per head, that added up. */
  readonly teamSums: readonly (readonly [
    (a: N, b: N) => N,
    (a: N, b: N) => N,
    (a: N, b: N) => N,
  ])[];
  /** direct + indirect, then + teams: the requirement (flat while production is). */
  readonly required: readonly [(a: N, b: N) => N, (a: N, b: N) => N];
  /** Direct heads × direct pay, indirect heads × indirect pay. */
  readonly headsPay: readonly [(a: N, b: N) => N, (a: N, b: N) => N];
}

/** Fresh {@link HeadcountSteps} for a run of `plan`. @internal */
export function headcountSteps<N>(
  plan: CompiledProjection,
  hc: CompiledHeadcount,
  ws: Workspace<N>,
): HeadcountSteps<N> {
  const c = ws.calc;
  const times = () => remembering(c, 'multiply');
  const plus = () => remembering(c, 'add');
  const pair = () => [times(), times()] as const;
  return {
    crew: plan.plants.map(times),
    indirect: times(),
    payDirect: pair(),
    payIndirect: pair(),
    teamCost: hc.teams.map(pair),
    teamSums: hc.teams.map(() => [plus(), times(), plus()] as const),
    required: [plus(), plus()],
    headsPay: pair(),
  };
}

/** Direct staff a month's production needs: per plant, by productivity, at least the crew. */
function requiredDirect<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  m: number,
  steps: HeadcountSteps<N>,
): N {
  const c = ws.calc;
  const S = plan.segments.length;
  const P = plan.plants.length;
  if (m > 0 && sameAsLastMonth(ws.units, S, m) && sameAsLastMonth(ws.nameplate, P, m)) {
    // The same units on the same plants: the same requirement.
    return ws.requiredDirect[m - 1] as N;
  }
  let total = c.zero;
  for (let q = 0; q < P; q++) {
    const plant = plan.plants[q] as CompiledPlant;
    const order = plant.segments;
    let labour = c.zero;
    for (let k = 0; k < order.length; k++) {
      const s = order[k] ?? 0;
      const productivity = plan.segments[s]?.productivity ?? -1;
      if (productivity >= 0)
        labour = c.add(labour, c.divide(ws.units[m * S + s] as N, p[productivity] as N));
    }
    // A plant on line staffs every shift with at least its minimum crew.
    const crew = c.isZero(ws.nameplate[m * P + q] as N)
      ? c.zero
      : (steps.crew[q] as (a: N, b: N) => N)(
          ws.counts[plant.shifts] as N,
          p[plant.minimumDirectPerShift] as N,
        );
    total = c.add(total, c.max(labour, crew));
  }
  return total;
}

/** Month m's `stride` values of a buffer are the very values of month m − 1. */
function sameAsLastMonth<N>(buffer: ArrayLike<N>, stride: number, m: number): boolean {
  const now = m * stride;
  for (let k = 0; k < stride; k++) {
    if (!Object.is(buffer[now + k], buffer[now - stride + k])) return false;
  }
  return true;
}

/**
 * One month of headcount: the requirement (direct, indirect = direct × ratio, planned teams);
 * exits = opening × yearly attrition ÷ 12; hires replace exits and close the gap to the
 * requirement, up to the monthly limit (which then binds); no lay-offs. Payroll is on the
 * month's average heads, split across direct, indirect and teams as the requirement is.
 */
export function headcountMonth<N>(
  plan: CompiledProjection,
  hc: CompiledHeadcount,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  m: number,
  steps: HeadcountSteps<N>,
): void {
  const c = ws.calc;
  const zero = c.zero;
  const K = plan.currencies.length;
  const wage = ws.wageFactor[plan.horizon.yearOfMonth[m] ?? 0] as N;
  const direct = requiredDirect(plan, p, ws, m, steps);
  const indirect = steps.indirect(direct, p[hc.indirectRatio] as N);
  let teams = zero;
  let teamsCost = zero;
  for (let t = 0; t < hc.teams.length; t++) {
    const team = hc.teams[t] as CompiledTeam;
    if (m < team.from || m > team.until) continue;
    const heads = p[team.heads] as N;
    const [addHeads, timesPay, addCost] = steps.teamSums[t] as HeadcountSteps<N>['teamSums'][0];
    teams = addHeads(teams, heads);
    const [inYear, inRupees] = steps.teamCost[t] as HeadcountSteps<N>['payDirect'];
    const perHead = inRupees(inYear(p[team.cost] as N, wage), toInr(ws, K, team.costCurrency, m));
    teamsCost = addCost(teamsCost, timesPay(heads, perHead));
  }
  const required = steps.required[1](steps.required[0](direct, indirect), teams);
  const opening =
    m > 0 ? (ws.closing[m - 1] as N) : hc.opening < 0 ? required : (p[hc.opening] as N);
  const exits = c.divide(c.multiply(opening, p[hc.attrition] as N), ws.counts[12] as N);
  const retained = c.subtract(opening, exits);
  let hires = c.max(zero, c.subtract(required, retained));
  let binds = 0;
  if (hc.maxHires >= 0 && c.compare(hires, p[hc.maxHires] as N) > 0) {
    hires = p[hc.maxHires] as N;
    binds = 1;
  }
  const closing = c.add(retained, hires);
  const average = c.divide(c.add(opening, closing), ws.counts[2] as N);
  const payDirect = steps.payDirect[1](
    steps.payDirect[0](p[hc.payDirect] as N, wage),
    toInr(ws, K, hc.payDirectCurrency, m),
  );
  const payIndirect = steps.payIndirect[1](
    steps.payIndirect[0](p[hc.payIndirect] as N, wage),
    toInr(ws, K, hc.payIndirectCurrency, m),
  );
  let pd = zero;
  let pi: N;
  let pt = zero;
  if (c.isZero(required)) {
    // Nobody is required (before production starts): those on the books count as overhead.
    pi = c.multiply(average, payIndirect);
  } else {
    const perRequired = c.divide(average, required);
    pd = c.multiply(perRequired, steps.headsPay[0](direct, payDirect));
    pi = c.multiply(perRequired, steps.headsPay[1](indirect, payIndirect));
    pt = c.multiply(perRequired, teamsCost);
  }
  ws.requiredDirect[m] = direct;
  ws.requiredIndirect[m] = indirect;
  ws.requiredTeams[m] = teams;
  ws.required[m] = required;
  ws.opening[m] = opening;
  ws.exits[m] = exits;
  ws.hires[m] = hires;
  ws.closing[m] = closing;
  ws.average[m] = average;
  ws.payrollDirect[m] = pd;
  ws.payrollIndirect[m] = pi;
  ws.payrollTeams[m] = pt;
  ws.payroll[m] = c.add(c.add(pd, pi), pt);
  ws.hiringLimitBinds[m] = binds;
}
