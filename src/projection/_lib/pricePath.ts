import type { CompiledProjection, CompiledSegment } from '../compiledProjection.js';
import type { Workspace } from '../workspace.js';
import { remembering } from './lastOperands.js';
import { yearFactors } from './yearFactors.js';

// The price path of a run (FX, INR prices, exports, pass-through, costs): apart from volumes so
// that a run sharing another's prices, costs, FX and horizon can take them (`runProjection`).
// Within a fiscal year a path mostly multiplies the same values month after month (a year's
// list price by a rate that holds for the year): each step remembers its last operands
// (`remembering`) and repeats its last result for them — the same values, computed once.

/**
 * The price path of a run — FX by month, each segment's INR price (with its exports and FX
 * pass-through), each cost component and unit cost — which reads only the plan's prices, costs,
 * FX and horizon, never its volumes or capacity. Two runs whose plans share those inputs (see
 * {@link samePricePath}) fill the very same values: one can take the other's ({@link copyPrices}).
 * @internal
 */
export function preparePrices<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
): void {
  prepareFx(plan, p, ws);
  prepareSegmentPrices(plan, p, ws);
  prepareCosts(plan, p, ws);
}

/** The price path's buffers (what {@link preparePrices} writes). */
const PRICE_BUFFERS = [
  'fx',
  'fxFactor',
  'priceFactor',
  'exportFactor',
  'price',
  'exportShare',
  'exportPrice',
  'unitCost',
  'componentCost',
  'costFactor',
] as const;

/**
 * Takes the price path from a workspace another run filled, for a plan with the same price path
 * ({@link samePricePath}): the values are the ones {@link preparePrices} would compute.
 * @internal
 */
export function copyPrices<N>(from: Workspace<N>, ws: Workspace<N>): void {
  for (const name of PRICE_BUFFERS) {
    const source = from[name];
    const target = ws[name];
    for (let i = 0; i < target.length; i++) target[i] = source[i] as N;
  }
}

/**
 * True when two plans have the same price path: the same horizon, FX and, segment by segment,
 * the same price, costs and exports — the very same parsed objects (an opening-run-rate baseline
 * keeps the plan's), so their values, currencies and slots' contents are the same. By identity,
 * never by value: a miss only recomputes.
 * @internal
 */
export function samePricePath(a: CompiledProjection, b: CompiledProjection): boolean {
  if (a === b) return true;
  const x = a.input;
  const y = b.input;
  if (x.horizon !== y.horizon || x.fx !== y.fx || x.segments.length !== y.segments.length) {
    return false;
  }
  return x.segments.every((s, i) => {
    const t = y.segments[i];
    return t !== undefined && s.price === t.price && s.costs === t.costs && s.exports === t.exports;
  });
}

/** INR per unit of each currency, by month: the path's rate × (1 + yearly change)^year. */
function prepareFx<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  const c = ws.calc;
  const K = plan.currencies.length;
  const yearOf = plan.horizon.yearOfMonth;
  for (let k = 0; k < K; k++) {
    const fx = plan.fx[k];
    if (fx === undefined) continue;
    yearFactors(c, ws.fxFactor, ws.years, K, k, fx.change < 0 ? c.zero : (p[fx.change] as N));
    const times = remembering(c, 'multiply');
    for (let m = 0; m < ws.months; m++) {
      ws.fx[m * K + k] = times(
        p[fx.rateSlot[m] ?? 0] as N,
        ws.fxFactor[(yearOf[m] ?? 0) * K + k] as N,
      );
    }
  }
}

export function toInr<N>(ws: Workspace<N>, K: number, currency: number, m: number): N {
  return currency < 0 ? ws.calc.one : (ws.fx[m * K + currency] as N);
}

