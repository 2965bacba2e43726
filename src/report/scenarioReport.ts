import { type Decimal, HUNDRED, ONE, ZERO } from '../core/decimal.js';
import { isDecimal } from '../core/decimalLike.js';
import type { ProfitAndLossYear } from '../model/profitAndLoss.js';
import type { ScenarioResult } from '../model/types.js';
import type { Valuation } from '../model/valuation.js';
import { inr } from '../money/constructors.js';
import { convert } from '../money/convert.js';
import { formatMoney } from '../money/formatMoney.js';
import type { Money } from '../money/money.js';
import { type FiscalYearLine, fiscalYearTable } from './fiscalYearTable.js';
import { formatNumber } from './formatNumber.js';
import type { ReportDocument, ReportSection, ReportTable } from './types.js';

const MILLION = '1000000';
const cr = (m: Money, decimals = 0) => formatMoney(m, { unit: 'crore', decimals });
const rupees = (m: Money) => formatMoney(m, { decimals: 0 });
const num = (d: Decimal, decimals = 0) => formatNumber(d, { decimals });
const pct = (d: Decimal, decimals = 1) => `${formatNumber(d.times(HUNDRED), { decimals })}%`;
const sumMoney = (list: readonly Money<'INR'>[]) =>
  inr(list.reduce((a, m) => a.plus(m.amount), ZERO));

/** Options for {@link scenarioReport}. */
export interface ScenarioReportOptions {
  /** Decimal places for ₹ crore figures (default 0). */
  readonly decimals?: number;
  /**
   * Add the key figures in US$ million (revenue, EBITDA, profit after tax, free cash flow), each
   * year converted at the average rate its revenue was earned at (needs `fx.USD`; default false).
   */
  readonly usd?: boolean;
}

/**
 * Turns a scenario result into the report a board reads: first the answers to the plan's
 * questions in prose (is the revenue target reachable within capacity, at what average price, in
 * which year; headcount against the stated figure; PLI per enrolment, when received and how it is
 * shared; EBITDA, profit, free cash flow and NPV/IRR with and without PLI), then the tables by
 * fiscal year in ₹ crore: revenue by segment (and in US$), volumes and capacity, headcount,
 * investment, PLI, the P&L, working capital and free cash flow, valuation, targets, and sources.
 * Pure: render it with `renderDocument` in any format.
 *
 * @param result - the result of `runScenario`
 * @param options - decimals for ₹ crore figures
 * @returns the report document
 *
 * @example
 * ```ts
 * renderDocument(scenarioReport(runScenario(scenario)), 'markdown') //=> '# Optiemus Electronics …'
 * ```
 */
export function scenarioReport(
  result: ScenarioResult,
  options: ScenarioReportOptions = {},
): ReportDocument {
  const d = options.decimals ?? 0;
  const years = result.years;
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? '';
  const sections: ReportSection[] = [
    answersSection(result),
    revenueSection(result, d),
    capacitySection(result),
    ...(result.operations.some((o) => o.headcount !== null) ? [headcountSection(result, d)] : []),
    investmentSection(result, d),
    ...(result.pli === null ? [] : [pliSection(result, d)]),
    profitSection(result, d, options.usd === true),
    cashSection(result, d),
    valuationSection(result),
    ...(result.variants.length === 0 ? [] : [variantsSection(result)]),
    ...(result.targets.length === 0 ? [] : [targetsSection(result)]),
    sourcesSection(result),
  ];
  return {
    title: result.meta.name,
    subtitle: `As of ${result.meta.asOf} · ${first} to ${last} · ₹ crore unless stated · ${result.meta.factCount} sourced facts, ${result.meta.assumptionCount} stated assumptions`,
    sections,
  };
}

