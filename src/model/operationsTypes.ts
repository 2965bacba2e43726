import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import type { InvoiceBandUnits } from './invoiceBands.js';

// The operations of a scenario result, year by year (see `ScenarioResult` in types.ts).

/** One segment in one fiscal year: volume, capacity cut, price, revenue and margin. */
export interface SegmentYear {
  readonly segment: string;
  readonly name: string;
  /** Units demanded (before capacity). */
  readonly demand: Decimal;
  /** Units made and sold. */
  readonly units: Decimal;
  /** Demand the plant could not serve (never silently dropped). */
  readonly unmetUnits: Decimal;
  /** Average invoice value (revenue ÷ units); null when nothing was sold. */
  readonly averagePrice: Money<'INR'> | null;
  readonly revenue: Money<'INR'>;
  /** Revenue the unmet demand would have brought at the year's price. */
  readonly revenueLostToCapacity: Money<'INR'>;
  readonly costOfGoods: Money<'INR'>;
  readonly grossMargin: Decimal;
  /** Units sold abroad (the segment's `exports.share`); zero without exports. */
  readonly exportUnits: Decimal;
  /** Revenue of the exported units, in rupees at each month's rate (part of `revenue`). */
  readonly exportRevenue: Money<'INR'>;
  /**
   * The year's units by invoice band (lowest first), when the scenario gives the segment
   * `invoiceBands`; absent otherwise.
   */
  readonly invoiceBands?: readonly InvoiceBandUnits[];
}

/**
 * The change in a segment's revenue from the previous year, split by driver: a product new this
 * year (no units last year) is all `newProducts`; one that stopped is all `discontinued`; for the
 * others, volume (the change in units at last year's price) and price (the change in price on
 * this year's units). The four sum to the change, exactly.
 */
export interface RevenueBridge {
  readonly segment: string;
  readonly volumeEffect: Money<'INR'>;
  readonly priceEffect: Money<'INR'>;
  /** Revenue of a product launched this year (it sold nothing last year). */
  readonly newProducts: Money<'INR'>;
  /** Minus last year's revenue of a product that sells nothing this year. */
  readonly discontinued: Money<'INR'>;
  readonly change: Money<'INR'>;
}

/** One plant in one fiscal year. */
export interface PlantYear {
  readonly plant: string;
  readonly name: string;
  /** Nameplate units over the year. */
  readonly nameplate: Decimal;
  /** Units available after the utilisation ramp. */
  readonly capacity: Decimal;
  readonly demand: Decimal;
  readonly units: Decimal;
  readonly unmetUnits: Decimal;
  /** Units ÷ nameplate. */
  readonly utilisation: Decimal;
  /** True when demand exceeded capacity in the year. */
  readonly capacityBinds: boolean;
}

/** The workforce in one fiscal year. */
export interface HeadcountYear {
  readonly opening: Decimal;
  readonly hires: Decimal;
  readonly exits: Decimal;
  readonly closing: Decimal;
  readonly average: Decimal;
  /** Heads the year-end volume and teams require. */
  readonly required: Decimal;
  readonly payroll: Money<'INR'>;
  /** Revenue ÷ average headcount; null without staff. */
  readonly revenuePerEmployee: Money<'INR'> | null;
  /** Months of the year in which the hiring limit kept heads below what was required. */
  readonly hiringLimitMonths: number;
}

/** Everything about operations in one fiscal year. */
export interface OperationsYear {
  readonly year: string;
  readonly revenue: Money<'INR'>;
  /** Revenue in US dollars at the scenario's FX path; null without a USD rate. */
  readonly revenueUsd: Money<'USD'> | null;
  readonly costOfGoods: Money<'INR'>;
  readonly demand: Decimal;
  readonly units: Decimal;
  readonly unmetUnits: Decimal;
  /** Revenue ÷ units: the average realisation per device. */
  readonly averagePrice: Money<'INR'> | null;
  /** Units sold abroad, all segments. */
  readonly exportUnits: Decimal;
  /** Export revenue in rupees (part of `revenue`); its share of revenue is the export share. */
  readonly exportRevenue: Money<'INR'>;
  readonly segments: readonly SegmentYear[];
  readonly bridge: readonly RevenueBridge[];
  readonly plants: readonly PlantYear[];
  readonly headcount: HeadcountYear | null;
}

/** Capex, cumulative investment, depreciation and net block in one fiscal year. */
export interface InvestmentYear {
  readonly year: string;
  readonly capex: Money<'INR'>;
  readonly cumulative: Money<'INR'>;
  /** Capex by investment id. */
  readonly byInvestment: Readonly<Record<string, Money<'INR'>>>;
  readonly depreciation: Money<'INR'>;
  readonly netBlock: Money<'INR'>;
}
