import { HUNDRED, ZERO } from '../../core/decimal.js';
import type { PliEnrolmentResult, PliResult, ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection, ReportTable } from '../types.js';
import { cr, pct } from './format.js';

/** Each unconfirmed figure group, as a note printed under a PLI table. */
export function assumptionNotes(assumptions: readonly string[]): string[] {
  return assumptions.map((a) => `Unconfirmed — check against the approval letter: ${a}`);
}

function enrolmentTable(r: ScenarioResult, e: PliEnrolmentResult, d: number): ReportTable {
  const reasons = e.years.flatMap((y) => y.reasons.map((reason) => `${y.year}: ${reason}`));
  return fiscalYearTable(
    `${e.schemeName} — ${e.category} (${e.segments.join(', ')}) (₹ crore)`,
    r.years,
    [
      {
        label: 'Scheme year',
        values: e.years.map((y) => (y.schemeYear === null ? null : ZERO.plus(y.schemeYear))),
        decimals: 0,
      },
      {
        label: 'Net sales counted',
        values: e.years.map((y) => y.netSales),
      },
      ...(e.years.some((y) => y.belowFloorSales.amount.greaterThan(0))
        ? [
            {
              label: 'of which below the invoice floor',
              values: e.years.map((y) => y.belowFloorSales),
            },
          ]
        : []),
      { label: 'Net incremental sales', values: e.years.map((y) => y.netIncrementalSales) },
      { label: 'Sales threshold', values: e.years.map((y) => y.salesThreshold) },
      {
        label: 'Sales headroom (− = short)',
        values: e.years.map((y) => y.headroom?.sales ?? null),
        noTotal: true,
      },
      {
        label: 'Times the sales threshold',
        values: e.years.map((y) => y.headroom?.salesMultiple ?? null),
        decimals: 1,
        noTotal: true,
      },
      {
        label: 'Fall in sales that loses the year (%)',
        values: e.years.map((y) => y.headroom?.salesFallShare?.times(HUNDRED) ?? null),
        decimals: 1,
        noTotal: true,
      },
      { label: 'Cumulative investment', values: e.years.map((y) => y.cumulativeInvestment) },
      {
        label: 'Investment headroom (− = short)',
        values: e.years.map((y) => y.headroom?.investment ?? null),
        noTotal: true,
      },
      {
        label: 'Rate (%)',
        values: e.years.map((y) => y.rate.times(HUNDRED)),
        decimals: 1,
        noTotal: true,
      },
      // Only when a scheme-wide ceiling applied: the pro-rata cut of the claim.
      ...(e.years.some((y) => y.schemeCeiling !== null)
        ? [
            {
              label: 'Cut by the scheme ceiling',
              values: e.years.map((y) => y.schemeCeiling?.reduction ?? null),
            },
          ]
        : []),
      { label: 'Incentive earned', values: e.years.map((y) => y.incentive), style: 'total' },
    ],
    {
      decimals: d,
      total: false,
      labelHeader: '',
      notes: [e.rules.description, e.baseYear.note, ...reasons, ...assumptionNotes(e.assumptions)],
    },
  );
}

/** The company-level eligibility check in words, passed or failed; empty without one. */
export function companyText(e: PliEnrolmentResult): string {
  const c = e.companyEligibility;
  if (c === null) return '';
  return ` Company eligibility: ${c.eligible ? 'met' : '**not met**'} — ${c.reasons.join('; ')}.`;
}

/** The sharing scope and the treatment of the payment, in words. */
export function sharingText(pli: PliResult): string | null {
  const s = pli.sharing;
  if (s === null) return null;
  const partners = pli.parties.filter((p) => p.id !== pli.company).map((p) => p.name);
  const inScope = pli.years.reduce((a, y) => a.plus(y.inScope.amount), ZERO);
  const paid = pli.years.reduce((a, y) => a.plus(y.paidToPartners.amount), ZERO);
  return `**Sharing.** The agreement covers ${s.enrolments.join(', ')}${s.segments === null ? '' : ` — only the incentive attributed (by net sales) to ${s.segments.join(', ')}`}: ${cr(inr(inScope))} of the ${cr(pli.total)} earned. The company claims the whole incentive and pays ${partners.join(', ')} ${cr(inr(paid))}: income of the receiver, and in the company's P&L an expense on its own line (${s.taxDeductible ? 'deducted for tax' : 'not deducted for tax'}). GST on the payment (assumption): ${s.gst ?? 'not stated in the scenario'}.`;
}

export function pliSection(r: ScenarioResult, d: number): ReportSection {
  const pli = r.pli;
  if (pli === null) return { heading: 'PLI' };
  const tables: ReportTable[] = pli.enrolments.map((e) => enrolmentTable(r, e, d));
  const allYears = pli.years.map((y) => y.year);
  const lines: FiscalYearLine[] = [
    { label: 'Earned', values: pli.years.map((y) => y.earned) },
    ...(pli.sharing === null
      ? []
      : [{ label: 'of which in the sharing scope', values: pli.years.map((y) => y.inScope) }]),
    // Without a sharing agreement there are no partners: no share lines, nothing paid.
    ...(pli.sharing === null
      ? []
      : [
          ...pli.parties.map((p) => ({
            label: `Share: ${p.name}`,
            values: pli.years.map((y) => y.shares[p.id] ?? inr(ZERO)),
          })),
          { label: 'Paid to partners (expense)', values: pli.years.map((y) => y.paidToPartners) },
        ]),
    {
      label: 'Received by the company',
      values: pli.years.map((y) => y.received),
      style: 'total' as const,
    },
  ];
  const steps = pli.years.flatMap((y) =>
    y.sharingSteps.length === 0 ? [] : [`${y.year}: ${y.sharingSteps.join('; ')}`],
  );
  tables.push(
    fiscalYearTable('PLI earned, shared and received (₹ crore)', allYears, lines, {
      decimals: d,
      total: true,
      labelHeader: '',
      notes: [
        ...steps,
        ...assumptionNotes([...new Set(pli.enrolments.flatMap((e) => e.assumptions))]),
      ],
    }),
  );
  const paragraphs = pli.enrolments.map((e) => {
    const flag = e.baseYear.plausible ? '' : ' **Base year implausible against the plan.**';
    const missed = e.assumedMissed === null ? '' : ` Taken as missed: ${e.assumedMissed}.`;
    return `**${e.schemeName} (${e.category}).** ${e.rules.description} Base year: ${e.baseYear.note}.${flag}${companyText(e)}${missed}`;
  });
  const sharing = sharingText(pli);
  if (sharing !== null) paragraphs.push(sharing);
  const thin = pli.enrolments.flatMap((e) =>
    e.years
      .filter((y) => y.incentive.amount.greaterThan(0) && y.headroom?.salesFallShare != null)
      .map((y) => ({ e, y, fall: y.headroom?.salesFallShare ?? ZERO })),
  );
  if (thin.length > 0) {
    const least = thin.reduce((a, b) => (b.fall.lessThan(a.fall) ? b : a));
    paragraphs.push(
      `**Headroom.** The thinnest earning year is ${least.y.year} of ${least.e.scheme} (${least.e.category}): a ${pct(least.fall)} fall in its counted sales loses its ${cr(least.y.incentive)}.`,
    );
  }
  return { heading: 'PLI incentives and sharing', paragraphs, tables };
}