function answersSection(r: ScenarioResult): ReportSection {
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
    paragraphs.push(
      `**PLI.** ${parts.join('; ')}: ${cr(pli.total)} in all. It is paid ${pli.disbursementLagYears} year${pli.disbursementLagYears === 1 ? '' : 's'} after it is earned — the company receives ${receipts.length > 0 ? receipts.join(', ') : 'nothing'}. Shared: ${shares.join(', ')}.`,
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

function irrText(v: Valuation): string {
  return v.irr.value === null ? `n/a (${v.irr.reason})` : pct(v.irr.value);
}

function paybackText(v: Valuation): string {
  return v.payback.paysBack ? `${num(v.payback.period, 1)} years` : 'not within the plan';
}

function revenueSection(r: ScenarioResult, d: number): ReportSection {
  const ops = r.operations;
  const segments = ops[0]?.segments ?? [];
  const lines: FiscalYearLine[] = segments.map((s, i) => ({
    label: s.name,
    values: ops.map((o) => o.segments[i]?.revenue ?? null),
  }));
  lines.push({ label: 'Total revenue', values: ops.map((o) => o.revenue), style: 'total' });
  const revenue = fiscalYearTable('Revenue by segment (₹ crore)', r.years, lines, {
    decimals: d,
    total: true,
    labelHeader: 'Segment',
  });
  const tables: ReportTable[] = [revenue];
  if (ops.every((o) => o.revenueUsd !== null)) {
    tables.push(
      fiscalYearTable(
        'Revenue in US dollars (US$ million)',
        r.years,
        [{ label: 'Total revenue', values: ops.map((o) => o.revenueUsd) }],
        { unit: 'million', decimals: 0, total: true, labelHeader: '' },
      ),
    );
  }
  const bridgeRows: FiscalYearLine[] = [];
  if (ops.length > 1) {
    const sum = (pick: (b: { volumeEffect: Money; priceEffect: Money }) => Money) =>
      ops.map((o, y) =>
        y === 0 ? null : inr(o.bridge.reduce((a, b) => a.plus(pick(b).amount), ZERO)),
      );
    bridgeRows.push(
      { label: 'Volume effect', values: sum((b) => b.volumeEffect) },
      { label: 'Price effect', values: sum((b) => b.priceEffect) },
      {
        label: 'Change in revenue',
        values: ops.map((o, y) =>
          y === 0 ? null : inr(o.revenue.amount.minus(ops[y - 1]?.revenue.amount ?? ZERO)),
        ),
        style: 'total',
      },
    );
    tables.push(
      fiscalYearTable(
        'Revenue bridge: change from the previous year by driver (₹ crore)',
        r.years,
        bridgeRows,
        {
          decimals: d,
          labelHeader: 'Driver',
        },
      ),
    );
  }
  return { heading: 'Revenue', tables };
}

function capacitySection(r: ScenarioResult): ReportSection {
  const ops = r.operations;
  const segments = ops[0]?.segments ?? [];
  const million = (v: Decimal) => v.dividedBy(MILLION);
  const units: FiscalYearLine[] = segments.map((s, i) => ({
    label: s.name,
    values: ops.map((o) => million(o.segments[i]?.units ?? ZERO)),
  }));
  units.push(
    { label: 'Devices made', values: ops.map((o) => million(o.units)), style: 'total' },
    { label: 'Demand', values: ops.map((o) => million(o.demand)) },
    { label: 'Unmet demand', values: ops.map((o) => million(o.unmetUnits)) },
  );
  const plants = ops[0]?.plants ?? [];
  const plantLines: FiscalYearLine[] = plants.flatMap((p, i) => [
    {
      label: `${p.name}: capacity (million/yr)`,
      values: ops.map((o) => million(o.plants[i]?.nameplate ?? ZERO)),
      decimals: 2,
    },
    {
      label: `${p.name}: utilisation (%)`,
      values: ops.map((o) => (o.plants[i]?.utilisation ?? ZERO).times(HUNDRED)),
      decimals: 1,
    },
  ]);
  plantLines.push(
    {
      label: 'Average price per device (₹)',
      values: ops.map((o) => o.averagePrice?.amount ?? null),
      decimals: 0,
    },
    {
      label: 'Revenue lost to capacity (₹ crore)',
      values: ops.map((o) =>
        o.segments
          .reduce((a, s) => a.plus(s.revenueLostToCapacity.amount), ZERO)
          .dividedBy('10000000'),
      ),
      decimals: 0,
    },
  );
  return {
    heading: 'Volume and capacity',
    tables: [
      fiscalYearTable('Devices by segment (million units)', r.years, units, {
        decimals: 2,
        total: false,
        labelHeader: 'Segment',
      }),
      fiscalYearTable('Plants and realisation', r.years, plantLines, {
        decimals: 2,
        labelHeader: '',
      }),
    ],
  };
}

function headcountSection(r: ScenarioResult, d: number): ReportSection {
  const ops = r.operations;
  const hc = (f: (h: NonNullable<(typeof ops)[number]['headcount']>) => Decimal | Money | null) =>
    ops.map((o) => (o.headcount === null ? null : f(o.headcount)));
  const lines: FiscalYearLine[] = [
    { label: 'Opening', values: hc((h) => h.opening), decimals: 0 },
    { label: 'Hires', values: hc((h) => h.hires), decimals: 0 },
    { label: 'Exits', values: hc((h) => h.exits), decimals: 0 },
    { label: 'Closing', values: hc((h) => h.closing), decimals: 0, style: 'total' },
    { label: 'Required by volume (year end)', values: hc((h) => h.required), decimals: 0 },
    {
      label: 'Months the hiring limit binds',
      values: hc((h) => ZERO.plus(h.hiringLimitMonths)),
      decimals: 0,
    },
    {
      label: 'Payroll (₹ crore)',
      values: hc((h) => h.payroll.amount.dividedBy('10000000')),
      decimals: d,
    },
    {
      label: 'Revenue per employee (₹ lakh)',
      values: hc((h) => h.revenuePerEmployee?.amount.dividedBy('100000') ?? null),
      decimals: 1,
    },
  ];
  return {
    heading: 'Headcount',
    tables: [fiscalYearTable('Workforce', r.years, lines, { decimals: 0, labelHeader: '' })],
  };
}

function investmentSection(r: ScenarioResult, d: number): ReportSection {
  const inv = r.investment;
  const lines: FiscalYearLine[] = inv.commitments.map((c) => ({ label: c.name, values: c.byYear }));
  lines.push(
    { label: 'Capex', values: inv.years.map((y) => y.capex), style: 'total' },
    { label: 'Cumulative investment', values: inv.years.map((y) => y.cumulative) },
    { label: 'Depreciation', values: inv.years.map((y) => y.depreciation) },
    { label: 'Net block (year end)', values: inv.years.map((y) => y.netBlock) },
  );
  return {
    heading: 'Investment',
    tables: [
      fiscalYearTable('Capex by commitment and depreciation (₹ crore)', r.years, lines, {
        decimals: d,
        labelHeader: 'Commitment',
      }),
    ],
  };
}

function pliSection(r: ScenarioResult, d: number): ReportSection {
  const pli = r.pli;
  if (pli === null) return { heading: 'PLI' };
  const tables: ReportTable[] = pli.enrolments.map((e) => {
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
        { label: 'Net sales of eligible goods', values: e.years.map((y) => y.netSales) },
        ...(e.years.some((y) => y.belowFloorSales.amount.greaterThan(0))
          ? [
              {
                label: 'of which below the invoice floor',
                values: e.years.map((y) => y.belowFloorSales),
              },
            ]
          : []),
        { label: 'Net incremental sales', values: e.years.map((y) => y.netIncrementalSales) },
        { label: 'Cumulative investment', values: e.years.map((y) => y.cumulativeInvestment) },
        {
          label: 'Rate (%)',
          values: e.years.map((y) => y.rate.times(HUNDRED)),
          decimals: 1,
          noTotal: true,
        },
        { label: 'Incentive earned', values: e.years.map((y) => y.incentive), style: 'total' },
      ],
      { decimals: d, total: false, labelHeader: '', notes: reasons },
    );
  });
  const allYears = pli.years.map((y) => y.year);
  const lines: FiscalYearLine[] = [
    { label: 'Earned', values: pli.years.map((y) => y.earned) },
    ...pli.parties.map((p) => ({
      label: `Share: ${p.name}`,
      values: pli.years.map((y) => y.shares[p.id] ?? inr(ZERO)),
    })),
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
      notes: steps,
    }),
  );
  return { heading: 'PLI incentives and sharing', tables };
}

