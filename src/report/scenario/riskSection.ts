import { Decimal } from '../../core/decimal.js';
import type { ScenarioTornado } from '../../model/analysis/sensitivityScenario.js';
import type { ScenarioSimulation } from '../../model/analysis/simulateScenario.js';
import type { SimulatedScenarioOutput } from '../../model/analysis/summariseRisk.js';
import type { Distribution } from '../../projection/distribution.js';
import { formatNumber } from '../formatNumber.js';
import type { ReportCell, ReportSection, ReportTable } from '../types.js';

/**
 * A whole-plan risk analysis to report: a simulation (`simulateScenario`) and optionally a
 * tornado on NPV (`sensitivityScenario`). The caller runs them; the report only shows them.
 */
export interface ScenarioRisk {
  readonly simulation: ScenarioSimulation;
  /** A tornado, on NPV with PLI in the report's own use. */
  readonly tornado?: ScenarioTornado;
}

/** A float as a report number (a chart and a simulation are statistics: 2 decimals are plenty). */
const dec = (x: number, places = 2): ReportCell =>
  Number.isFinite(x) ? new Decimal(x.toFixed(places)) : null;
const share = (x: number | null | undefined, places = 1): string =>
  x === null || x === undefined
    ? '—'
    : `${formatNumber(new Decimal((x * 100).toFixed(places)), { decimals: places })}%`;
const crore = (x: number) =>
  `${x < 0 ? '−' : ''}₹${formatNumber(new Decimal(Math.abs(x).toFixed(0)), { decimals: 0 })} crore`;

/** The output names the section reads: NPVs, IRR, payback and PLI totals, in that order. */
const HEADLINE = ['npv.withPli', 'npv.withoutPli', 'npv.incremental', 'irr', 'payback', 'pliTotal'];
const LABELS: Readonly<Record<string, string>> = {
  'npv.withPli': 'NPV with PLI (₹ crore)',
  'npv.withoutPli': 'NPV without PLI (₹ crore)',
  'npv.incremental': 'NPV over the baseline (₹ crore)',
  irr: 'IRR with PLI (%)',
  payback: 'Payback (years)',
  pliTotal: 'PLI earned, all years (₹ crore)',
};

/**
 * A distribution as a reader writes it: `triangular 0.85 / 1 / 1.05`.
 *
 * @example
 * ```ts
 * distributionText(distributionSchema.parse({ kind: 'discrete', values: [1, 2], probabilities: ['0.6', '0.4'] }))
 * //=> '1 (60%), 2 (40%)'
 * ```
 */
export function distributionText(d: Distribution): string {
  switch (d.kind) {
    case 'uniform':
      return `uniform ${d.low} to ${d.high}`;
    case 'triangular':
      return `triangular ${d.low} / ${d.mode} / ${d.high}`;
    case 'pert':
      return `PERT ${d.low} / ${d.mode} / ${d.high}`;
    case 'normal':
      return `normal mean ${d.mean}, sd ${d.sd}`;
    case 'lognormal':
      return `lognormal mean ${d.mean}, sd ${d.sd}`;
    case 'discrete':
      return d.values
        .map((v, i) => `${v} (${share(d.probabilities[i]?.toNumber(), 0)})`)
        .join(', ');
  }
}

function summaryTable(sim: ScenarioSimulation): ReportTable {
  const rows = HEADLINE.flatMap((name) => {
    const o = sim.outputs.find((x) => x.output === name);
    if (o === undefined) return [];
    const scale = name === 'irr' ? 100 : 1;
    const s = o.summary;
    const at = (x: number | undefined) =>
      s === null || x === undefined
        ? null
        : dec(x * scale, name === 'payback' ? 1 : name === 'irr' ? 1 : 0);
    return [
      {
        cells: {
          label: LABELS[name] ?? name,
          p5: at(s?.p5),
          p10: at(s?.p10),
          p50: at(s?.p50),
          p90: at(s?.p90),
          p95: at(s?.p95),
          mean: at(s?.mean),
          below: name === 'payback' ? '—' : share(o.probabilityBelowZero),
          undefinedDraws: `${o.undefinedDraws}`,
        },
        decimals: name === 'irr' || name === 'payback' ? 1 : 0,
      },
    ];
  });
  return {
    title: 'The plan over the draws',
    columns: [
      { key: 'label', header: '' },
      { key: 'p5', header: 'P5' },
      { key: 'p10', header: 'P10' },
      { key: 'p50', header: 'P50' },
      { key: 'p90', header: 'P90' },
      { key: 'p95', header: 'P95' },
      { key: 'mean', header: 'Mean' },
      { key: 'below', header: 'Below zero', align: 'right' },
      { key: 'undefinedDraws', header: 'Undefined', align: 'right' },
    ],
    rows,
    notes: [
      'Percentiles as Excel PERCENTILE.INC, over the draws in which the figure is defined; "Undefined" counts the draws in which it is not (an IRR without a sign change, a payback not reached within the plan).',
    ],
  };
}

