import type { Calculator } from '../../core/calculator.js';
import type { WorkspaceBuffer } from '../workspace.js';

// Yearly changes compound by fiscal year: prices, exports, costs, FX and wages share this.

/** Fills `out[y × stride + item]` with (1 + change)^y, by repeated multiplication. */
export function yearFactors<N>(
  calc: Calculator<N>,
  out: WorkspaceBuffer<N>,
  years: number,
  stride: number,
  item: number,
  change: N,
): void {
  const step = calc.add(calc.one, change);
  let f = calc.one;
  for (let y = 0; y < years; y++) {
    out[y * stride + item] = f;
    f = calc.multiply(f, step);
  }
}