function pnlLines(
  pnl: readonly ProfitAndLossYear[],
  withoutPli: readonly ProfitAndLossYear[],
): FiscalYearLine[] {
  const m = (f: (p: ProfitAndLossYear) => Money) => pnl.map(f);
  return [
    { label: 'Revenue', values: m((p) => p.revenue) },
    { label: 'Cost of goods', values: m((p) => p.costOfGoods) },
    { label: 'Gross profit', values: m((p) => p.grossProfit), style: 'subtotal' },
    { label: 'Payroll', values: m((p) => p.payroll) },
    { label: 'Other operating costs', values: m((p) => p.otherOperatingCosts) },
    { label: 'EBITDA', values: m((p) => p.ebitda), style: 'total' },
    {
      label: 'EBITDA margin (%)',
      values: pnl.map((p) => p.ebitdaMargin.times(HUNDRED)),
      decimals: 1,
    },
    { label: 'Depreciation', values: m((p) => p.depreciation) },
    { label: 'EBIT', values: m((p) => p.ebit), style: 'subtotal' },
    { label: 'PLI incentive (company share)', values: m((p) => p.pliIncome) },
    { label: 'Profit before tax', values: m((p) => p.profitBeforeTax) },
    { label: 'Tax', values: m((p) => p.tax) },
    { label: 'Profit after tax', values: m((p) => p.profitAfterTax), style: 'total' },
    { label: 'Profit after tax without PLI', values: withoutPli.map((p) => p.profitAfterTax) },
  ];
}

