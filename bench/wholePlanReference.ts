/**
 * The float64 floor for (f): the seed's whole plan written out by hand on plain numbers — the
 * hand-written projection (`reference.ts`) for the plan and its opening run-rate baseline, then
 * straight loops for the investment (capex and depreciation per ₹ of each investment, taken
 * from the schedule once), PLI per enrolment (the seed's by-year rates, thresholds, part first
 * year claimed on its months' own sales — LSEM's 1 August — invoice floors and sales cap), the sharing (retain, then split, on whole paise), the P&L
 * with losses and deferred tax, working capital, free cash flow with the lag, and the dated
 * XNPV / XIRR of the increment. No generality beyond what the seed uses: what `compileScenarioModel`
 * costs against code written for one plan. Checked against the compiled model before it is
 * timed.
 */
import { ZERO } from '../src/core/decimal.js';
import { fiscalYearRange, fiscalYearStart } from '../src/model/_lib/fiscalYears.js';
import { openingRunRateScenario } from '../src/model/baseline.js';
import { investmentsByYear } from '../src/model/investments.js';
import { enrolmentRules } from '../src/model/pliEnrolmentRules.js';
import type { Scenario } from '../src/model/scenario.js';
import { taxRateOf } from '../src/model/scenarioFinance.js';
import { taxDepreciationByYear } from '../src/model/taxDepreciationByYear.js';
import { compileParsedProjection } from '../src/projection/compile.js';
import type { ProjectionInput } from '../src/projection/inputSchema.js';
import type { ProjectionResult } from '../src/projection/runProjection.js';
import { createReference } from './reference.js';

const projectionOf = (s: Scenario): ProjectionInput => ({
  horizon: s.horizon,
  capacityAllocation: s.capacityAllocation,
  fx: s.fx,
  plants: s.plants,
  segments: s.segments,
  ...(s.headcount === undefined ? {} : { headcount: s.headcount }),
});

const n = (d: { toNumber(): number }) => d.toNumber();

export interface WholePlanReference {
  /** Projection parameters of the plan (change in place; `baselineSlot` maps them to the baseline). */
  readonly p: Float64Array;
  readonly pBase: Float64Array;
  /** The slots of a projection path in the plan and in the baseline (−1 where it has none). */
  slotsOf(path: string): { plan: number; baseline: number };
  readonly debug?: unknown;
  /**
   * Runs with the projection parameters in `p`, the tax rate, the PLI lag and the first
   * investment's total; writes [npv with PLI, npv without, irr, PLI total] (₹ crore) to `out`.
   */
  run(taxRate: number, lag: number, firstInvestment: number, out: Float64Array): void;
}

