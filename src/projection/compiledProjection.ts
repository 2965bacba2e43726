import type { CurrencyCode } from '../money/currency.js';
import type { Horizon } from './_lib/horizon.js';
import type { Rebuild, SlotTable } from './_lib/slots.js';
import type { ProjectionInput } from './inputSchema.js';

/** A block of capacity (a plant's base or an expansion) in month-index terms. */
export interface CompiledBlock {
  readonly id: string;
  /** Month index it comes on line (negative: before the horizon). */
  readonly online: number;
  readonly units: number;
  readonly rampInitial: number;
  readonly rampTarget: number;
  readonly rampMonths: number;
}

export interface CompiledPlant {
  readonly id: string;
  readonly blocks: readonly CompiledBlock[];
  /** Segment indices made here, in capacity priority order. */
  readonly segments: Int32Array;
  readonly shifts: number;
  readonly minimumDirectPerShift: number;
}

export interface CompiledCost {
  readonly segment: number;
  readonly name: string;
  readonly amount: number;
  readonly change: number;
  /** Index into `currencies`, or −1 for INR. */
  readonly currency: number;
}

export interface CompiledSegment {
  readonly id: string;
  readonly name: string;
  readonly plant: number;
  readonly launch: number;
  /** Last month index with demand (inclusive), or a large number. */
  readonly end: number;
  readonly growth: Rebuild;
  /** The slots the demand curve reads (the volume curve's numbers). */
  readonly curveSlots: Int32Array;
  readonly price: number;
  readonly priceChange: number;
  readonly priceCurrency: number;
  /** Slot of the share of a foreign-currency cost change passed into the price. */
  readonly passThrough: number;
  /** Slot of units per worker per month, or −1. */
  readonly productivity: number;
  /** The segment's exports, or null when it sells only at `price`. */
  readonly exports: CompiledExports | null;
}

/** A segment's exports: the share of units in each month, and their price. */
export interface CompiledExports {
  /** Slot of the export share in effect in each month (by month index). */
  readonly shareSlot: Int32Array;
  readonly price: number;
  readonly priceChange: number;
  /** Index into `currencies`, or −1 for INR. */
  readonly currency: number;
}

export interface CompiledFx {
  readonly currency: CurrencyCode;
  /** Slot of the rate in effect in each month (by month index). */
  readonly rateSlot: Int32Array;
  /** Slot of the yearly change, or −1. */
  readonly change: number;
}

export interface CompiledTeam {
  readonly id: string;
  readonly heads: number;
  readonly from: number;
  /** Last month index (inclusive), or a large number. */
  readonly until: number;
  readonly cost: number;
  readonly costCurrency: number;
}

export interface CompiledHeadcount {
  readonly opening: number;
  readonly indirectRatio: number;
  readonly teams: readonly CompiledTeam[];
  readonly maxHires: number;
  readonly attrition: number;
  readonly payDirect: number;
  readonly payDirectCurrency: number;
  readonly payIndirect: number;
  readonly payIndirectCurrency: number;
  readonly wageIncrease: number;
}

/**
 * A validated projection input compiled to a plain numeric plan: months and fiscal years as
 * indices, references resolved to indices, and every numeric input as a slot of one parameter
 * vector (`slots.values`). The equations (`runEquations`) read only this plan and a vector, so
 * the same plan runs exactly (Decimal) or fast (float64), and sensitivity and simulation change
 * numbers in a vector without re-validating.
 */
export interface CompiledProjection {
  readonly kind: 'compiled-projection';
  readonly input: ProjectionInput;
  readonly horizon: Horizon;
  readonly slots: SlotTable;
  readonly segments: readonly CompiledSegment[];
  readonly plants: readonly CompiledPlant[];
  readonly costs: readonly CompiledCost[];
  /** Non-INR currencies with an FX path, in a stable order. */
  readonly currencies: readonly CurrencyCode[];
  readonly fx: readonly CompiledFx[];
  /** Index of USD in `currencies`, or −1 (then no USD outputs). */
  readonly usd: number;
  readonly allocation: 'priority' | 'pro-rata';
  readonly headcount: CompiledHeadcount | undefined;
}