function profitSection(r: ScenarioResult, d: number, usd: boolean): ReportSection {
  const tables: ReportTable[] = [
    fiscalYearTable(
      'P&L by fiscal year (₹ crore; unlevered, PLI accrued when earned)',
      r.years,
      pnlLines(r.profitAndLoss.withPli, r.profitAndLoss.withoutPli),
      { decimals: d, total: true, labelHeader: '' },
    ),
  ];
  if (usd) {
    const table = usdTable(r);
    if (table !== null) tables.push(table);
  }
  return { heading: 'Profit and loss', tables };
}

// Each year's INR figures in US dollars at the average rate that year's revenue was earned at
// (revenue ÷ revenue in USD, from the projection's monthly FX path).
function usdTable(r: ScenarioResult): ReportTable | null {
  const rates = r.operations.map((o) =>
    o.revenueUsd === null || o.revenueUsd.amount.isZero()
      ? null
      : o.revenueUsd.amount.dividedBy(o.revenue.amount),
  );
  if (rates.some((x) => x === null)) return null;
  const inUsd = (values: readonly Money<'INR'>[]) =>
    values.map((m, y) => convert(m, 'USD', rates[y] ?? ONE));
  return fiscalYearTable(
    "Key figures in US dollars (US$ million, at each year's average revenue rate)",
    r.years,
    [
      {
        label: 'USD/INR (average)',
        values: rates.map((x) => (x === null ? null : ONE.dividedBy(x))),
        decimals: 2,
        noTotal: true,
      },
      { label: 'Revenue', values: inUsd(r.operations.map((o) => o.revenue)) },
      { label: 'EBITDA', values: inUsd(r.profitAndLoss.withPli.map((p) => p.ebitda)) },
      {
        label: 'Profit after tax',
        values: inUsd(r.profitAndLoss.withPli.map((p) => p.profitAfterTax)),
      },
      {
        label: 'Free cash flow',
        values: inUsd(r.cashFlow.withPli.slice(0, r.years.length).map((c) => c.freeCashFlow)),
      },
    ],
    { unit: 'million', decimals: 0, total: true, labelHeader: '' },
  );
}

