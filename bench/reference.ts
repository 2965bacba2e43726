/**
 * The float64 floor for (c): the projection equations written out by hand on plain numbers and
 * typed arrays — no Calculator indirection, no workspace of every intermediate figure, only
 * what the chosen outputs need — so that the benchmark shows what crorecast's generic core
 * costs against code written for one purpose.
 *
 * It reads the plan's structure (month indices, slots, plant blocks, segment order) from a
 * compiled plan, but every equation is its own: demand from the volume curve (month anchors,
 * linear or compound, or a compound curve), capacity from blocks and their linear ramps,
 * capacity allocated by priority or pro rata, prices, costs and FX changing per fiscal year,
 * and headcount with attrition, the hiring limit and payroll. Its draws are checked against
 * `simulate` to 1e-9 relative before its time means anything.
 */
import { monthIndexOf } from '../src/projection/_lib/horizon.js';
import type { CompiledProjection } from '../src/projection/compiledProjection.js';

export type ReferenceMetric = 'revenue' | 'grossProfit' | 'headcount' | 'payroll';
export interface ReferenceOutput {
  readonly metric: ReferenceMetric;
  readonly year: string;
}

interface Curve {
  readonly slots: Int32Array;
  readonly last: Float64Array;
  readonly values: Float64Array;
  fill(p: Float64Array): void;
}

export interface Reference {
  /** Runs the equations with parameters `p`, writing the outputs into `out`. */
  run(p: Float64Array, out: Float64Array): void;
  /** The last run's monthly figures (`[m × S + s]` by segment), for the whole-plan reference. */
  readonly state: {
    readonly demand: Float64Array;
    readonly price: Float64Array;
    readonly units: Float64Array;
    readonly revenue: Float64Array;
    readonly cogs: Float64Array;
    readonly closing: Float64Array;
    readonly payroll: Float64Array;
  };
}

