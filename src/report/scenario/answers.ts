import { ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import type { ReportSection } from '../types.js';
import { cr, irrText, MILLION, num, paybackText, pct, rupees, sumMoney } from './format.js';

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
    paragraphs.push(
      `${verdict} At the ${capacity} of nameplate capacity, ${cr(a.target)} a year needs an average of ${rupees(a.requiredAveragePrice)} per device.${mix}`,
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
      return `${e.schemeName} (${e.category}) earns ${cr(e.total)}${earning.length > 0 ? ` in ${earning.join(', ')}` : ' — no year meets its thresholds'}`;
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
      `**PLI.** ${parts.join('; ')}: ${cr(pli.total)} in all. It is paid ${pli.disbursementLagYears} year${pli.disbursementLagYears === 1 ? '' : 's'} after it is earned — the company receives ${receipts.length > 0 ? receipts.join(', ') : 'nothing'}. Shared: ${shares.join(', ')}. Rules: ${rules.join(' ')}${headroom.length === 0 ? '' : ` Headroom: ${headroom.join('; ')}.`}${flags.length === 0 ? '' : ` ${flags.join('; ')}.`}`,
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
    const fcf = sumMoney(r.cashFlow.withPli.map((c) => c.freeCashFlow));
    const fcfWithout = sumMoney(r.cashFlow.withoutPli.map((c) => c.freeCashFlow));
    const v = r.valuation;
    paragraphs.push(
      `**Earnings.** In ${lastPnl.year}: EBITDA ${cr(lastPnl.ebitda)} (${pct(lastPnl.ebitdaMargin)} of revenue), profit after tax ${cr(lastPnl.profitAfterTax)} with PLI, ${cr(r.profitAndLoss.withoutPli[pnl.length - 1]?.profitAfterTax ?? inr(0))} without. Free cash flow over the plan: ${cr(fcf)} with PLI, ${cr(fcfWithout)} without.`,
      `**Value.** The ${cr(r.investment.total)} plan at ${pct(v.withPli.discountRate)} (terminal value: ${v.terminalMethod}): NPV ${cr(v.withPli.npv)} and IRR ${irrText(v.withPli)} with PLI; NPV ${cr(v.withoutPli.npv)} and IRR ${irrText(v.withoutPli)} without. Payback ${paybackText(v.withPli)} with PLI, ${paybackText(v.withoutPli)} without.`,
    );
  }
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
