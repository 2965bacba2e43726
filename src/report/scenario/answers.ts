import { type Decimal, ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import type { ReportSection } from '../types.js';
import { cr, irrText, MILLION, num, paybackText, pct, rupees, sumMoney } from './format.js';
import { conventionText } from './valuation.js';

export function answersSection(r: ScenarioResult): ReportSection {
  const paragraphs: string[] = [];
  const a = r.answers.revenue;
  if (a !== null) {
    const check = r.targets.find((t) => t.metric === 'revenue');
    const capacity = `${num(a.capacityPerMonth.dividedBy(MILLION), 2)} million devices a month`;
    const verdict = a.reachable
      ? `**Revenue.** The ${cr(a.target)} target for ${a.by} is reached (first in ${a.firstYearReached}).`
      : `**Revenue.** The ${cr(a.target)} target for ${a.by} is not reached${a.firstYearReached === null ? ' in any year of the plan' : ` (though ${a.firstYearReached} reached it)`}: ${check?.explanation ?? ''}`;
    const mix =
      a.planAveragePrice === null || a.unitsPerMonthNeededAtPlanMix === null
        ? ''
        : ` The plan's mix realises ${rupees(a.planAveragePrice)} a device in ${a.by}, so the target would need ${num(a.unitsPerMonthNeededAtPlanMix.dividedBy(MILLION), 2)} million devices a month at that mix.`;
    const other = check?.otherReading;
    const readings =
      other == null
        ? ''
        : ` Read the other way (${other.basis === 'cumulative' ? 'summed over the plan' : `in ${a.by} alone`}), ${other.reached ? 'it is reached' : 'it is not reached'}: ${other.explanation}`;
    paragraphs.push(
      `${verdict} At the ${capacity} of nameplate capacity, ${cr(a.target)} a year needs an average of ${rupees(a.requiredAveragePrice)} per device.${mix}${readings}`,
    );
  }
  const hc = r.targets.find((t) => t.metric === 'headcount');
  const lastOp = r.operations[r.operations.length - 1];
  if (lastOp?.headcount != null) {
    paragraphs.push(
      `**Headcount.** ${hc === undefined ? `${num(lastOp.headcount.closing)} employees at the end of ${lastOp.year}.` : hc.explanation} Payroll in ${lastOp.year}: ${cr(lastOp.headcount.payroll)}.`,
    );
  }
  if (r.pli !== null) {
    const pli = r.pli;
    const parts = pli.enrolments.map((e) => {
      const earning = e.years.filter((y) => y.incentive.amount.greaterThan(0)).map((y) => y.year);
      const span =
        earning.length === 0
          ? ' — no year meets its thresholds'
          : earning.length === 1
            ? ` in ${earning[0]}`
            : ` over ${earning[0]} to ${earning[earning.length - 1]}`;
      return `${e.schemeName} (${e.category}) earns ${cr(e.total)}${span}`;
    });
    const receipts = pli.years
      .filter((y) => y.received.amount.greaterThan(0))
      .map((y) => `${y.year} ${cr(y.received)}`);
    const shares = pli.parties.map((p) => `${p.name} ${cr(pli.totalShares[p.id] ?? inr(ZERO))}`);
    const rules = pli.enrolments.map((e) => `${e.scheme}: ${e.rules.description}`);
    const headroom = pli.enrolments.flatMap((e) => {
      const earning = e.years.filter(
        (y) => y.incentive.amount.greaterThan(0) && y.headroom?.salesMultiple != null,
      );
      if (earning.length === 0) return [];
      const least = earning.reduce((a, b) =>
        (b.headroom?.salesMultiple ?? ZERO).lessThan(a.headroom?.salesMultiple ?? ZERO) ? b : a,
      );
      return [
        `${e.scheme} sales run at ${num(least.headroom?.salesMultiple ?? ZERO, 1)}× the threshold at the least (${least.year}; a ${pct(least.headroom?.salesFallShare ?? ZERO)} fall in sales loses ${cr(least.incentive)})`,
      ];
    });
    const flags = pli.enrolments
      .filter((e) => !e.baseYear.plausible)
      .map((e) => `${e.scheme}'s base year is implausible: ${e.baseYear.note}`);
    const assumptions = [...new Set(pli.enrolments.flatMap((e) => e.assumptions))];
    paragraphs.push(
      `**PLI.** ${parts.join('; ')}: ${cr(pli.total)} in all. It is paid ${pli.disbursementLagYears} year${pli.disbursementLagYears === 1 ? '' : 's'} after it is earned — the company receives ${receipts.length > 0 ? receipts.join(', ') : 'nothing'}.${pli.sharing === null ? ' Not shared: no sharing agreement.' : ` Shared: ${shares.join(', ')}.`} Rules: ${rules.join(' ')}${headroom.length === 0 ? '' : ` Headroom: ${headroom.join('; ')}.`}${flags.length === 0 ? '' : ` ${flags.join('; ')}.`}`,
      ...(assumptions.length === 0
        ? []
        : [
            `**Unconfirmed PLI figures.** The incentive above rests on these; check them against the approval letters: ${assumptions.join(' · ')}`,
          ]),
    );
  }
  const pnl = r.profitAndLoss.withPli;
  const lastPnl = pnl[pnl.length - 1];
  if (lastPnl !== undefined) {
    const n = r.years.length;
    const horizon = `${r.years[0]} to ${r.years[n - 1]}`;
    const fcf = sumMoney(r.cashFlow.withPli.slice(0, n).map((c) => c.freeCashFlow));
    const fcfAll = sumMoney(r.cashFlow.withPli.map((c) => c.freeCashFlow));
    const fcfWithout = sumMoney(r.cashFlow.withoutPli.map((c) => c.freeCashFlow));
    const later = r.cashFlow.withPli.length > n;
    const margin = sumMoney(pnl.map((p) => p.ebitda)).amount.dividedBy(
      sumMoney(pnl.map((p) => p.revenue)).amount,
    );
    paragraphs.push(
      `**Earnings.** In ${lastPnl.year}: EBITDA ${cr(lastPnl.ebitda)} (${pct(lastPnl.ebitdaMargin)} of revenue; ${pct(margin, 2)} over ${horizon}), profit after tax ${cr(lastPnl.profitAfterTax)} with PLI, ${cr(r.profitAndLoss.withoutPli[pnl.length - 1]?.profitAfterTax ?? inr(0))} without. Free cash flow over ${horizon}: ${cr(fcf)} with PLI${later ? ` (${cr(fcfAll)} with the PLI collected after)` : ''}, ${cr(fcfWithout)} without.`,
    );
    paragraphs.push(taxParagraph(r));
    const v = r.valuation;
    const subject =
      v.basis === 'incremental'
        ? `The ${cr(r.investment.total)} investment, valued as the increment over the baseline`
        : `The business (no baseline is stated, so this is the whole business's value, not the ${cr(r.investment.total)} investment's)`;
    const share = v.withPli.terminalShare;
    const warn = !v.withPli.terminalDominates
      ? null
      : share === null
        ? 'the terminal value alone makes it positive'
        : `the terminal value is ${pct(share, 0)} of the NPV`;
    paragraphs.push(
      `**Value.** ${subject} at ${pct(v.withPli.discountRate)}: NPV ${cr(v.withPli.npv)} and IRR ${irrText(v.withPli)} with PLI; NPV ${cr(v.withoutPli.npv)} and IRR ${irrText(v.withoutPli)} without. Without the terminal value (${v.terminalMethod}) the NPV is ${cr(v.withPli.npvWithoutTerminal)} with PLI and ${cr(v.withoutPli.npvWithoutTerminal)} without${warn === null ? '' : ` — ${warn}`}. Payback ${paybackText(v.withPli)} with PLI, ${paybackText(v.withoutPli)} without. ${conventionText(r)}`,
    );
  }
  const ratios = ratiosParagraph(r);
  if (ratios !== null) paragraphs.push(ratios);
  if (r.variants.length > 0) {
    const lines = r.variants.map((v) => {
      const last = v.result.profitAndLoss.withPli[v.result.profitAndLoss.withPli.length - 1];
      return `${v.name}: EBITDA ${last === undefined ? '—' : cr(last.ebitda)} in ${last?.year ?? ''}, NPV ${cr(v.result.valuation.withPli.npv)} with PLI and ${cr(v.result.valuation.withoutPli.npv)} without`;
    });
    paragraphs.push(
      `**Variants.** ${lines.join('; ')} (the table under Variants compares them in full).`,
    );
  }
  return { heading: 'What the plan answers', paragraphs };
}

const hundreds = (x: Decimal) => x.dividedBy(100).toDecimalPlaces(0).times(100);

function ratiosParagraph(r: ScenarioResult): string | null {
  const q = r.answers.ratios;
  if (q === null) return null;
  const parts: string[] = [];
  const devices = `${num(q.capacityPerMonth.dividedBy(MILLION), 2)} million devices a month`;
  if (q.statedDevicesPerEmployeeMonth !== null && q.statedHeadcount !== null)
    parts.push(
      `${devices} with ${num(q.statedHeadcount)} staff is ${num(q.statedDevicesPerEmployeeMonth)} devices per employee-month`,
    );
  if (q.statedRevenuePerEmployee !== null && q.statedRevenue !== null)
    parts.push(
      `${cr(q.statedRevenue)} a year is ${cr(q.statedRevenuePerEmployee, 2)} per employee`,
    );
  const plan =
    q.planDevicesPerEmployeeMonth === null || q.planRevenuePerEmployee === null
      ? ''
      : ` The plan in ${q.by} makes ${num(q.planDevicesPerEmployeeMonth)} devices per employee-month and earns ${cr(q.planRevenuePerEmployee, 2)} per employee (on the year's average heads).`;
  const implied: string[] = [];
  if (q.headsForCapacity !== null)
    implied.push(
      `running the ${devices} at the plan's productivity needs about ${num(hundreds(q.headsForCapacity))} staff`,
    );
  if (q.headsForRevenue !== null && q.statedRevenue !== null)
    implied.push(
      `${cr(q.statedRevenue)} a year at the plan's revenue per employee would need about ${num(hundreds(q.headsForRevenue))}`,
    );
  if (q.revenueForHeadcount !== null && q.statedHeadcount !== null)
    implied.push(`${num(q.statedHeadcount)} staff at that rate bring ${cr(q.revenueForHeadcount)}`);
  if (q.revenueAtCapacity !== null)
    implied.push(
      `the full capacity at the plan's average price brings ${cr(q.revenueAtCapacity)} a year`,
    );
  return `**What the targets imply.** At the stated figures, ${parts.join('; ')}.${plan}${implied.length === 0 ? '' : ` So ${implied.join('; ')}.`}`;
}

function taxParagraph(r: ScenarioResult): string {
  const t = r.tax;
  const pnl = r.profitAndLoss.withPli;
  const book = sumMoney(pnl.map((p) => p.depreciation));
  const allowed = sumMoney(pnl.map((p) => p.taxDepreciation));
  const deferred = pnl[pnl.length - 1]?.deferredTaxLiability ?? inr(0);
  const regime =
    t.regime === 'stated-rate' ? 'a stated rate' : `section ${t.regime.replace('section-', '')}`;
  return `**Tax.** ${pct(t.rate, 3)} under ${regime}${t.reason === null ? '' : ` — ${t.reason}`} Tax is paid on Income-tax Act depreciation (${cr(allowed)} over the plan against ${cr(book)} in the books), deferring ${cr(deferred)} by the end of ${r.years[r.years.length - 1] ?? ''} (the deferred-tax liability).`;
}
