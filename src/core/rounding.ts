import { Decimal as DecimalJs } from 'decimal.js';
import { deepFreeze } from './freeze.js';

/**
 * How to round, by name. `half-up` rounds halves away from zero, like Excel's ROUND and the
 * Indian tax rules; `half-even` is banker's rounding; `up`/`down` are away from / towards zero;
 * `ceil`/`floor` towards +∞ / −∞.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/** The rounding modes, in a stable order, for schemas and documentation. */
export const ROUNDING_MODES = deepFreeze([
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
] as const satisfies readonly RoundingMode[]);

const DECIMAL_JS_MODE = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  'half-down': DecimalJs.ROUND_HALF_DOWN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
  ceil: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR,
} as const satisfies Record<RoundingMode, DecimalJs.Rounding>;

/**
 * The decimal.js rounding constant for a named mode (for `toDecimalPlaces(dp, rm)`).
 *
 * @example
 * ```ts
 * new Decimal('2.5').toDecimalPlaces(0, decimalJsRounding('half-even')).toString() //=> '2'
 * ```
 */
export function decimalJsRounding(mode: RoundingMode): DecimalJs.Rounding {
  return DECIMAL_JS_MODE[mode];
}