function cashSection(r: ScenarioResult, d: number): ReportSection {
  const cf = r.cashFlow.withPli;
  const all = cf.map((c) => c.year);
  const pad = <T>(values: readonly T[]) => [
    ...values,
    ...Array<null>(Math.max(0, all.length - values.length)).fill(null),
  ];
  const without = r.cashFlow.withoutPli;
  const lines: FiscalYearLine[] = [
    { label: 'EBITDA', values: cf.map((c) => c.ebitda) },
    { label: 'Tax', values: cf.map((c) => inr(c.tax.amount.negated())) },
    { label: 'Capex', values: cf.map((c) => inr(c.capex.amount.negated())) },
    {
      label: 'Increase in working capital',
      values: cf.map((c) => inr(c.changeInWorkingCapital.amount.negated())),
    },
    { label: 'PLI received', values: cf.map((c) => c.pliReceived) },
    { label: 'Free cash flow', values: cf.map((c) => c.freeCashFlow), style: 'total' },
    { label: 'Free cash flow without PLI', values: pad(without.map((c) => c.freeCashFlow)) },
    { label: 'Terminal value', values: cf.map((c) => c.terminalValue) },
  ];
  const wc = r.workingCapital;
  const wcLines: FiscalYearLine[] = [
    { label: 'Receivables', values: wc.map((w) => w.receivables) },
    { label: 'Inventory', values: wc.map((w) => w.inventory) },
    { label: 'Payables', values: wc.map((w) => inr(w.payables.amount.negated())) },
    { label: 'Net working capital', values: wc.map((w) => w.net), style: 'total' },
  ];
  return {
    heading: 'Working capital and free cash flow',
    tables: [
      fiscalYearTable('Working capital at year end (₹ crore)', r.years, wcLines, {
        decimals: d,
        labelHeader: '',
      }),
      fiscalYearTable(
        'Free cash flow (₹ crore): EBITDA − tax − capex − Δ working capital + PLI received',
        all,
        lines,
        { decimals: d, total: true, labelHeader: '' },
      ),
    ],
  };
}

function valuationSection(r: ScenarioResult): ReportSection {
  const v = r.valuation;
  const row = (label: string, w: string, wo: string) => ({
    cells: { label, with: w, without: wo },
  });
  const pay = (x: Valuation, discounted: boolean) => {
    const p = discounted ? x.discountedPayback : x.payback;
    return p.paysBack ? `${num(p.period, 2)} years` : 'not within the plan';
  };
  const table: ReportTable = {
    title: `Value of the plan at ${pct(v.withPli.discountRate)}, valued at the start of ${r.years[0]} (terminal value: ${v.terminalMethod})`,
    columns: [
      { key: 'label', header: '' },
      { key: 'with', header: 'With PLI', align: 'right' },
      { key: 'without', header: 'Without PLI', align: 'right' },
    ],
    rows: [
      row('NPV (₹ crore)', cr(v.withPli.npv), cr(v.withoutPli.npv)),
      row('IRR', irrText(v.withPli), irrText(v.withoutPli)),
      row('Payback on free cash flow', pay(v.withPli, false), pay(v.withoutPli, false)),
      row('Discounted payback', pay(v.withPli, true), pay(v.withoutPli, true)),
    ],
    notes: [
      'NPV and IRR discount the free cash flows above plus the terminal value, each at the end of its fiscal year (Excel NPV convention); PLI paid after the horizon counts in the year it arrives.',
      `Payback counts years from the start of ${r.years[0]} on free cash flow alone (no terminal value).`,
    ],
  };
  return { heading: 'Valuation', tables: [table] };
}

