/**
 * crorecast's accepted number range, defined once. Every decimal a user or a file gives
 * crorecast goes through `toDecimal` (and every schema through `decimalSchema`), which enforces
 * these limits; the README's "Limits" section shows the same table.
 *
 * Why these values: the largest plan conceivable is far below ₹10^20 crore (10^27 rupees), so
 * 10^30 in any unit leaves room while keeping every operation bounded in time and memory. At
 * crorecast's 40 significant digits, an amount below 10^36 still carries four decimal places, so
 * sums of up to a million amounts of up to 10^30 (with up to four decimals) are exact; a computed
 * value past 10^36 is an error rather than a rounded total.
 *
 * @example
 * ```ts
 * NUMBER_LIMITS.maxMagnitude //=> '1e30'
 * ```
 */
export const NUMBER_LIMITS = Object.freeze({
  /** Largest magnitude of a decimal input (text, number, bigint), in whatever unit it is given. */
  maxMagnitude: '1e30',
  /** Smallest non-zero magnitude of a decimal input (a rate of 1e-40 is accepted). */
  minMagnitude: '1e-40',
  /** Most significant digits in a decimal input (crorecast computes with 40). */
  maxSignificantDigits: 40,
  /** Longest decimal text, in characters (sign, digits, point and exponent). */
  maxTextLength: 200,
  /** Most digits in the exponent of decimal text (`1e30`, `1e-40`; never `1e100000`). */
  maxExponentDigits: 3,
  /** Largest magnitude of a value crorecast computes (a Money or Decimal passed back in). */
  maxComputedMagnitude: '1e36',
  /** Smallest non-zero magnitude of a computed value; anything smaller is an error, not zero. */
  minComputedMagnitude: '1e-100',
  /** Most periods in an annuity or a growth (`nper`, years of a CAGR); 10,000 months is 833 years. */
  maxPeriods: 10_000,
  /** Fewest years of a CAGR (one day): shorter spans only magnify noise into huge rates. */
  minYears: '0.00273972602739726',
  /** Most cash flows in one list (npv, irr, xirr, payback). */
  maxFlows: 10_000,
});

/** The limits as a type (all fields read-only). */
export type NumberLimits = typeof NUMBER_LIMITS;

/**
 * crorecast's limits on the size and shape of input, in one place beside {@link NUMBER_LIMITS}:
 * every bound that keeps an operation's time and memory finite for any accepted input. Each is
 * enforced once — the structure limits by `parseInput` (core) for every parsed input, the others
 * by the schema that owns the field — and the README's "Limits" section shows the same table.
 *
 * @example
 * ```ts
 * STRUCTURE_LIMITS.maxEntries //=> 10000
 * STRUCTURE_LIMITS.maxSimulatedValues //=> 10000000
 * ```
 */
export const STRUCTURE_LIMITS = Object.freeze({
  /**
   * Deepest nesting of objects and arrays in any input (a scenario nests about 10 deep): every
   * recursive walk — a merge, a zod parse of a recursive rule — stays far from the stack limit.
   */
  maxNestingDepth: 32,
  /**
   * Most elements of one array, or keys of one object, in any input. A plan has tens of segments
   * and at most 1,200 monthly periods; the cap bounds validation (one issue instead of one per
   * element) and everything built per element.
   */
  maxEntries: 10_000,
  /** Most issues a `ValidationError` lists (it counts the rest in `issueCount`). */
  maxListedIssues: 100,
  /** Longest useful life of an asset, in years (depreciation rows are built per month). */
  maxUsefulLifeYears: 100,
  /** Largest magnitude of a simulation distribution's parameter (the float64 draws stay exact to the unit). */
  maxDistributionParameter: 1e15,
  /** Largest PERT `lambda` (the weight of the mode; the classic PERT uses 4). */
  maxPertLambda: 1000,
  /**
   * Most values one simulation keeps: draws × outputs. Each is a float64 (8 bytes), so 10^7 is
   * 80 MB at most: 10 million draws of one output, or 100,000 draws of 100 outputs.
   */
  maxSimulatedValues: 10_000_000,
  /**
   * Most bars one sensitivity returns: inputs × outputs (each input is swung for every output).
   * A tornado of 100 inputs over 1,000 outputs is 100,000 bars.
   */
  maxSensitivityBars: 100_000,
});

/** The structure limits as a type (all fields read-only). */
export type StructureLimits = typeof STRUCTURE_LIMITS;