/** The PLI years of each enrolment that any draw evaluates (a year outside a scheme is undefined in all). */
function paidTable(sim: ScenarioSimulation): ReportTable | undefined {
  const paid = sim.outputs.filter((o) => o.paidShare !== undefined && o.defined > 0);
  if (paid.length === 0) return undefined;
  const parse = (o: SimulatedScenarioOutput) => /^pliPaid\[(.+)\]@(.+)$/.exec(o.output);
  const years = [...new Set(paid.map((o) => parse(o)?.[2] ?? ''))];
  const enrolments = [...new Set(paid.map((o) => parse(o)?.[1] ?? ''))];
  return {
    title: 'The probability that each PLI year pays',
    columns: [
      { key: 'enrolment', header: 'Enrolment' },
      ...years.map((y) => ({ key: y, header: y, align: 'right' as const })),
    ],
    rows: enrolments.map((e) => ({
      cells: Object.fromEntries([
        ['enrolment', e],
        ...years.map((y) => [
          y,
          share(paid.find((o) => o.output === `pliPaid[${e}]@${y}`)?.paidShare),
        ]),
      ]),
    })),
    notes: [
      'The share of all draws in which the year’s thresholds are met and the incentive is earned; "—" is a year outside the scheme.',
    ],
  };
}

function histogramTable(o: SimulatedScenarioOutput): ReportTable | undefined {
  const h = o.histogram;
  if (h === null) return undefined;
  return {
    title: `${LABELS[o.output] ?? o.output}: distribution`,
    columns: [
      { key: 'from', header: 'From', decimals: 0 },
      { key: 'to', header: 'To', decimals: 0 },
      { key: 'draws', header: 'Draws', decimals: 0 },
      { key: 'share', header: 'Share', align: 'right' },
    ],
    rows: h.counts.map((count, k) => ({
      cells: {
        from: dec(h.edges[k] as number, 0),
        to: dec(h.edges[k + 1] as number, 0),
        draws: new Decimal(count),
        share: share(count / o.defined),
      },
    })),
  };
}

function tornadoTable(t: ScenarioTornado): ReportTable {
  return {
    title: `What moves ${LABELS[t.output] ?? t.output}: each input from its P10 to its P90, the others as planned`,
    columns: [
      { key: 'input', header: 'Input' },
      { key: 'low', header: 'Low', decimals: 2 },
      { key: 'high', header: 'High', decimals: 2 },
      { key: 'atLow', header: 'At low', decimals: 0 },
      { key: 'atHigh', header: 'At high', decimals: 0 },
      { key: 'swing', header: 'Swing', decimals: 0 },
    ],
    rows: t.bars.map((b) => ({
      cells: {
        input: b.path,
        low: dec(b.low, 4),
        high: dec(b.high, 4),
        atLow: dec(b.outputAtLow),
        atHigh: dec(b.outputAtHigh),
        swing: dec(b.swing),
      },
    })),
    notes: [`The plan as it stands: ${crore(t.base)} (exact); bars on the ${t.backend} backend.`],
  };
}

function inputsTable(sim: ScenarioSimulation): ReportTable {
  return {
    title: 'The uncertain inputs',
    columns: [
      { key: 'input', header: 'Input' },
      { key: 'distribution', header: 'Distribution' },
      { key: 'apply', header: 'Applied as' },
      { key: 'rationale', header: 'Why' },
    ],
    rows: sim.inputs.map((i) => ({
      cells: {
        input: i.path,
        distribution: distributionText(i.distribution),
        apply: i.apply === 'factor' ? 'factor of the plan’s value' : 'value',
        rationale: i.rationale ?? '—',
      },
    })),
  };
}

/**
 * The report's Risk section: the answer first (the chance that NPV is negative, its median and
 * range, which PLI years are at risk), then the NPV and IRR percentiles, the probability that
 * each PLI year pays, the NPV distribution, the tornado on NPV and the uncertain inputs with
 * their rationales.
 *
 * @param risk - a simulation of the scenario and optionally a tornado
 * @returns the section
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const options = { draws: 1000, seed: 1, outputs: ['npv.withPli'],
 *   inputs: [{ path: 'price', distribution: { kind: 'uniform', low: 9, high: 10 } }] };
 * riskSection({ simulation: simulateScenario(plan, options) }).heading //=> 'Risk'
 * ```
 */
export function riskSection(risk: ScenarioRisk): ReportSection {
  const sim = risk.simulation;
  const npv = sim.outputs.find((o) => o.output === 'npv.withPli');
  const paragraphs = [
    `**Risk.** ${formatNumber(new Decimal(sim.draws), { decimals: 0 })} draws of ${sim.inputs.length} uncertain inputs (seed ${sim.seed}, ${sim.backend} backend): the same seed gives the same figures on every machine.`,
  ];
  if (npv?.summary != null) {
    paragraphs.push(
      `NPV with PLI is below zero in ${share(npv.probabilityBelowZero)} of the draws; its median is ${crore(npv.summary.p50)}, and 80% of the draws lie between ${crore(npv.summary.p10)} and ${crore(npv.summary.p90)}.`,
    );
  }
  const atRisk = sim.outputs.filter(
    (o) => o.paidShare !== undefined && o.defined > 0 && o.paidShare < 1,
  );
  if (sim.outputs.some((o) => o.paidShare !== undefined)) {
    paragraphs.push(
      atRisk.length === 0
        ? 'Every PLI year the draws evaluate meets its thresholds in every draw.'
        : `PLI years at risk: ${atRisk.map((o) => `${o.output.replace(/^pliPaid/, '')} pays in ${share(o.paidShare)} of the draws`).join('; ')}.`,
    );
  }
  const tables: ReportTable[] = [summaryTable(sim)];
  const paid = paidTable(sim);
  if (paid !== undefined) tables.push(paid);
  const histogram = npv === undefined ? undefined : histogramTable(npv);
  if (histogram !== undefined) tables.push(histogram);
  if (risk.tornado !== undefined) tables.push(tornadoTable(risk.tornado));
  tables.push(inputsTable(sim));
  return { heading: 'Risk', paragraphs, tables };
}
