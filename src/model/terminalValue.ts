import { type Decimal, ONE, ZERO } from '../core/decimal.js';
import { ValidationError } from '../core/errors.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';

/** The last horizon year's figures a terminal value is built from (INR, exact). */
export interface TerminalInputs {
  /** EBIT of the last year: operating profit before PLI (PLI ends with the scheme). */
  readonly ebit: Decimal;
  /** Net block + capital work in progress at the end of the horizon. */
  readonly netAssets: Decimal;
  /** Net working capital at the end of the horizon. */
  readonly workingCapital: Decimal;
}

/** A terminal value and how it was reached. */
export interface TerminalValue {
  readonly method: 'none' | 'net-assets' | 'perpetuity-growth';
  /** The value at the end of the horizon (undiscounted). */
  readonly value: Money<'INR'>;
  /** For `perpetuity-growth`: the first year after the horizon, else null. */
  readonly gordon: {
    readonly growth: Decimal;
    /** EBIT × (1 + g) × (1 − tax rate): after-tax operating profit of the next year, no PLI. */
    readonly nopat: Money<'INR'>;
    /** g × (net assets + working capital): capex beyond depreciation and working capital growing at g. */
    readonly reinvestment: Money<'INR'>;
    /** nopat − reinvestment. */
    readonly freeCashFlow: Money<'INR'>;
  } | null;
  /** One sentence on how the value was reached. */
  readonly basis: string;
}

/** Options for {@link terminalValue}. */
export type TerminalValueOptions =
  | { readonly method: 'none' }
  | { readonly method: 'net-assets' }
  | {
      readonly method: 'perpetuity-growth';
      readonly growth: Decimal;
      readonly discountRate: Decimal;
      readonly taxRate: Decimal;
    };

/**
 * The value of the plan beyond its horizon, at the end of the last year:
 * - `none`: zero;
 * - `net-assets`: net block + working capital (what the assets would recover);
 * - `perpetuity-growth` (Gordon): FCF₊₁ ÷ (r − g) with FCF₊₁ = EBIT × (1 + g) × (1 − t) − g ×
 *   (net assets + working capital). The operating profit excludes PLI (it ends with the scheme)
 *   and is taxed at the statutory rate; reinvestment keeps the capital base growing at g —
 *   maintenance capex equal to depreciation (which cancels against the depreciation added back)
 *   plus growth capex, and working capital growing at g.
 *
 * @param last - the last year's EBIT, net assets and working capital
 * @param options - the method (with g, r and the tax rate for Gordon)
 * @returns the {@link TerminalValue}
 * @throws {ValidationError} at `finance.terminalValue.growth` when g ≥ r (no finite perpetuity)
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * terminalValue({ ebit: d(100), netAssets: d(300), workingCapital: d(100) },
 *   { method: 'perpetuity-growth', growth: d('0.02'), discountRate: d('0.12'), taxRate: d('0.25') })
 *   .value.amount.toString() //=> '685' ((100 × 1.02 × 0.75 − 0.02 × 400) ÷ 0.10)
 * ```
 */
export function terminalValue(last: TerminalInputs, options: TerminalValueOptions): TerminalValue {
  switch (options.method) {
    case 'none':
      return { method: 'none', value: inr(ZERO), gordon: null, basis: 'No terminal value.' };
    case 'net-assets':
      return {
        method: 'net-assets',
        value: inr(last.netAssets.plus(last.workingCapital)),
        gordon: null,
        basis: 'Net block and working capital recovered at the end of the horizon.',
      };
    case 'perpetuity-growth': {
      const { growth: g, discountRate: r, taxRate: t } = options;
      if (g.greaterThanOrEqualTo(r)) {
        throw new ValidationError('scenario', [
          {
            path: 'finance.terminalValue.growth',
            message: `must be below the discount rate ${r.toFixed()} for a finite perpetuity, got ${g.toFixed()}`,
          },
        ]);
      }
      const nopat = last.ebit.times(ONE.plus(g)).times(ONE.minus(t));
      const reinvestment = g.times(last.netAssets.plus(last.workingCapital));
      const fcf = nopat.minus(reinvestment);
      return {
        method: 'perpetuity-growth',
        value: inr(fcf.dividedBy(r.minus(g))),
        gordon: {
          growth: g,
          nopat: inr(nopat),
          reinvestment: inr(reinvestment),
          freeCashFlow: inr(fcf),
        },
        basis:
          'Gordon growth on the year after the horizon: after-tax operating profit without PLI, less reinvestment that keeps capital growing at g.',
      };
    }
  }
}
