import type {
  CompiledHeadcount,
  CompiledPlant,
  CompiledProjection,
  CompiledTeam,
} from '../compiledProjection.js';
import { div, toInr } from './floatArithmetic.js';
import type { FloatWorkspace } from './floatEquations.js';

// A month of headcount on float64: required direct workers, hiring, attrition, teams, payroll.

function requiredDirect(plan: CompiledProjection, p: Float64Array, ws: FloatWorkspace, m: number) {
  const S = plan.segments.length;
  const P = plan.plants.length;
  const units = ws.units as Float64Array;
  const nameplate = ws.nameplate as Float64Array;
  let total = 0;
  for (let q = 0; q < P; q++) {
    const plant = plan.plants[q] as CompiledPlant;
    const order = plant.segments;
    let labour = 0;
    for (let k = 0; k < order.length; k++) {
      const s = order[k] as number;
      const productivity = plan.segments[s]?.productivity ?? -1;
      if (productivity >= 0) labour += div(units[m * S + s] as number, p[productivity] as number);
    }
    const crew =
      nameplate[m * P + q] === 0 ? 0 : plant.shifts * (p[plant.minimumDirectPerShift] as number);
    total += Math.max(labour, crew);
  }
  return total;
}

export function headcountMonth(
  plan: CompiledProjection,
  hc: CompiledHeadcount,
  p: Float64Array,
  ws: FloatWorkspace,
  m: number,
): void {
  const K = plan.currencies.length;
  const fx = ws.fx as Float64Array;
  const closingOf = ws.closing as Float64Array;
  const wage = (ws.wageFactor as Float64Array)[plan.horizon.yearOfMonth[m] ?? 0] as number;
  const direct = requiredDirect(plan, p, ws, m);
  const indirect = direct * (p[hc.indirectRatio] as number);
  let teams = 0;
  let teamsCost = 0;
  for (let t = 0; t < hc.teams.length; t++) {
    const team = hc.teams[t] as CompiledTeam;
    if (m < team.from || m > team.until) continue;
    const heads = p[team.heads] as number;
    teams += heads;
    const perHead = (p[team.cost] as number) * wage * toInr(fx, K, team.costCurrency, m);
    teamsCost += heads * perHead;
  }
  const required = direct + indirect + teams;
  const opening =
    m > 0 ? (closingOf[m - 1] as number) : hc.opening < 0 ? required : (p[hc.opening] as number);
  const exits = (opening * (p[hc.attrition] as number)) / 12;
  const retained = opening - exits;
  let hires = Math.max(0, required - retained);
  let binds = 0;
  if (hc.maxHires >= 0 && hires > (p[hc.maxHires] as number)) {
    hires = p[hc.maxHires] as number;
    binds = 1;
  }
  const closing = retained + hires;
  const average = (opening + closing) / 2;
  const payDirect = (p[hc.payDirect] as number) * wage * toInr(fx, K, hc.payDirectCurrency, m);
  const payIndirect =
    (p[hc.payIndirect] as number) * wage * toInr(fx, K, hc.payIndirectCurrency, m);
  let pd = 0;
  let pi: number;
  let pt = 0;
  if (required === 0) {
    pi = average * payIndirect;
  } else {
    const perRequired = average / required;
    pd = perRequired * (direct * payDirect);
    pi = perRequired * (indirect * payIndirect);
    pt = perRequired * teamsCost;
  }
  (ws.requiredDirect as Float64Array)[m] = direct;
  (ws.requiredIndirect as Float64Array)[m] = indirect;
  (ws.requiredTeams as Float64Array)[m] = teams;
  (ws.required as Float64Array)[m] = required;
  (ws.opening as Float64Array)[m] = opening;
  (ws.exits as Float64Array)[m] = exits;
  (ws.hires as Float64Array)[m] = hires;
  closingOf[m] = closing;
  (ws.average as Float64Array)[m] = average;
  (ws.payrollDirect as Float64Array)[m] = pd;
  (ws.payrollIndirect as Float64Array)[m] = pi;
  (ws.payrollTeams as Float64Array)[m] = pt;
  (ws.payroll as Float64Array)[m] = pd + pi + pt;
  ws.hiringLimitBinds[m] = binds;
}