function variantsSection(r: ScenarioResult): ReportSection {
  const runs = [
    { key: 'base', name: 'Plan', result: r },
    ...r.variants.map((v, i) => ({ key: `v${i}`, name: v.name, result: v.result })),
  ];
  const last = r.years[r.years.length - 1] ?? '';
  const pick = (label: string, f: (x: ScenarioResult) => string) => ({
    cells: Object.fromEntries([['label', label], ...runs.map((run) => [run.key, f(run.result)])]),
  });
  const lastOf = <T>(list: readonly T[]): T | undefined => list[list.length - 1];
  const table: ReportTable = {
    title: 'The plan and its variants',
    columns: [
      { key: 'label', header: '' },
      ...runs.map((run) => ({ key: run.key, header: run.name, align: 'right' as const })),
    ],
    rows: [
      pick(`Revenue ${last}`, (x) => cr(lastOf(x.operations)?.revenue ?? inr(ZERO))),
      pick(`Headcount, end of ${last}`, (x) => {
        const hc = lastOf(x.operations)?.headcount;
        return hc == null ? '—' : num(hc.closing);
      }),
      pick('PLI earned, all years', (x) => (x.pli === null ? '—' : cr(x.pli.total))),
      pick(`EBITDA ${last}`, (x) => cr(lastOf(x.profitAndLoss.withPli)?.ebitda ?? inr(ZERO))),
      pick(`Profit after tax ${last}`, (x) =>
        cr(lastOf(x.profitAndLoss.withPli)?.profitAfterTax ?? inr(ZERO)),
      ),
      pick('Free cash flow, all years', (x) =>
        cr(sumMoney(x.cashFlow.withPli.map((c) => c.freeCashFlow))),
      ),
      pick('NPV with PLI', (x) => cr(x.valuation.withPli.npv)),
      pick('NPV without PLI', (x) => cr(x.valuation.withoutPli.npv)),
      pick('IRR with PLI', (x) => irrText(x.valuation.withPli)),
      pick('IRR without PLI', (x) => irrText(x.valuation.withoutPli)),
    ],
    notes: r.variants.map((v) => `${v.name}: ${v.description ?? v.id}`),
  };
  return { heading: 'Variants', tables: [table] };
}

function targetValue(value: Money | Decimal): string {
  return isDecimal(value) ? num(value) : cr(value as Money);
}

function targetsSection(r: ScenarioResult): ReportSection {
  const table: ReportTable = {
    title: 'Stated targets against the plan',
    columns: [
      { key: 'metric', header: 'Target' },
      { key: 'by', header: 'By' },
      { key: 'target', header: 'Stated', align: 'right' },
      { key: 'actual', header: 'Plan', align: 'right' },
      { key: 'reached', header: 'Reached' },
      { key: 'binding', header: 'Binding constraint' },
    ],
    rows: r.targets.map((t) => ({
      cells: {
        metric: t.metric,
        by: t.by,
        target: targetValue(t.target),
        actual: targetValue(t.actual),
        reached: t.reached ? `yes (${t.firstYearReached})` : 'no',
        binding: t.bindingConstraint ?? '—',
      },
    })),
    notes: r.targets.map((t) => t.explanation),
  };
  return { heading: 'Targets', tables: [table] };
}

function sourcesSection(r: ScenarioResult): ReportSection {
  const tables: ReportTable[] = [];
  if (r.meta.facts.length > 0) {
    tables.push({
      title: 'Figures from the sources',
      columns: [
        { key: 'id', header: 'Id' },
        { key: 'value', header: 'Figure' },
        { key: 'source', header: 'Source' },
      ],
      rows: r.meta.facts.map((f) => ({ cells: { id: f.id, value: f.value, source: f.source } })),
    });
  }
  if (r.meta.assumptions.length > 0) {
    tables.push({
      title: 'Assumptions',
      columns: [
        { key: 'id', header: 'Id' },
        { key: 'value', header: 'Assumption' },
        { key: 'rationale', header: 'Rationale' },
      ],
      rows: r.meta.assumptions.map((x) => ({
        cells: { id: x.id, value: x.value, rationale: x.rationale },
      })),
    });
  }
  return {
    heading: 'Sources and assumptions',
    paragraphs: [
      ...r.meta.sources.map(
        (s) => `- ${s.title} — ${s.publisher}${s.date === null ? '' : `, ${s.date}`} (\`${s.id}\`)`,
      ),
      `${r.meta.factCount} figures come from these sources and ${r.meta.assumptionCount} are stated assumptions, each with its rationale.`,
    ],
    tables,
  };
}
