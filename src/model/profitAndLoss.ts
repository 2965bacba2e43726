import { Decimal, ZERO } from '../core/decimal.js';
import { computedMoney, type Money } from '../money/money.js';
import { showsValues } from '../projection/_lib/lazyRows.js';
import { type MarginFigures, withMargins } from './_lib/statementMargins.js';

/** What the P&L of one fiscal year is built from: exact rupee amounts (INR), unrounded. */
export interface OperatingYear {
  readonly year: string;
  readonly revenue: Decimal;
  readonly costOfGoods: Decimal;
  /** Customs duty on imported parts, a cost of goods of its own (default zero). */
  readonly customsDuty?: Decimal;
  readonly payroll: Decimal;
  readonly otherOperatingCosts: Decimal;
  readonly depreciation: Decimal;
  /** PLI income recognised in the year it is earned (the whole incentive the company claims). */
  readonly pliIncome: Decimal;
  /** The partners' shares of that incentive, paid by the company: an expense (default zero). */
  readonly pliPaidToPartners?: Decimal;
  /** Depreciation allowed under the Income-tax Act (default: the book depreciation). */
  readonly taxDepreciation?: Decimal;
  /** State incentives that are income (SGST reimbursement), below EBIT, taxable (default zero). */
  readonly stateIncentiveIncome?: Decimal;
}

/** One fiscal year of the P&L (INR). */
export interface ProfitAndLossYear {
  readonly year: string;
  readonly revenue: Money<'INR'>;
  readonly costOfGoods: Money<'INR'>;
  /** Customs duty on imported parts, after the cost of goods (zero without any). */
  readonly customsDuty: Money<'INR'>;
  /** Revenue − cost of goods − customs duty. */
  readonly grossProfit: Money<'INR'>;
  readonly payroll: Money<'INR'>;
  readonly otherOperatingCosts: Money<'INR'>;
  readonly ebitda: Money<'INR'>;
  readonly depreciation: Money<'INR'>;
  readonly ebit: Money<'INR'>;
  /** The PLI incentive, its own line below EBIT (accrued in the year earned). */
  readonly pliIncome: Money<'INR'>;
  /** The partners' shares of the incentive paid by the company, its own line after PLI income. */
  readonly pliPaidToPartners: Money<'INR'>;
  /** State incentives that are income (SGST reimbursement), with and without PLI alike. */
  readonly stateIncentiveIncome: Money<'INR'>;
  readonly profitBeforeTax: Money<'INR'>;
  /** Depreciation under the Income-tax Act, beside the book depreciation above. */
  readonly taxDepreciation: Money<'INR'>;
  /** PBT (+ a non-deductible payment to partners) + book − tax depreciation, before set-off. */
  readonly taxableProfit: Money<'INR'>;
  /** Tax payable on the year's return: taxable profit after setting off losses carried forward. */
  readonly currentTax: Money<'INR'>;
  /**
   * Deferred tax: the rate × (tax − book depreciation), the tax that the faster tax depreciation
   * defers to later years (a charge when tax depreciation runs ahead of book).
   */
  readonly deferredTax: Money<'INR'>;
  /** The tax charge in the P&L: current + deferred. */
  readonly tax: Money<'INR'>;
  /** The deferred-tax liability at the year end (the sum of the deferred charges so far). */
  readonly deferredTaxLiability: Money<'INR'>;
  readonly profitAfterTax: Money<'INR'>;
  /** Losses still available to set off at the end of the year. */
  readonly lossCarriedForward: Money<'INR'>;
  /** EBITDA / revenue (zero when there is no revenue). */
  readonly ebitdaMargin: Decimal;
  /** Profit after tax / revenue (zero when there is no revenue). */
  readonly patMargin: Decimal;
}

/** Options for {@link profitAndLoss}. */
export interface ProfitAndLossOptions {
  /** Tax rate on taxable profit, as a fraction (`0.25168`). */
  readonly taxRate: Decimal;
  /** Leave PLI out (for the "without PLI" case); the line shows zero. */
  readonly withoutPli?: boolean;
  /** Losses brought forward into the first year (default zero). */
  readonly lossBroughtForward?: Decimal;
  /** Whether the payment of PLI to partners is deductible for tax (default true). */
  readonly pliPaymentDeductible?: boolean;
}

// The lines are computed from the operating figures: Money without a second validation (the
// range check by exponent; `money`'s full check only where that does not settle it).
const inr = (amount: Decimal): Money<'INR'> => computedMoney(amount, 'INR');

