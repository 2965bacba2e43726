// `crorecast simulate`: the risk of the whole plan — a Monte Carlo over the scenario's uncertainty
// section in worker threads, and a tornado on its NPV — printed or written as a report or JSON.
import type { PreparedSource } from '../model/analysis/analysisSource.js';
import { prepareSource } from '../model/analysis/analysisSource.js';
import { sensitivityOfPrepared } from '../model/analysis/sensitivityScenario.js';
import { DEFAULT_DRAWS } from '../model/analysis/simulationOptions.js';
import type { Scenario } from '../model/scenario.js';
import { type ExactFiguresInWorker, startExactFigures } from '../node/exactFiguresInWorker.js';
import { simulatePreparedParallel } from '../node/simulateScenarioParallel.js';
import type { VegaLiteSpec } from '../report/charts.js';
import { renderDocument } from '../report/renderDocument.js';
import { riskChart } from '../report/riskCharts.js';
import { riskSection } from '../report/scenario/riskSection.js';
import type { ReportFormat } from '../report/types.js';
import type { CliIo } from './cliIo.js';
import { type CommandLineValues, readCount, readFormat, UsageError } from './commandLine.js';
import { writeOutput } from './files.js';
import { EXIT } from './reportError.js';

/** `crorecast simulate`: the risk report of the whole plan (or its data as JSON). */
export async function simulateCommand(
  json: unknown,
  scenario: Scenario,
  values: CommandLineValues,
  io: CliIo,
): Promise<number> {
  for (const key of ['usd', 'xlsx', 'html'] as const) {
    if (values[key] !== undefined) throw new UsageError(`simulate does not take --${key}`);
  }
  if (values.json === true && values.format !== undefined) {
    throw new UsageError('simulate takes --json or --format, not both');
  }
  const format = readFormat(values.format);
  const draws = readCount(values.draws, 'draws');
  const seed = readCount(values.seed, 'seed');
  const render = values.chart === undefined ? undefined : await io.loadChartRenderer();
  const name = scenario.meta.name;
  // The file is parsed once (by `main`): the simulation and the tornado share it and their models.
  const source = prepareSource(json as Readonly<Record<string, unknown>>, scenario);
  const progress = io.stderrIsTTY === true;
  // A long simulation: the tornado's exact base (a whole exact run) is computed meanwhile in a
  // worker thread; a short one finishes before a worker would have loaded.
  const planned = draws ?? scenario.uncertainty?.draws ?? DEFAULT_DRAWS;
  // The tornado watches the simulation's outputs when they include its NPV, so that it swings the
  // model the simulation compiled instead of compiling another.
  const watched = [
    ...new Set(source.defaults.uncertainty?.outputs ?? source.defaults.outputs ?? []),
  ];
  const outputs = watched.includes(TORNADO) ? watched : [TORNADO];
  const exactBase =
    planned >= EXACT_BASE_IN_WORKER_FROM ? startExactFigures(source.source, outputs) : undefined;
  try {
    return await simulateAndSwing(
      source,
      name,
      { values, io, draws, seed, progress, render, format, outputs },
      exactBase,
    );
  } finally {
    exactBase?.stop();
  }
}

/** The output the CLI's tornado shows. */
const TORNADO = 'npv.withPli';
/** The fewest draws for which the tornado's exact base runs in a worker (see `simulate`). */
const EXACT_BASE_IN_WORKER_FROM = 5_000;

async function simulateAndSwing(
  source: PreparedSource,
  name: string,
  run: {
    readonly values: CommandLineValues;
    readonly io: CliIo;
    readonly draws: number | undefined;
    readonly seed: number | undefined;
    readonly progress: boolean;
    readonly render: ((spec: VegaLiteSpec) => Promise<string>) | undefined;
    readonly format: ReportFormat;
    /** The tornado's outputs (its NPV among them). */
    readonly outputs: readonly string[];
  },
  exactBase: ExactFiguresInWorker | undefined,
): Promise<number> {
  const { values, io, draws, seed, progress, render, format, outputs } = run;
  const simulation = await simulatePreparedParallel(source, {
    ...(draws === undefined ? {} : { draws }),
    ...(seed === undefined ? {} : { seed }),
    ...(progress
      ? {
          onProgress: (done: number, total: number) =>
            io.stderr(`\rsimulating: ${done} of ${total} draws`),
        }
      : {}),
  });
  if (progress) io.stderr('\n');
  // The tornado swings each uncertain input from its P10 to its P90 as drawn.
  const tornado = sensitivityOfPrepared(
    source,
    {
      inputs: simulation.inputs.map((i) => ({
        path: i.path,
        low: i.summary.p10,
        high: i.summary.p90,
      })),
      outputs,
    },
    await exactBase?.figures,
  ).find((t) => t.output === TORNADO);
  const risk = { simulation, ...(tornado === undefined ? {} : { tornado }) };
  const text =
    values.json === true
      ? `${JSON.stringify(risk, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v), 2)}\n`
      : renderDocument(
          {
            title: name,
            subtitle: `Risk of the whole plan · ${simulation.draws} draws, seed ${simulation.seed} · ₹ crore unless stated`,
            sections: [riskSection(risk)],
          },
          format,
        );
  if (values.out === undefined) io.stdout(text);
  else {
    await writeOutput(io, values.out, '--out', text);
    io.stderr(`risk report written to ${values.out}\n`);
  }
  if (values.chart !== undefined && render !== undefined) {
    await writeOutput(io, values.chart, '--chart', await render(riskChart(risk, name)));
    io.stderr(`risk chart written to ${values.chart}\n`);
  }
  return EXIT.ok;
}
