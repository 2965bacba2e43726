import { runFloatEquations } from '../../../projection/_lib/floatEquations.js';
import { evaluateEnrolment, roundPaise } from './evaluateFloatEnrolment.js';
import type { FloatCore } from './floatCore.js';
import { SCALAR } from './floatCore.js';

/** Yearly roll-ups of the projection's months (sums by index; closing heads at the year end). */
function rollUp(c: FloatCore): void {
  const { ws, S, Y } = c;
  for (let y = 0; y < Y; y++) {
    const from = c.monthStart[y] as number;
    const to = c.monthEnd[y] as number;
    let revenue = 0;
    let units = 0;
    let cogs = 0;
    let payroll = 0;
    for (let m = from; m <= to; m++) {
      revenue += ws.totalRevenue[m] as number;
      units += ws.totalUnits[m] as number;
      cogs += ws.totalCogs[m] as number;
      payroll += ws.payroll[m] as number;
    }
    c.revenue[y] = revenue;
    c.units[y] = units;
    c.cogs[y] = cogs;
    c.payroll[y] = c.hasHeadcount ? payroll : 0;
    c.headcount[y] = c.hasHeadcount ? (ws.closing[to] as number) : Number.NaN;
    for (let s = 0; s < S; s++) {
      let r = 0;
      let u = 0;
      for (let m = from; m <= to; m++) {
        r += ws.revenue[m * S + s] as number;
        u += ws.units[m * S + s] as number;
      }
      c.segRevenue[y * S + s] = r;
      c.segUnits[y * S + s] = u;
    }
  }
}

/** Capex, depreciation and cumulative spend of the investments at their current totals. */
function invest(c: FloatCore): void {
  const Y = c.Y;
  c.capex.fill(0);
  c.depreciation.set(c.opening.depreciation);
  c.taxDepreciation.set(c.opening.taxDepreciation);
  let netAssets = c.opening.netAssets;
  for (let i = 0; i < c.investments.length; i++) {
    const inv = c.investments[i];
    if (inv === undefined) continue;
    const total = c.totals[i] as number;
    for (let y = 0; y < Y; y++) {
      c.capex[y] = (c.capex[y] as number) + total * (inv.capex[y] as number);
      c.depreciation[y] = (c.depreciation[y] as number) + total * (inv.depreciation[y] as number);
      c.taxDepreciation[y] =
        (c.taxDepreciation[y] as number) + total * (inv.taxDepreciation[y] as number);
    }
    netAssets += total * inv.netAssets;
  }
  c.totalsOut[3] = netAssets;
}

/** Each enrolment's incentive and threshold tests, then the sharing of each year's incentive. */
function pli(c: FloatCore): void {
  const { Y, S } = c;
  let total = 0;
  for (let e = 0; e < c.enrolments.length; e++) {
    const en = c.enrolments[e];
    if (en === undefined) continue;
    for (let y = 0; y < Y; y++) {
      let cum = en.openingInvested;
      for (let k = 0; k < en.investments.length; k++) {
        const i = en.investments[k] as number;
        const inv = c.investments[i];
        if (inv === undefined) continue;
        let spent = 0;
        for (let t = 0; t <= y; t++) spent += (c.totals[i] as number) * (inv.capex[t] as number);
        cum += spent;
      }
      c.cumulative[y] = cum;
    }
    const K = en.segments.length;
    const { partRevenue, partUnits } = en;
    partRevenue.fill(0);
    partUnits.fill(0);
    if (en.part !== null) {
      for (let k = 0; k < K; k++) {
        const s = en.segments[k] as number;
        for (let m = en.part.from; m <= en.part.to; m++) {
          partRevenue[k] = (partRevenue[k] as number) + (c.ws.revenue[m * S + s] as number);
          partUnits[k] = (partUnits[k] as number) + (c.ws.units[m * S + s] as number);
        }
      }
    }
    evaluateEnrolment(
      en,
      c.segRevenue,
      c.segUnits,
      S,
      c.cumulative,
      c.incentive.subarray(e * Y, (e + 1) * Y),
      c.pliPaid.subarray(e * Y, (e + 1) * Y),
      partRevenue,
      partUnits,
    );
    for (let y = 0; y < Y; y++) total += c.incentive[e * Y + y] as number;
  }
  c.totalsOut[2] = total;
  const sh = c.sharing;
  for (let y = 0; y < Y; y++) {
    let shared = 0;
    let kept = 0;
    for (let e = 0; e < c.enrolments.length; e++) {
      const amount = c.incentive[e * Y + y] as number;
      if (sh === null || sh.shared[e] === 0) {
        kept += amount;
        continue;
      }
      let part = 1;
      const scope = sh.inScope?.[e];
      const en = c.enrolments[e];
      if (scope !== undefined && en !== undefined) {
        let all = 0;
        let inScope = 0;
        for (let k = 0; k < en.segments.length; k++) {
          const r = c.segRevenue[y * S + (en.segments[k] as number)] as number;
          all += r;
          if (scope[k] === 1) inScope += r;
        }
        part = all === 0 ? 0 : inScope / all;
      }
      const share = amount * part;
      shared += share;
      kept += amount - share;
    }
    let toPartners = 0;
    let company = kept;
    if (sh !== null && sh.rule !== null && shared > 0) {
      sh.shares.fill(0);
      sh.rule(Math.round(roundPaise(shared) * 100), sh.shares);
      for (let p = 0; p < sh.parties; p++) {
        if (p === sh.company) company += (sh.shares[p] as number) / 100;
        else toPartners += (sh.shares[p] as number) / 100;
      }
    }
    c.earned[y] = shared + kept;
    c.paidToPartners[y] = toPartners;
    c.companyShare[y] = company;
  }
}

