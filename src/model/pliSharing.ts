import { ZERO } from '../core/decimal.js';
import { computedInr as inr, type Money } from '../money/money.js';
import { whenRead } from '../projection/_lib/lazyRows.js';
import { shareParsed, sharesOfParsed } from '../sharing/shareIncentive.js';
import { fiscalYearLabel, fiscalYearStart } from './_lib/fiscalYears.js';
import { segmentYearsOf } from './operations.js';
import type { Scenario } from './scenario.js';
import type { PliSection } from './scenarioPli.js';
import type { OperationsYear, PliEnrolmentResult, PliResult, PliYear } from './types.js';

/**
 * The part of an enrolment's yearly incentive that the agreement's segment scope covers: the
 * scoped segments' share of the enrolment's net sales that year (1 without a segment scope).
 */
function scopeShare(
  e: PliEnrolmentResult,
  segments: ReadonlySet<string> | null,
  op: OperationsYear | undefined,
) {
  if (segments === null) return null;
  const of = (keep: (id: string) => boolean) =>
    (op === undefined ? [] : segmentYearsOf(op, e.segments))
      .filter((s) => keep(s.segment))
      .reduce((a, s) => a.plus(s.revenue.amount), ZERO);
  const all = of(() => true);
  return all.isZero() ? ZERO : of((id) => segments.has(id)).dividedBy(all);
}

const NO_STEPS: readonly string[] = Object.freeze([]);

/**
 * Shares each year's incentive under the scenario's agreement, within its scope (enrolments,
 * and of them segments, the incentive attributed by net sales), and shifts the company's
 * share by the disbursement lag to the year it is received. The company claims every
 * enrolment's incentive; what the partners get is its payment to them (`paidToPartners`).
 */
export function sharePliByYear(
  scenario: Scenario,
  section: PliSection,
  enrolments: readonly PliEnrolmentResult[],
  operations: readonly OperationsYear[],
  years: readonly string[],
): Pick<PliResult, 'years' | 'parties' | 'company' | 'totalShares' | 'sharing'> {
  const sharing = section.sharing;
  const shared = new Set(
    sharing?.scope?.enrolments ?? sharing?.appliesTo ?? section.enrolments.map((e) => e.id),
  );
  const segments = sharing?.scope?.segments === undefined ? null : new Set(sharing.scope.segments);
  const company = sharing?.company ?? 'company';
  const parties = sharing?.agreement.parties.map((p) => ({ id: p.id, name: p.name })) ?? [
    { id: company, name: scenario.meta.name },
  ];
  const lag = section.disbursementLagYears;
  const lastStart = fiscalYearStart(years[years.length - 1] ?? '') ?? 0;
  const allYears = [
    ...years,
    ...Array.from({ length: lag }, (_, i) => fiscalYearLabel(lastStart + 1 + i)),
  ];
  const earnedShares: Record<string, Money<'INR'>>[] = [];
  const pliYears: PliYear[] = allYears.map((year, y) => {
    const inHorizon = y < years.length;
    const earnedByEnrolment: Record<string, Money<'INR'>> = {};
    let sharedAmount = ZERO;
    let kept = ZERO;
    for (const e of enrolments) {
      const amount = inHorizon ? (e.years[y]?.incentive.amount ?? ZERO) : ZERO;
      earnedByEnrolment[e.id] = inr(amount);
      if (sharing === undefined || !shared.has(e.id)) {
        kept = kept.plus(amount);
        continue;
      }
      // Nothing earned is nothing in scope: +0, what +0 × the (non-negative) scope share gives.
      const part = amount.isZero() ? null : scopeShare(e, segments, operations[y]);
      const inScope = part === null ? amount : amount.times(part);
      sharedAmount = sharedAmount.plus(inScope);
      kept = kept.plus(amount.minus(inScope));
    }
    const shares: Record<string, Money<'INR'>> = Object.fromEntries(
      parties.map((p) => [p.id, inr(ZERO)]),
    );
    const split = sharing !== undefined && sharedAmount.greaterThan(0) ? sharing : undefined;
    if (split !== undefined) {
      const toShare = inr(sharedAmount);
      for (const [party, m] of Object.entries(sharesOfParsed(toShare, split.agreement))) {
        shares[party] = inr(m.amount);
      }
    }
    const paidToPartners = Object.entries(shares)
      .filter(([party]) => party !== company)
      .reduce((a, [, m]) => a.plus(m.amount), ZERO);
    shares[company] = inr((shares[company]?.amount ?? ZERO).plus(kept));
    earnedShares.push(shares);
    const earned = sharedAmount.plus(kept);
    const receivedFrom = earnedShares[y - lag];
    const row: PliYear = {
      year,
      earned: inr(earned),
      earnedByEnrolment,
      inScope: inr(sharedAmount),
      shares,
      paidToPartners: inr(paidToPartners),
      companyIncome: shares[company] ?? inr(ZERO),
      received: receivedFrom?.[company] ?? inr(ZERO),
      sharingSteps: NO_STEPS,
    };
    // The split's steps in words are written when read (a report does; the plan's cash, its
    // baseline and outturn never read them): the same split, run again with its steps.
    if (split !== undefined) {
      whenRead(row, 'sharingSteps', () =>
        shareParsed(inr(sharedAmount), split.agreement).steps.map((step) => step.description),
      );
    }
    return row;
  });
  const totalShares: Record<string, Money<'INR'>> = Object.fromEntries(
    parties.map((p) => [
      p.id,
      inr(pliYears.reduce((a, y) => a.plus(y.shares[p.id]?.amount ?? ZERO), ZERO)),
    ]),
  );
  return {
    years: pliYears,
    parties,
    company,
    totalShares,
    sharing:
      sharing === undefined
        ? null
        : {
            enrolments: [...shared],
            segments: segments === null ? null : [...segments],
            taxDeductible: sharing.treatment?.taxDeductible ?? true,
            gst: sharing.treatment?.gst ?? null,
          },
  };
}
