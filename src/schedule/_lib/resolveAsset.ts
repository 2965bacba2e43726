import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { Decimal, ONE, ZERO } from '../../core/decimal.js';
import { STRUCTURE_LIMITS } from '../../core/limits.js';
import { decimalJsRounding, type RoundingMode } from '../../core/rounding.js';
import { currencyInfo } from '../../money/currency.js';
import type { Money } from '../../money/money.js';
import type { DepreciationMethod, FirstYearRule } from '../depreciationPolicy.js';
import type { Report } from './plan.js';
import type { AssetParams } from './yearCharges.js';

/**
 * The longest useful life crorecast depreciates over: 100 years (buildings are 30–60 years under
 * Schedule II of the Companies Act). Beyond it the end-of-life date leaves the calendar.
 */
export const MAX_USEFUL_LIFE_YEARS = STRUCTURE_LIMITS.maxUsefulLifeYears;

/** The policy fields shared by one asset and a whole schedule, parsed. */
export interface PolicyFields {
  readonly method: DepreciationMethod;
  readonly usefulLife?: Decimal | undefined;
  readonly rate?: Decimal | undefined;
  readonly residualShare?: Decimal | undefined;
  readonly firstYear?: FirstYearRule | undefined;
}

/**
 * Resolves a cost, put-to-use date, residual value and policy to the engine's parameters:
 * straight-line needs a life (or a rate, read as 1 / life); written-down value needs a rate (or a
 * life and a residual value above zero, giving the rate 1 − (residual / cost)^(1 / life), the
 * Companies Act formula). The useful life ends on the day before the anniversary, in whole months.
 */
export function resolveAsset(
  cost: Money,
  putToUse: string,
  residualValue: Money | undefined,
  policy: PolicyFields,
  rounding: RoundingMode,
  report: Report,
): AssetParams | undefined {
  const minorUnit = currencyInfo(cost.currency).minorUnit;
  const rm = decimalJsRounding(rounding);
  let problems = 0;
  const fail = (path: PropertyKey[], message: string) => {
    problems++;
    report(path, message);
  };
  if (cost.amount.decimalPlaces() > minorUnit) {
    fail(
      ['cost'],
      `${cost.amount.toFixed()} ${cost.currency} has more than ${minorUnit} decimal places; round it first`,
    );
  }
  if (residualValue !== undefined && policy.residualShare !== undefined) {
    fail(['residualValue'], 'give residualValue or residualShare, not both');
  }
  if (residualValue !== undefined && residualValue.currency !== cost.currency) {
    fail(
      ['residualValue'],
      `currency ${residualValue.currency} differs from the cost's ${cost.currency}`,
    );
  }
  const residual = (
    residualValue?.amount ?? cost.amount.times(policy.residualShare ?? ZERO)
  ).toDecimalPlaces(minorUnit, rm);
  if (residual.greaterThan(cost.amount)) {
    fail(
      ['residualValue'],
      `residual value ${residual.toFixed()} is more than the cost ${cost.amount.toFixed()}`,
    );
  }
  const { method, usefulLife, rate } = policy;
  let life = usefulLife;
  let annualRate = rate;
  if (method === 'straight-line') {
    if (usefulLife !== undefined && rate !== undefined) {
      fail(['rate'], 'straight-line takes usefulLife or rate (read as 1 / life), not both');
    } else if (usefulLife === undefined && rate === undefined) {
      fail(['usefulLife'], 'straight-line needs a useful life (years) or a rate');
    } else if (rate !== undefined) {
      if (rate.isZero()) fail(['rate'], 'must be greater than zero');
      else life = ONE.dividedBy(rate);
    }
  } else if (rate === undefined) {
    if (usefulLife === undefined) {
      fail(['rate'], 'written-down value needs a rate, or a useful life with a residual value');
    } else if (residual.isZero()) {
      fail(
        ['residualShare'],
        'written-down value from a useful life needs a residual value above zero (the rate is 1 − (residual / cost)^(1 / life)); give a rate instead',
      );
    } else {
      annualRate = ONE.minus(
        Decimal.pow(residual.dividedBy(cost.amount), ONE.dividedBy(usefulLife)),
      );
    }
  } else if (rate.isZero()) {
    fail(['rate'], 'must be greater than zero');
  }
  if (life?.greaterThan(MAX_USEFUL_LIFE_YEARS)) {
    fail(
      [usefulLife === undefined ? 'rate' : 'usefulLife'],
      `gives a useful life of ${life.toSignificantDigits(6).toFixed()} years; at most ${MAX_USEFUL_LIFE_YEARS} are accepted`,
    );
  }
  if (problems > 0) return undefined;
  let endOfLife: string | undefined;
  if (life !== undefined) {
    const months = life.times(12).toDecimalPlaces(0, decimalJsRounding('half-up')).toNumber();
    endOfLife = formatISO(subDays(addMonths(parseISO(putToUse), Math.max(months, 1)), 1), {
      representation: 'date',
    });
  }
  return {
    cost: cost.amount,
    residual,
    putToUse,
    method,
    ...(life === undefined ? {} : { life }),
    ...(annualRate === undefined ? {} : { rate: annualRate }),
    ...(endOfLife === undefined ? {} : { endOfLife }),
    firstYear: policy.firstYear ?? 'time-proportionate',
    minorUnit,
    rounding,
  };
}
