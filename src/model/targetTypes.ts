import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';

// The plan's targets read against its result (see `ScenarioResult` in types.ts).

/** A revenue target read one way: in the year named, or summed over the plan up to it. */
export interface TargetReading {
  readonly basis: 'annual' | 'cumulative';
  readonly actual: Money<'INR'>;
  readonly reached: boolean;
  /** The first fiscal year the reading reaches the target, or null. */
  readonly firstYearReached: string | null;
  readonly explanation: string;
}

/** A stated target checked against the plan. */
export interface TargetCheck {
  readonly metric:
    | 'revenue'
    | 'headcount'
    | 'cumulative-investment'
    | 'units'
    | 'exports'
    | 'utilisation'
    | 'pli-earned';
  readonly by: string;
  /** How a revenue target is read (`annual` or `cumulative`); null for the other metrics. */
  readonly basis: 'annual' | 'cumulative' | null;
  /** A revenue target read the other way, answered too (an announcement rarely says which). */
  readonly otherReading: TargetReading | null;
  /** The target: Money for revenue and investment, a Decimal for headcount. */
  readonly target: Money<'INR'> | Decimal;
  readonly actual: Money<'INR'> | Decimal;
  readonly reached: boolean;
  /** target − actual when not reached, else zero. */
  readonly shortfall: Money<'INR'> | Decimal;
  /** The first fiscal year in which the target was reached, or null. */
  readonly firstYearReached: string | null;
  /**
   * What limits the figure when it falls short, null when reached: the projection's `capacity`,
   * `hiring-limit` or `demand` for revenue and headcount; `phasing` for cumulative investment.
   */
  readonly bindingConstraint:
    | 'capacity'
    | 'hiring-limit'
    | 'demand'
    | 'phasing'
    | 'pli-thresholds'
    | null;
  /** One or two sentences in ₹ crore a reader can act on. */
  readonly explanation: string;
}

/** The plan's questions, answered from the run. */
export interface RevenueCapacityAnswer {
  readonly target: Money<'INR'>;
  readonly by: string;
  /** Nameplate capacity in the target year, units per month. */
  readonly capacityPerMonth: Decimal;
  /** The average price per device needed to reach the target at full nameplate capacity. */
  readonly requiredAveragePrice: Money<'INR'>;
  /** The plan's average realisation per device in the target year. */
  readonly planAveragePrice: Money<'INR'> | null;
  /** Devices a month needed to reach the target at the plan's average price. */
  readonly unitsPerMonthNeededAtPlanMix: Decimal | null;
  readonly reachable: boolean;
  readonly firstYearReached: string | null;
}

/**
 * What the stated targets imply for each other, on the year they are assessed in: the ratios at
 * the stated figures, the plan's own, and what each target would need at the plan's
 * productivity. Heads are the year's average (what revenue is earned with); capacity is the
 * plants' nameplate.
 */
export interface TargetRatiosAnswer {
  readonly by: string;
  /** Nameplate devices a month in the year (the stated capacity). */
  readonly capacityPerMonth: Decimal;
  readonly statedRevenue: Money<'INR'> | null;
  readonly statedHeadcount: Decimal | null;
  /** Nameplate devices a month ÷ stated heads. */
  readonly statedDevicesPerEmployeeMonth: Decimal | null;
  /** Stated revenue ÷ stated heads. */
  readonly statedRevenuePerEmployee: Money<'INR'> | null;
  /** The plan's devices made a month ÷ its average heads in the year. */
  readonly planDevicesPerEmployeeMonth: Decimal | null;
  /** The plan's revenue ÷ its average heads in the year. */
  readonly planRevenuePerEmployee: Money<'INR'> | null;
  /** Heads the stated capacity needs, running full, at the plan's devices per employee-month. */
  readonly headsForCapacity: Decimal | null;
  /** Heads the stated revenue needs at the plan's revenue per employee. */
  readonly headsForRevenue: Decimal | null;
  /** Revenue the stated heads bring at the plan's revenue per employee. */
  readonly revenueForHeadcount: Money<'INR'> | null;
  /** Revenue of the stated capacity, running full, at the plan's average price. */
  readonly revenueAtCapacity: Money<'INR'> | null;
}