export function createReference(
  plan: CompiledProjection,
  outputs: readonly ReferenceOutput[],
): Reference {
  const M = plan.horizon.months.length;
  const Y = plan.horizon.fiscalYears.length;
  const S = plan.segments.length;
  const P = plan.plants.length;
  const K = plan.currencies.length;
  const yearOf = Int32Array.from(plan.horizon.yearOfMonth);
  const slotOf = (path: string): number => {
    const s = plan.slots.index.get(path);
    if (s === undefined) throw new Error(`reference: no slot ${path}`);
    return s;
  };

  const curves: Curve[] = plan.input.segments.map((seg, i) => {
    const launch = plan.segments[i]?.launch ?? 0;
    const n = Math.max(0, M - launch);
    const values = new Float64Array(n);
    const v = seg.volume;
    if (v.kind === 'anchors') {
      const xs = Float64Array.from(
        v.anchors,
        (a) => (monthIndexOf(plan.horizon, a.period) - launch) / 12,
      );
      const slots = Int32Array.from(v.anchors, (_, k) =>
        slotOf(`segments[${i}].volume.anchors[${k}].value`),
      );
      const last = new Float64Array(slots.length).fill(Number.NaN);
      const ys = new Float64Array(slots.length);
      const linear = v.method === 'linear';
      const top = xs.length - 1;
      return {
        slots,
        last,
        values,
        fill(p) {
          for (let k = 0; k < slots.length; k++) ys[k] = p[slots[k] as number] as number;
          let k = 0;
          for (let j = 0; j < n; j++) {
            const t = j / 12;
            while (k < top && t >= (xs[k + 1] as number)) k++;
            const x0 = xs[k] as number;
            const y0 = ys[k] as number;
            if (k === top || t <= x0) {
              values[j] = y0;
              continue;
            }
            const y1 = ys[k + 1] as number;
            const f = (t - x0) / ((xs[k + 1] as number) - x0);
            values[j] = linear ? y0 + (y1 - y0) * f : y0 * (y1 / y0) ** f;
          }
        },
      };
    }
    if (v.kind === 'compound') {
      const slots = Int32Array.of(
        slotOf(`segments[${i}].volume.start`),
        slotOf(`segments[${i}].volume.rate`),
      );
      return {
        slots,
        last: new Float64Array(2).fill(Number.NaN),
        values,
        fill(p) {
          const start = p[slots[0] as number] as number;
          const factor = (1 + (p[slots[1] as number] as number)) ** (1 / 12);
          for (let j = 0; j < n; j++) values[j] = start * factor ** j;
        },
      };
    }
    if (v.kind === 'flat') {
      const slots = Int32Array.of(slotOf(`segments[${i}].volume.value`));
      return {
        slots,
        last: new Float64Array(1).fill(Number.NaN),
        values,
        fill(p) {
          values.fill(p[slots[0] as number] as number);
        },
      };
    }
    throw new Error(`reference: volume kind ${v.kind} is not implemented`);
  });

  // Per-month working arrays (reused every run).
  const fx = new Float64Array(M * K);
  const demand = new Float64Array(M * S);
  const price = new Float64Array(M * S);
  const unitCost = new Float64Array(M * S);
  const units = new Float64Array(M * S);
  const nameplate = new Float64Array(M * P);
  const revenue = new Float64Array(M);
  const cogs = new Float64Array(M);
  const closing = new Float64Array(M);
  const payroll = new Float64Array(M);
  const yf = new Float64Array(Y);

  const factors = (change: number): Float64Array => {
    let f = 1;
    const step = 1 + change;
    for (let y = 0; y < Y; y++) {
      yf[y] = f;
      f *= step;
    }
    return yf;
  };
  const inr = (currency: number, m: number) =>
    currency < 0 ? 1 : (fx[m * K + currency] as number);

  const fromTo = outputs.map((o) => {
    const y = plan.horizon.fiscalYears.indexOf(o.year);
    if (y < 0) throw new Error(`reference: year ${o.year} not in the horizon`);
    return [yearOf.indexOf(y), yearOf.lastIndexOf(y) + 1] as const;
  });
  const hc = plan.headcount;

  return {
    state: { demand, price, units, revenue, cogs, closing, payroll },
    run(p, out) {
      // FX by month.
      for (let k = 0; k < K; k++) {
        const path = plan.fx[k];
        if (path === undefined) continue;
        const f = factors(path.change < 0 ? 0 : (p[path.change] as number));
        for (let m = 0; m < M; m++)
          fx[m * K + k] =
            (p[path.rateSlot[m] as number] as number) * (f[yearOf[m] as number] as number);
      }
      // Demand and price by segment.
      for (let s = 0; s < S; s++) {
        const seg = plan.segments[s];
        const curve = curves[s];
        if (seg === undefined || curve === undefined) continue;
        let same = true;
        for (let k = 0; k < curve.slots.length; k++) {
          const x = p[curve.slots[k] as number] as number;
          if (curve.last[k] !== x) same = false;
          curve.last[k] = x;
        }
        if (!same) curve.fill(p);
        const f = factors(p[seg.priceChange] as number);
        const base = p[seg.price] as number;
        for (let m = 0; m < M; m++) {
          const i = m * S + s;
          const j = m - seg.launch;
          demand[i] = j < 0 || m > seg.end ? 0 : Math.max(0, curve.values[j] as number);
          price[i] = base * (f[yearOf[m] as number] as number) * inr(seg.priceCurrency, m);
          unitCost[i] = 0;
        }
      }
      // Unit costs.
      for (const cost of plan.costs) {
        const f = factors(p[cost.change] as number);
        const amount = p[cost.amount] as number;
        for (let m = 0; m < M; m++) {
          const i = m * S + cost.segment;
          const inForeign = amount * (f[yearOf[m] as number] as number);
          unitCost[i] = (unitCost[i] as number) + inForeign * inr(cost.currency, m);
          // FX pass-through into a rupee price: a share of the cost's move since the first month.
          const seg = plan.segments[cost.segment];
          if (seg !== undefined && cost.currency >= 0 && seg.priceCurrency < 0) {
            const moved = inForeign * (inr(cost.currency, m) - inr(cost.currency, 0));
            price[i] = (price[i] as number) + (p[seg.passThrough] as number) * moved;
          }
        }
      }
      // Capacity, allocation, revenue and cost of goods.
      const proRata = plan.allocation === 'pro-rata';
      for (let m = 0; m < M; m++) {
        let rev = 0;
        let cg = 0;
        for (let q = 0; q < P; q++) {
          const plant = plan.plants[q];
          if (plant === undefined) continue;
          let np = 0;
          let capacity = 0;
          for (const b of plant.blocks) {
            const age = m - b.online;
            if (age < 0) continue;
            const u = p[b.units] as number;
            np += u;
            const target = p[b.rampTarget] as number;
            const initial = p[b.rampInitial] as number;
            const share =
              age < b.rampMonths ? initial + ((target - initial) * age) / b.rampMonths : target;
            capacity += u * share;
          }
          nameplate[m * P + q] = np;
          const order = plant.segments;
          let want = 0;
          let lastWithDemand = -1;
          for (let k = 0; k < order.length; k++) {
            const d = demand[m * S + (order[k] as number)] as number;
            want += d;
            if (d !== 0) lastWithDemand = k;
          }
          const fits = want <= capacity;
          let remaining = capacity;
          for (let k = 0; k < order.length; k++) {
            const i = m * S + (order[k] as number);
            const d = demand[i] as number;
            const u = fits
              ? d
              : !proRata || k === lastWithDemand
                ? Math.max(0, Math.min(d, remaining))
                : d === 0
                  ? 0
                  : (d * capacity) / want;
            remaining -= u;
            units[i] = u;
            rev += u * (price[i] as number);
            cg += u * (unitCost[i] as number);
          }
        }
        revenue[m] = rev;
        cogs[m] = cg;
      }
      // Headcount and payroll.
      if (hc) {
        const wf = factors(p[hc.wageIncrease] as number);
        let previous = 0;
        for (let m = 0; m < M; m++) {
          const wage = wf[yearOf[m] as number] as number;
          let direct = 0;
          for (let q = 0; q < P; q++) {
            const plant = plan.plants[q];
            if (plant === undefined) continue;
            let labour = 0;
            for (let k = 0; k < plant.segments.length; k++) {
              const s = plant.segments[k] as number;
              const prod = plan.segments[s]?.productivity ?? -1;
              if (prod >= 0) labour += (units[m * S + s] as number) / (p[prod] as number);
            }
            const crew =
              nameplate[m * P + q] === 0
                ? 0
                : plant.shifts * (p[plant.minimumDirectPerShift] as number);
            direct += Math.max(labour, crew);
          }
          const indirect = direct * (p[hc.indirectRatio] as number);
          let teams = 0;
          let teamsCost = 0;
          for (const t of hc.teams) {
            if (m < t.from || m > t.until) continue;
            const heads = p[t.heads] as number;
            teams += heads;
            teamsCost += heads * ((p[t.cost] as number) * wage * inr(t.costCurrency, m));
          }
          const required = direct + indirect + teams;
          const opening = m > 0 ? previous : hc.opening < 0 ? required : (p[hc.opening] as number);
          const exits = (opening * (p[hc.attrition] as number)) / 12;
          const retained = opening - exits;
          let hires = Math.max(0, required - retained);
          if (hc.maxHires >= 0 && hires > (p[hc.maxHires] as number))
            hires = p[hc.maxHires] as number;
          const close = retained + hires;
          const average = (opening + close) / 2;
          const payDirect = (p[hc.payDirect] as number) * wage * inr(hc.payDirectCurrency, m);
          const payIndirect = (p[hc.payIndirect] as number) * wage * inr(hc.payIndirectCurrency, m);
          let pay: number;
          if (required === 0) pay = average * payIndirect;
          else {
            const per = average / required;
            pay = per * (direct * payDirect) + per * (indirect * payIndirect) + per * teamsCost;
          }
          closing[m] = close;
          payroll[m] = pay;
          previous = close;
        }
      }
      // Outputs.
      for (let o = 0; o < outputs.length; o++) {
        const [from, to] = fromTo[o] as readonly [number, number];
        const metric = (outputs[o] as ReferenceOutput).metric;
        let acc = 0;
        if (metric === 'headcount') acc = closing[to - 1] as number;
        else {
          for (let m = from; m < to; m++) {
            acc +=
              metric === 'revenue'
                ? (revenue[m] as number)
                : metric === 'payroll'
                  ? (payroll[m] as number)
                  : (revenue[m] as number) - (cogs[m] as number);
          }
        }
        out[o] = acc;
      }
    },
  };
}