/**
 * The profit and loss statement by fiscal year: revenue − cost of goods − customs duty = gross
 * profit; − payroll
 * − other operating costs = EBITDA; − depreciation = EBIT; + PLI income − PLI paid to partners
 * + state incentive income (SGST reimbursement, with or without PLI) = profit before tax; − tax = profit after tax. It is unlevered (no interest): the plan is
 * valued on its operations. The payment to partners is deductible unless
 * `pliPaymentDeductible` is false (then it is added back to the profit tax is charged on).
 *
 * Tax is computed on the Income-tax Act's depreciation, not the book's: taxable profit = PBT (plus
 * a non-deductible payment to partners) + book depreciation − tax depreciation; current tax = `taxRate × max(0, taxable − losses brought
 * forward)`; a loss is carried forward and set off against later profits (the eight-year limit
 * never binds within a 3–5 year plan). Deferred tax = `taxRate × (tax − book depreciation)` — the
 * tax the faster allowance defers — and the P&L's tax charge is current + deferred, so profit
 * after tax reads at the statutory rate while cash pays only the current tax. No deferred-tax
 * asset is recognised on losses carried forward (prudence). The PLI incentive is taxable income
 * (a revenue receipt), taxed in the year it is earned. Amounts are exact and unrounded.
 *
 * @param years - the operating figures of each fiscal year, in order
 * @param options - tax rate, whether to leave PLI out, losses brought forward
 * @returns one {@link ProfitAndLossYear} per input year
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * const [y] = profitAndLoss([{ year: 'FY2021-22', revenue: d(1000), costOfGoods: d(900), payroll: d(20),
 *   otherOperatingCosts: d(30), depreciation: d(10), pliIncome: d(5) }], { taxRate: d('0.25') });
 * y.ebitda.amount.toString() //=> '50'
 * y.profitAfterTax.amount.toString() //=> '33.75'
 * ```
 */
export function profitAndLoss(
  years: readonly OperatingYear[],
  options: ProfitAndLossOptions,
): ProfitAndLossYear[] {
  return statementOf(years.map(operatingLinesOf), options);
}

/**
 * Internal: {@link profitAndLoss} with PLI and without it, the lines down to EBIT (the same in
 * both) worked out once — what the finance chain needs of every run.
 *
 * @param years - the operating figures of each fiscal year, in order
 * @param withPli - the options of the statement with PLI
 * @param withoutPli - the options of the statement without PLI (`withoutPli: true` is implied)
 * @returns both statements, as two calls of `profitAndLoss` give them
 *
 * @example
 * ```ts
 * const d = toDecimal;
 * const both = profitAndLossWithAndWithoutPli([{ year: 'FY2021-22', revenue: d(1000), costOfGoods: d(900),
 *   payroll: d(20), otherOperatingCosts: d(30), depreciation: d(10), pliIncome: d(5) }],
 *   { taxRate: d('0.25') }, { taxRate: d('0.25') });
 * both.withPli[0].profitAfterTax.amount.toString() //=> '33.75'
 * both.withoutPli[0].profitAfterTax.amount.toString() //=> '30'
 * ```
 */
export function profitAndLossWithAndWithoutPli(
  years: readonly OperatingYear[],
  withPli: ProfitAndLossOptions,
  withoutPli: ProfitAndLossOptions,
): { withPli: ProfitAndLossYear[]; withoutPli: ProfitAndLossYear[] } {
  const lines = years.map(operatingLinesOf);
  const statement = statementOf(lines, withPli);
  return {
    withPli: statement,
    withoutPli: withoutAnyPli(years, withPli, withoutPli)
      ? statement.slice()
      : statementOf(lines, { ...withoutPli, withoutPli: true }),
  };
}

/** An exact +0 (not −0, whose sign a sum may carry). */
const isPlusZero = (x: Decimal): boolean => x.d?.[0] === 0 && x.s > 0;

/**
 * True when the statement with PLI is the one without it, operation for operation: every year's
 * PLI income and payment to partners an exact +0 (a baseline's PLI out of reach), where the
 * case without PLI adds and subtracts ZERO — the same sums of the same values, so the same
 * digits, signs of zero included — on the same terms (tax rate, losses brought forward), the
 * payment deductible (else it is added back, an addition the case without PLI does not make).
 */
