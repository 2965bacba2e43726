import type { CurrencyCode } from '../../money/currency.js';
import type { CompiledFx } from '../compiledProjection.js';
import type { ProjectionInput } from '../inputSchema.js';
import type { CompileContext } from './compileContext.js';

/**
 * Each currency's rate slot by month (a flat rate, a rate with a yearly change, or a path of
 * steps: the last step begun by the month). A path that starts after the horizon's first month
 * is an issue.
 */
export function compileFx(
  parsed: ProjectionInput,
  currencies: readonly CurrencyCode[],
  { horizon, slot, month, issues }: CompileContext,
): CompiledFx[] {
  const M = horizon.months.length;
  return currencies.map((code) => {
    const path = parsed.fx[code];
    const rateSlot = new Int32Array(M);
    if (path === undefined || (!Array.isArray(path) && !('rate' in path))) {
      rateSlot.fill(slot(`fx.${code}`));
      return { currency: code, rateSlot, change: -1 };
    }
    if (!Array.isArray(path)) {
      rateSlot.fill(slot(`fx.${code}.rate`));
      return { currency: code, rateSlot, change: slot(`fx.${code}.yearlyChange`) };
    }
    const steps = path
      .map((step, k) => ({
        from: step.from === undefined ? Number.MIN_SAFE_INTEGER : month(step.from),
        slot: slot(`fx.${code}[${k}].rate`),
        k,
      }))
      .sort((a, b) => a.from - b.from || a.k - b.k);
    const first = steps[0];
    if (first !== undefined && first.from > 0) {
      issues.push({
        path: `fx.${code}[${first.k}].from`,
        message: `no ${code} rate for ${horizon.months[0] ?? ''}: the path starts later; add a first step without "from"`,
      });
    }
    for (let m = 0; m < M; m++) {
      let s = first?.slot ?? 0;
      for (const step of steps) if (step.from <= m) s = step.slot;
      rateSlot[m] = s;
    }
    return { currency: code, rateSlot, change: -1 };
  });
}