export function createWholePlanReference(scenario: Scenario): WholePlanReference {
  const years = fiscalYearRange(scenario.horizon.start, scenario.horizon.years ?? 0);
  const Y = years.length;
  const invest = investmentsByYear(scenario, years);
  const plan = compileParsedProjection(projectionOf(scenario), { tranches: invest.completion });
  const fake = {
    total: { monthly: [{ period: plan.horizon.months[0] }] },
    segments: plan.segments.map(() => ({ monthly: [{ demand: ZERO }] })),
  } as unknown as ProjectionResult;
  const baseScenario = openingRunRateScenario(scenario, fake);
  const basePlan = compileParsedProjection(projectionOf(baseScenario), {});
  const ref = createReference(plan, []);
  const refBase = createReference(basePlan, []);
  const p = Float64Array.from(plan.slots.values, n);
  const pBase = Float64Array.from(basePlan.slots.values, n);
  const S = plan.segments.length;
  const M = plan.horizon.months.length;
  const volumeSlot = Int32Array.from(
    plan.segments,
    (_, s) => basePlan.slots.index.get(`segments[${s}].volume.value`) ?? -1,
  );
  const yearOf = plan.horizon.yearOfMonth;
  const noOut = new Float64Array(0);

  // The investment: the first investment alone and the rest, per ₹ of the first's total.
  const first = scenario.investments[0];
  if (first === undefined) throw new Error('reference: the seed has investments');
  const firstTotal = n(first.total?.amount ?? { toNumber: () => 0 });
  const alone = { ...scenario, investments: [first] };
  const aloneFig = investmentsByYear(alone, years);
  const aloneTax = taxDepreciationByYear(alone, aloneFig, years);
  const allTax = taxDepreciationByYear(scenario, invest, years);
  const per = (x: number) => x / firstTotal;
  const capex1 = Float64Array.from(aloneFig.years, (r) => per(n(r.capex.amount)));
  const dep1 = Float64Array.from(aloneFig.years, (r) => per(n(r.depreciation.amount)));
  const tax1 = Float64Array.from(aloneTax, (r) => per(n(r.depreciation.amount)));
  const capexRest = Float64Array.from(
    invest.years,
    (r, y) => n(r.capex.amount) - firstTotal * (capex1[y] as number),
  );
  const depRest = Float64Array.from(
    invest.years,
    (r, y) => n(r.depreciation.amount) - firstTotal * (dep1[y] as number),
  );
  const taxRest = Float64Array.from(
    allTax,
    (r, y) => n(r.depreciation.amount) - firstTotal * (tax1[y] as number),
  );
  const assets1 = per(n(aloneFig.closingNetAssets.amount));
  const assetsRest = n(invest.closingNetAssets.amount) - firstTotal * assets1;
  const capexOf = (id: string) => {
    const c = invest.commitments.find((x) => x.id === id);
    return Float64Array.from(c?.byYear ?? [], (m) => n(m.amount));
  };

  // PLI: the seed's enrolments (by-year rates, sales caps, invoice floors per segment).
  const section = scenario.pli;
  if (section === undefined) throw new Error('reference: the seed has PLI');
  const enrolments = section.enrolments.map((e) => {
    const scheme = enrolmentRules(e, section).scheme;
    const cat = scheme.categories[e.enrolment.category];
    const rates = cat?.rates ?? scheme.rates;
    if (cat === undefined || rates?.kind !== 'by-year')
      throw new Error('reference: by-year rates only');
    const firstYear = fiscalYearStart(e.enrolment.firstYear ?? scheme.tenure.firstYear) ?? 0;
    const unit = scheme.amountUnit === 'crore' ? 1e7 : scheme.amountUnit === 'lakh' ? 1e5 : 1;
    const fromMonth = scheme.firstYearPart?.fromMonth;
    const part = fromMonth === undefined ? 1 : (12 - ((fromMonth - 4 + 12) % 12)) / 12;
    // The part first year is claimed on its months' own sales (LSEM: 1 August to 31 March).
    const partFrom =
      fromMonth === undefined || fromMonth === 4
        ? -1
        : plan.horizon.months.indexOf(
            `${fromMonth < 4 ? firstYear + 1 : firstYear}-${String(fromMonth).padStart(2, '0')}`,
          );
    const partTo = plan.horizon.months.indexOf(`${firstYear + 1}-03`);
    const proRataBase = scheme.firstYearPart?.baseYear === 'pro-rata';
    const floor = cat.invoiceFloor?.floors.find((f) => f.product === undefined);
    const cap = cat.caps?.find((c) => c.kind === 'eligible-sales-per-year');
    const ids = e.segments.map((s) => (typeof s === 'string' ? s : s.segment));
    return {
      segs: Int32Array.from(ids, (id) => plan.segments.findIndex((s) => s.id === id)),
      scoped: Uint8Array.from(ids, (id) =>
        section.sharing?.scope?.segments?.includes(id) ? 1 : 0,
      ),
      shared: section.sharing?.scope?.enrolments?.includes(e.id) ?? true,
      floor: floor === undefined ? Number.NEGATIVE_INFINITY : n(floor.minimumRupees),
      lines: cat.invoiceFloor !== undefined,
      base: n(e.enrolment.baseYearSales?.amount ?? { toNumber: () => 0 }),
      invest: e.investments.map(capexOf),
      schemeYear: Int32Array.from(years, (y) => {
        const k = (fiscalYearStart(y) ?? 0) - firstYear + 1;
        return k >= 1 && k <= scheme.tenure.years ? k : 0;
      }),
      part,
      proRataBase,
      partFrom,
      partTo,
      invThreshold: (k: number) => {
        const v = cat.thresholds.investment?.cumulative?.[k - 1];
        return v == null ? Number.NEGATIVE_INFINITY : n(v) * unit;
      },
      salesThreshold: (k: number) => {
        const v = cat.thresholds.sales?.incremental?.[k - 1];
        return v == null ? Number.NEGATIVE_INFINITY : n(v) * unit;
      },
      rate: (k: number) => n(rates.rates[k - 1] ?? { toNumber: () => 0 }),
      cap: (k: number) => {
        const v = cap?.kind === 'eligible-sales-per-year' ? cap.amounts[k - 1] : null;
        return v == null ? Number.POSITIVE_INFINITY : n(v) * unit;
      },
      missed: e.assumeMissed !== undefined,
    };
  });
  const rule = section.sharing?.agreement.rule;
  if (rule?.kind !== 'retain-then-share' || rule.then.kind !== 'fixed')
    throw new Error('reference: the seed retains, then splits');
  const retain = Math.round(n(rule.retain.share) * 10); // 0.4 → 4 of 10
  const parties = section.sharing?.agreement.parties.map((x) => x.id) ?? [];
  const w0 = n(rule.then.weights[parties[0] ?? ''] ?? { toNumber: () => 0 });
  const w1 = n(rule.then.weights[parties[1] ?? ''] ?? { toNumber: () => 0 });
  const companyFirst = parties[0] === section.sharing?.company;
  if (parties[0] !== rule.retain.party || parties.length !== 2)
    throw new Error('reference: two parties, the first retains');
  /** `allocate` of whole units between two weights: the first part (ties to the first). */
  const firstPart = (units: number, a: number, b: number) => {
    const sum = a + b;
    let x = Math.floor((units * a) / sum);
    const y = Math.floor((units * b) / sum);
    if (x + y < units && a > 0 && (units * a) % sum >= (units * b) % sum) x++;
    return x;
  };

  const f = scenario.finance;
  const wc = f.workingCapital;
  const rd = n(wc.receivableDays);
  const id = n(wc.inventoryDays);
  const pd = n(wc.payableDays);
  const share = n(scenario.operatingCosts.shareOfRevenue);
  const fixed = n(scenario.operatingCosts.fixedPerYear.amount);
  const growth = 1 + n(scenario.operatingCosts.fixedYearlyChange);
  const rate = n(f.discountRate);
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const origin = day(f.valuationDate ?? scenario.meta.asOf);
  const start = fiscalYearStart(years[0] ?? '') ?? 0;
  const times = Float64Array.from(
    { length: Y + 5 },
    (_, k) => (day(`${start + k}-10-01`) - origin) / 365,
  );
  const tvTime = (day(`${start + Y}-03-31`) - origin) / 365;
  void taxRateOf;

  // Per-run arrays for one scenario (plan or baseline).
  const mk = () => ({
    segRev: new Float64Array(Y * S),
    segUnits: new Float64Array(Y * S),
    rev: new Float64Array(Y),
    cogs: new Float64Array(Y),
    pay: new Float64Array(Y),
    incentive: new Float64Array(Y),
    company: new Float64Array(Y),
    partners: new Float64Array(Y),
    fcfWith: new Float64Array(Y + 5),
    fcfWithout: new Float64Array(Y),
    tv: 0,
    pliTotal: 0,
  });
  const planRun = mk();
  const baseRun = mk();

  function scenarioRun(
    r: ReturnType<typeof mk>,
    proj: typeof ref,
    withInvestment: number,
    taxRate: number,
    lag: number,
  ): void {
    const st = proj.state;
    r.segRev.fill(0);
    r.segUnits.fill(0);
    r.rev.fill(0);
    r.cogs.fill(0);
    r.pay.fill(0);
    for (let m = 0; m < M; m++) {
      const y = yearOf[m] as number;
      r.rev[y] = (r.rev[y] as number) + (st.revenue[m] as number);
      r.cogs[y] = (r.cogs[y] as number) + (st.cogs[m] as number);
      r.pay[y] = (r.pay[y] as number) + (st.payroll[m] as number);
      for (let s = 0; s < S; s++) {
        const u = st.units[m * S + s] as number;
        r.segUnits[y * S + s] = (r.segUnits[y * S + s] as number) + u;
        r.segRev[y * S + s] = (r.segRev[y * S + s] as number) + u * (st.price[m * S + s] as number);
      }
    }
    // PLI, then sharing by year.
    r.incentive.fill(0);
    r.company.fill(0);
    r.partners.fill(0);
    r.pliTotal = 0;
    for (const e of enrolments) {
      for (let y = 0; y < Y; y++) {
        const k = e.schemeYear[y] as number;
        if (k === 0) continue;
        let sales = 0;
        let eligible = 0;
        let all = 0;
        let scoped = 0;
        const inPart = k === 1 && e.partFrom >= 0;
        for (let j = 0; j < e.segs.length; j++) {
          const s = e.segs[j] as number;
          const rv = r.segRev[y * S + s] as number;
          const u = r.segUnits[y * S + s] as number;
          // In the part first year, the claimed months' own revenue and units.
          let claimedRv = rv;
          let claimedU = u;
          if (inPart) {
            claimedRv = 0;
            claimedU = 0;
            for (let m = e.partFrom; m <= e.partTo; m++) {
              const mu = st.units[m * S + s] as number;
              claimedU += mu;
              claimedRv += mu * (st.price[m * S + s] as number);
            }
          }
          all += rv;
          if (e.scoped[j] === 1) scoped += rv;
          if (!e.lines) {
            sales += claimedRv;
            eligible += claimedRv;
          } else if (u > 0) {
            const price = rv / u;
            const value = price * Math.floor(claimedU + 0.5);
            sales += value;
            if (price >= e.floor) eligible += value;
          }
        }
        const partShare = k === 1 && !inPart ? e.part : 1;
        const base = e.base * (k === 1 && e.proRataBase ? e.part : 1);
        const increment = sales * partShare - base;
        const eligibleIncrement = eligible * partShare - base;
        let cum = 0;
        for (const c of e.invest)
          for (let t = 0; t <= y; t++) cum += (c[t] as number) * withInvestment;
        const met = !e.missed && cum >= e.invThreshold(k) && increment >= e.salesThreshold(k);
        if (!met || eligibleIncrement <= 0) continue;
        const amount =
          Math.floor(Math.min(eligibleIncrement, e.cap(k)) * e.rate(k) * 100 + 0.5) / 100;
        r.incentive[y] = (r.incentive[y] as number) + amount;
        r.pliTotal += amount;
        const inScope = e.shared ? amount * (all === 0 ? 0 : scoped / all) : 0;
        // Retain, then split the rest by the weights: whole paise, the leftover paisa by largest remainder.
        const paise = Math.floor(inScope * 100 + 0.5);
        const kept = firstPart(paise, retain, 10 - retain);
        const rest = paise - kept;
        const towardsFirst = firstPart(rest, w0, w1);
        const companyPart = companyFirst ? towardsFirst : rest - towardsFirst;
        const partnerPart = rest - companyPart;
        r.company[y] = (r.company[y] as number) + (amount - inScope) + (kept + companyPart) / 100;
        r.partners[y] = (r.partners[y] as number) + partnerPart / 100;
      }
    }
    // P&L, working capital, free cash flow.
    let lossesWith = 0;
    let lossesWithout = 0;
    let previous =
      (((st.revenue[0] as number) * 12) / 365) * rd +
      (((st.cogs[0] as number) * 12) / 365) * (id - pd);
    let factor = 1;
    let lastEbit = 0;
    for (let y = 0; y < Y; y++) {
      const dep =
        withInvestment === 0 ? 0 : (depRest[y] as number) + withInvestment * (dep1[y] as number);
      const taxDep =
        withInvestment === 0 ? 0 : (taxRest[y] as number) + withInvestment * (tax1[y] as number);
      const capex =
        withInvestment === 0
          ? 0
          : (capexRest[y] as number) + withInvestment * (capex1[y] as number);
      const revenue = r.rev[y] as number;
      const ebitda =
        revenue - (r.cogs[y] as number) - (r.pay[y] as number) - (revenue * share + fixed * factor);
      factor *= growth;
      const ebit = ebitda - dep;
      lastEbit = ebit;
      const earned = (r.company[y] as number) + (r.partners[y] as number);
      let tw = ebit + earned - (r.partners[y] as number) + dep - taxDep;
      const useW = tw < 0 ? 0 : Math.min(lossesWith, tw);
      if (tw < 0) lossesWith -= tw;
      else lossesWith -= useW;
      tw = tw < 0 ? 0 : tw - useW;
      let to = ebit + dep - taxDep;
      const useO = to < 0 ? 0 : Math.min(lossesWithout, to);
      if (to < 0) lossesWithout -= to;
      else lossesWithout -= useO;
      to = to < 0 ? 0 : to - useO;
      const net =
        (revenue / 365) * rd +
        ((r.cogs[y] as number) / 365) * id -
        ((r.cogs[y] as number) / 365) * pd;
      const change = net - previous;
      previous = net;
      const cash = ebitda - capex - change;
      r.fcfWithout[y] = cash - to * taxRate;
      r.fcfWith[y] = cash - tw * taxRate + (y >= lag ? (r.company[y - lag] as number) : 0);
    }
    for (let k = 0; k < lag; k++) r.fcfWith[Y + k] = (r.company[Y + k - lag] as number) ?? 0;
    void lastEbit;
    r.tv = (withInvestment === 0 ? 0 : assetsRest + withInvestment * assets1) + previous;
  }

  const flows = new Float64Array(Y + 7);
  const ftimes = new Float64Array(Y + 7);
  const npvOf = (count: number, tv: number) => {
    let v = 0;
    for (let k = 0; k < count; k++) v += (flows[k] as number) * (1 + rate) ** -(times[k] as number);
    return v + tv * (1 + rate) ** -tvTime;
  };

  return {
    p,
    pBase,
    debug: { planRun, baseRun },
    slotsOf(path) {
      return {
        plan: plan.slots.index.get(path) ?? -1,
        baseline: basePlan.slots.index.get(path) ?? -1,
      };
    },
    run(taxRate, lag, firstInvestment, out) {
      ref.run(p, noOut);
      for (let s = 0; s < S; s++) pBase[volumeSlot[s] as number] = ref.state.demand[s] as number;
      refBase.run(pBase, noOut);
      scenarioRun(planRun, ref, firstInvestment, taxRate, lag);
      scenarioRun(baseRun, refBase, 0, taxRate, lag);
      const tv = planRun.tv - baseRun.tv;
      const rows = Y + lag;
      for (let k = 0; k < rows; k++)
        flows[k] = (planRun.fcfWith[k] as number) - (baseRun.fcfWith[k] as number);
      out[0] = npvOf(rows, tv) / 1e7;
      // XIRR: Newton on the dated increment, the terminal value at the horizon's end.
      for (let k = 0; k < rows; k++) ftimes[k] = times[k] as number;
      flows[rows] = tv;
      ftimes[rows] = tvTime;
      const valueAt = (x: number) => {
        let v = 0;
        for (let k = 0; k <= rows; k++)
          v += (flows[k] as number) * Math.exp(-x * (ftimes[k] as number));
        return v;
      };
      let t = Math.log1p(0.1);
      let converged = false;
      for (let it = 0; it < 100 && !converged; it++) {
        let v = 0;
        let d = 0;
        for (let k = 0; k <= rows; k++) {
          const term = (flows[k] as number) * Math.exp(-t * (ftimes[k] as number));
          v += term;
          d -= (ftimes[k] as number) * term;
        }
        if (d === 0 || !Number.isFinite(v)) break;
        const step = v / d;
        t -= step;
        converged = Math.abs(step) <= 1e-15 * (1 + Math.abs(t));
      }
      if (!converged) {
        // Bisection on t in [−10, 10].
        let lo = -10;
        let hi = 10;
        const sLo = Math.sign(valueAt(lo));
        for (let it = 0; it < 200 && hi - lo > 1e-16 * (1 + Math.abs(lo)); it++) {
          const mid = (lo + hi) / 2;
          if (Math.sign(valueAt(mid)) === sLo) lo = mid;
          else hi = mid;
        }
        t = (lo + hi) / 2;
      }
      out[2] = Math.expm1(t);
      for (let k = 0; k < Y; k++)
        flows[k] = (planRun.fcfWithout[k] as number) - (baseRun.fcfWithout[k] as number);
      out[1] = npvOf(Y, tv) / 1e7;
      out[3] = planRun.pliTotal / 1e7;
    },
  };
}