function withoutAnyPli(
  years: readonly OperatingYear[],
  withPli: ProfitAndLossOptions,
  withoutPli: ProfitAndLossOptions,
): boolean {
  return (
    withPli.withoutPli !== true &&
    withPli.pliPaymentDeductible !== false &&
    withPli.taxRate === withoutPli.taxRate &&
    withPli.lossBroughtForward === withoutPli.lossBroughtForward &&
    years.every(
      (y) =>
        isPlusZero(y.pliIncome) &&
        (y.pliPaidToPartners === undefined || isPlusZero(y.pliPaidToPartners)),
    )
  );
}

/** A year's lines down to EBIT, which PLI does not touch. */
interface OperatingLines extends MarginFigures {
  readonly y: OperatingYear;
  readonly ebit: Decimal;
  readonly stateIncome: Decimal;
  readonly taxDepreciation: Decimal;
  readonly above: Pick<
    ProfitAndLossYear,
    | 'revenue'
    | 'costOfGoods'
    | 'customsDuty'
    | 'grossProfit'
    | 'payroll'
    | 'otherOperatingCosts'
    | 'ebitda'
    | 'depreciation'
    | 'ebit'
  >;
}

function operatingLinesOf(y: OperatingYear): OperatingLines {
  const duty = y.customsDuty ?? ZERO;
  const grossProfit = y.revenue.minus(y.costOfGoods).minus(duty);
  const ebitda = grossProfit.minus(y.payroll).minus(y.otherOperatingCosts);
  const ebit = ebitda.minus(y.depreciation);
  return {
    y,
    ebitda,
    ebit,
    stateIncome: y.stateIncentiveIncome ?? ZERO,
    taxDepreciation: y.taxDepreciation ?? y.depreciation,
    above: {
      revenue: inr(y.revenue),
      costOfGoods: inr(y.costOfGoods),
      customsDuty: inr(duty),
      grossProfit: inr(grossProfit),
      payroll: inr(y.payroll),
      otherOperatingCosts: inr(y.otherOperatingCosts),
      ebitda: inr(ebitda),
      depreciation: inr(y.depreciation),
      ebit: inr(ebit),
    },
  };
}

// PLI, tax and profit after tax, year after year (losses and the deferred-tax liability carry).
function statementOf(
  lines: readonly OperatingLines[],
  options: ProfitAndLossOptions,
): ProfitAndLossYear[] {
  let losses = options.lossBroughtForward ?? ZERO;
  let liability = ZERO;
  return lines.map((operating) => {
    const { y, ebit, stateIncome, taxDepreciation, above } = operating;
    const pli = options.withoutPli === true ? ZERO : y.pliIncome;
    const paid = options.withoutPli === true ? ZERO : (y.pliPaidToPartners ?? ZERO);
    const pbt = ebit.plus(pli).minus(paid).plus(stateIncome);
    // A payment that is not deductible is added back to the profit tax is charged on.
    const assessable = options.pliPaymentDeductible === false ? pbt.plus(paid) : pbt;
    const taxableProfit = assessable.plus(y.depreciation).minus(taxDepreciation);
    let taxable = ZERO;
    if (taxableProfit.isNegative()) {
      losses = losses.minus(taxableProfit);
    } else {
      const setOff = Decimal.min(losses, taxableProfit);
      losses = losses.minus(setOff);
      taxable = taxableProfit.minus(setOff);
    }
    const currentTax = taxable.times(options.taxRate);
    const deferredTax = taxDepreciation.minus(y.depreciation).times(options.taxRate);
    liability = liability.plus(deferredTax);
    const tax = currentTax.plus(deferredTax);
    const pat = pbt.minus(tax);
    // The margins are divisions (a fifth of a statement's work) that only a report reads — and
    // no one reads those of a baseline's or an outturn's statement: worked out when first read,
    // from figures fixed here, so JSON and every reader see the very digits they always did;
    // the last two keys, as they always were.
    const row = showsValues({
      year: y.year,
      ...above,
      pliIncome: inr(pli),
      pliPaidToPartners: inr(paid),
      stateIncentiveIncome: inr(stateIncome),
      profitBeforeTax: inr(pbt),
      taxDepreciation: inr(taxDepreciation),
      taxableProfit: inr(taxableProfit),
      currentTax: inr(currentTax),
      deferredTax: inr(deferredTax),
      tax: inr(tax),
      deferredTaxLiability: inr(liability),
      profitAfterTax: inr(pat),
      lossCarriedForward: inr(losses),
    });
    return withMargins(row, operating, pat);
  });
}
