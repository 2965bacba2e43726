import type {
  CompiledHeadcount,
  CompiledPlant,
  CompiledProjection,
  CompiledTeam,
} from '../compiledProjection.js';
import type { Workspace } from '../workspace.js';
import { toInr } from './pricePath.js';

// A month of headcount: required direct workers, hiring, attrition, teams, payroll.

/** Direct staff a month's production needs: per plant, by productivity, at least the crew. */
function requiredDirect<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
  m: number,
): N {
  const c = ws.calc;
  const S = plan.segments.length;
  const P = plan.plants.length;
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
      : c.multiply(ws.counts[plant.shifts] as N, p[plant.minimumDirectPerShift] as N);
    total = c.add(total, c.max(labour, crew));
  }
  return total;
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
): void {
  const c = ws.calc;
  const zero = c.zero;
  const K = plan.currencies.length;
  const wage = ws.wageFactor[plan.horizon.yearOfMonth[m] ?? 0] as N;
  const direct = requiredDirect(plan, p, ws, m);
  const indirect = c.multiply(direct, p[hc.indirectRatio] as N);
  let teams = zero;
  let teamsCost = zero;
  for (let t = 0; t < hc.teams.length; t++) {
    const team = hc.teams[t] as CompiledTeam;
    if (m < team.from || m > team.until) continue;
    const heads = p[team.heads] as N;
    teams = c.add(teams, heads);
    const perHead = c.multiply(
      c.multiply(p[team.cost] as N, wage),
      toInr(ws, K, team.costCurrency, m),
    );
    teamsCost = c.add(teamsCost, c.multiply(heads, perHead));
  }
  const required = c.add(c.add(direct, indirect), teams);
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
  const payDirect = c.multiply(
    c.multiply(p[hc.payDirect] as N, wage),
    toInr(ws, K, hc.payDirectCurrency, m),
  );
  const payIndirect = c.multiply(
    c.multiply(p[hc.payIndirect] as N, wage),
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
    pd = c.multiply(perRequired, c.multiply(direct, payDirect));
    pi = c.multiply(perRequired, c.multiply(indirect, payIndirect));
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
