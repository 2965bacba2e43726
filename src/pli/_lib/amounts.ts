import type { Decimal } from '../../core/decimal.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import { unitScale } from '../../money/units.js';
import type { PliScheme } from '../scheme.js';

/** A scheme figure (in the scheme's `amountUnit`) as rupees. */
export function schemeAmount(scheme: PliScheme, figure: Decimal): Money<'INR'> {
  const unit = scheme.amountUnit === 'rupee' ? 'none' : scheme.amountUnit;
  return inr(figure.times(unitScale(unit)));
}