/** Losses carried forward, with PLI [0] and without [1]. */
const losses = new Float64Array(2);

/**
 * Sets a year's taxable profit off against the losses carried forward (a loss adds to them) and
 * returns what is left to tax.
 */
function setOff(carried: Float64Array, which: number, taxableProfit: number): number {
  const available = carried[which] as number;
  if (taxableProfit < 0) {
    carried[which] = available - taxableProfit;
    return 0;
  }
  const used = Math.min(available, taxableProfit);
  carried[which] = available - used;
  return taxableProfit - used;
}

/**
 * The P&L (with and without PLI: tax on the Income-tax Act's depreciation, losses carried
 * forward, deferred tax), working capital, free cash flow with the PLI received after the lag,
 * and the terminal value — as `runCore` does.
 */
function finance(c: FloatCore, sc: Float64Array): void {
  const { Y, ws } = c;
  const rate = sc[SCALAR.taxRate] as number;
  const lag = sc[SCALAR.lag] as number;
  const deductible = c.sharing?.taxDeductible ?? true;
  const share = sc[SCALAR.shareOfRevenue] as number;
  const fixed = sc[SCALAR.fixedPerYear] as number;
  const growth = 1 + (sc[SCALAR.fixedYearlyChange] as number);
  const gst = 1 + (sc[SCALAR.gst] as number);
  const rd = sc[SCALAR.receivableDays] as number;
  const id = sc[SCALAR.inventoryDays] as number;
  const pd = sc[SCALAR.payableDays] as number;
  const net = (revenue: number, cogs: number) =>
    ((revenue * gst) / 365) * rd + (cogs / 365) * id - (cogs / 365) * pd;
  const stated = sc[SCALAR.opening] as number;
  let previous = Number.isNaN(stated)
    ? net((ws.totalRevenue[0] as number) * 12, (ws.totalCogs[0] as number) * 12)
    : stated;
  losses[0] = 0;
  losses[1] = 0;
  let factor = 1;
  for (let y = 0; y < Y; y++) {
    const revenue = c.revenue[y] as number;
    const other = revenue * share + fixed * factor;
    factor *= growth;
    const ebitda = revenue - (c.cogs[y] as number) - (c.payroll[y] as number) - other;
    const dep = c.depreciation[y] as number;
    const taxDep = c.taxDepreciation[y] as number;
    const ebit = ebitda - dep;
    const deferred = (taxDep - dep) * rate;
    // With PLI: the whole incentive earned is income, the partners' shares an expense.
    const pli = c.earned[y] as number;
    const paid = c.paidToPartners[y] as number;
    const pbt = ebit + pli - paid;
    const assessable = deductible ? pbt : pbt + paid;
    const currentWith = setOff(losses, 0, assessable + dep - taxDep) * rate;
    const currentWithout = setOff(losses, 1, ebit + dep - taxDep) * rate;
    c.ebitda[y] = ebitda;
    c.ebit[y] = ebit;
    c.pat[y] = pbt - (currentWith + deferred);
    c.taxWith[y] = currentWith;
    c.taxWithout[y] = currentWithout;
    const wc = net(revenue, c.cogs[y] as number);
    c.wcChange[y] = wc - previous;
    previous = wc;
    const base = ebitda - (c.capex[y] as number) - (c.wcChange[y] as number);
    c.fcfWithout[y] = base - currentWithout;
    c.fcfWith[y] = base - currentWith + (y - lag >= 0 ? (c.companyShare[y - lag] as number) : 0);
  }
  c.totalsOut[4] = previous;
  let rows = Y;
  if (c.sharing !== null) {
    for (let k = 0; k < lag; k++) {
      const y = Y + k;
      c.fcfWith[y] = y - lag >= 0 && y - lag < Y ? (c.companyShare[y - lag] as number) : 0;
      rows++;
    }
  }
  c.totalsOut[0] = rows;
}

/**
 * Runs one compiled scenario on its current parameters (`c.params`, `c.totals`) and the shared
 * scalars: projection, roll-ups, investments, PLI and sharing, P&L, working capital, free cash
 * flow. The terminal value is left to the model (it needs the discount rate and growth).
 *
 * @internal
 */
export function runFloatCore(c: FloatCore, sc: Float64Array): void {
  // The projection is rerun only when one of its parameters changed (a sweep of capex, tax or
  // the lag, and the baseline whenever the draw leaves its prices, FX and volumes alone).
  let same = true;
  for (let k = 0; k < c.params.length && same; k++) same = c.params[k] === c.ran[k];
  if (!same) {
    runFloatEquations(c.plan, c.params, c.ws);
    c.ran.set(c.params);
  }
  rollUp(c);
  invest(c);
  pli(c);
  finance(c, sc);
}