/** The INR price of each segment by month (its exports' price and share too). */
function prepareSegmentPrices<N>(
  plan: CompiledProjection,
  p: ArrayLike<N>,
  ws: Workspace<N>,
): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const K = plan.currencies.length;
  const M = ws.months;
  const yearOf = plan.horizon.yearOfMonth;
  for (let s = 0; s < S; s++) {
    const seg = plan.segments[s];
    if (seg === undefined) continue;
    yearFactors(c, ws.priceFactor, ws.years, S, s, p[seg.priceChange] as N);
    const price = p[seg.price] as N;
    const ex = seg.exports;
    if (ex !== null) yearFactors(c, ws.exportFactor, ws.years, S, s, p[ex.priceChange] as N);
    // The year's list price (price × its yearly change) is computed once a year.
    const inRupees = remembering(c, 'multiply');
    const abroadInRupees = remembering(c, 'multiply');
    const domesticShare = remembering(c, 'subtract');
    const domesticPart = remembering(c, 'multiply');
    const abroadPart = remembering(c, 'multiply');
    const blend = remembering(c, 'add');
    let year = -1;
    let listPrice = price;
    let listAbroad = price;
    for (let m = 0; m < M; m++) {
      const i = m * S + s;
      if (yearOf[m] !== year) {
        year = yearOf[m] ?? 0;
        listPrice = c.multiply(price, ws.priceFactor[year * S + s] as N);
        if (ex !== null)
          listAbroad = c.multiply(p[ex.price] as N, ws.exportFactor[year * S + s] as N);
      }
      const domestic = inRupees(listPrice, toInr(ws, K, seg.priceCurrency, m));
      if (ex === null) {
        ws.price[i] = domestic;
        ws.exportShare[i] = c.zero;
        ws.exportPrice[i] = c.zero;
      } else {
        // Exported units sell at their own price, converted at the month's rate; the average
        // price weighs the two by the share of units.
        const share = p[ex.shareSlot[m] ?? 0] as N;
        const abroad = abroadInRupees(listAbroad, toInr(ws, K, ex.currency, m));
        ws.exportShare[i] = share;
        ws.exportPrice[i] = abroad;
        ws.price[i] = blend(
          domesticPart(domesticShare(c.one, share), domestic),
          abroadPart(share, abroad),
        );
      }
      ws.unitCost[i] = c.zero;
    }
  }
}

/** Each cost component in INR per unit, by month, and each segment's unit cost. */
function prepareCosts<N>(plan: CompiledProjection, p: ArrayLike<N>, ws: Workspace<N>): void {
  const c = ws.calc;
  const S = plan.segments.length;
  const C = plan.costs.length;
  const K = plan.currencies.length;
  const yearOf = plan.horizon.yearOfMonth;
  // Each currency's rupee move since the first month, by month, computed once for all the
  // components that pass it through (below).
  let rateMoves: N[] | undefined;
  const moveSince = remembering(c, 'subtract');
  const rateMove = (k: number, m: number): N => {
    rateMoves ??= new Array<N>(ws.months * K);
    let move = rateMoves[m * K + k];
    if (move === undefined) {
      move = moveSince(toInr(ws, K, k, m), toInr(ws, K, k, 0));
      rateMoves[m * K + k] = move;
    }
    return move;
  };
  for (let j = 0; j < C; j++) {
    const cost = plan.costs[j];
    if (cost === undefined) continue;
    yearFactors(c, ws.costFactor, ws.years, C, j, p[cost.change] as N);
    const amount = p[cost.amount] as N;
    const seg = plan.segments[cost.segment];
    const passes = seg !== undefined && cost.currency >= 0 && seg.priceCurrency < 0;
    // The component's cost in its currency (amount × its yearly change), once a year.
    const inRupees = remembering(c, 'multiply');
    const withComponent = remembering(c, 'add');
    const moved = remembering(c, 'multiply');
    const passedThrough = remembering(c, 'multiply');
    const domesticShareOf = remembering(c, 'subtract');
    const onDomestic = remembering(c, 'multiply');
    const withPassThrough = remembering(c, 'add');
    let year = -1;
    let inForeign = amount;
    for (let m = 0; m < ws.months; m++) {
      if (yearOf[m] !== year) {
        year = yearOf[m] ?? 0;
        inForeign = c.multiply(amount, ws.costFactor[year * C + j] as N);
      }
      const unit = inRupees(inForeign, toInr(ws, K, cost.currency, m));
      ws.componentCost[m * C + j] = unit;
      const i = m * S + cost.segment;
      ws.unitCost[i] = withComponent(ws.unitCost[i] as N, unit);
      if (passes) {
        // FX pass-through: the rupee price moves by a share of what the rupee move since the
        // first month did to this component's cost (a weaker rupee raises a cost-plus price).
        const costMove = moved(inForeign, rateMove(cost.currency, m));
        // Only the domestic units' rupee price passes the cost change through.
        const domesticShare = domesticShareOf(c.one, ws.exportShare[i] as N);
        ws.price[i] = withPassThrough(
          ws.price[i] as N,
          onDomestic(
            passedThrough(p[(seg as CompiledSegment).passThrough] as N, costMove),
            domesticShare,
          ),
        );
      }
    }
  }
}
