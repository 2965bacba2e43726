#!/usr/bin/env node
/**
 * The `crorecast` command line — the only crorecast module with I/O. It reads a scenario file,
 * validates it, runs it and prints or writes a report (and optionally a chart as SVG).
 *
 *   crorecast run <scenario.json> [--format table|markdown|csv|json] [--out FILE] [--chart FILE.svg]
 *                 [--xlsx FILE.xlsx] [--html FILE.html]
 *   crorecast validate <scenario.json>
 *   crorecast simulate <scenario.json> [--draws N] [--seed N] [--json] [--format …] [--out FILE] [--chart FILE.svg]
 *
 * Exit codes: 0 success; 1 the run failed (a model error, a file that cannot be written, the
 * optional chart packages missing); 2 bad usage, an unreadable file, invalid JSON or an invalid
 * scenario (each problem printed with its field path).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type FileAccess,
  FileTooLargeError,
  InputError,
  loadScenarioFile,
  OutputError,
  systemReason,
  writeOutput,
} from './cli/files.js';
import { ChartDependencyError, loadChartRenderer } from './cli/renderSvg.js';

export { FileTooLargeError } from './cli/files.js';

import { CrorecastError, ValidationError } from './core/errors.js';
import { type PreparedSource, prepareSource } from './model/analysis/analysisSource.js';
import { sensitivityOfPrepared } from './model/analysis/sensitivityScenario.js';
import { DEFAULT_DRAWS } from './model/analysis/simulationOptions.js';
import { parseScenario } from './model/parseScenario.js';
import { runScenario } from './model/runScenario.js';
import type { Scenario } from './model/scenario.js';
import { scenarioWarnings } from './model/scenarioWarnings.js';
import { type ExactFiguresInWorker, startExactFigures } from './node/exactFiguresInWorker.js';
import { simulatePreparedParallel } from './node/simulateScenarioParallel.js';
import type { VegaLiteSpec } from './report/charts.js';
import { renderDocument } from './report/renderDocument.js';
import { riskChart } from './report/riskCharts.js';
import { riskSection } from './report/scenario/riskSection.js';
import { scenarioChart } from './report/scenarioChart.js';
import { scenarioHtml } from './report/scenarioHtml.js';
import { scenarioReport } from './report/scenarioReport.js';
import { REPORT_FORMATS, type ReportFormat } from './report/types.js';
import {
  loadWorkbookZip,
  scenarioWorkbook,
  WorkbookDependencyError,
  type ZipSync,
} from './report/workbook/scenarioWorkbook.js';

/** What the CLI does I/O through, so tests can run it in-process with fakes. */
export interface CliIo extends FileAccess {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Loads vega and vega-lite and returns a renderer of Vega-Lite specs to SVG; rejects with
   * {@link ChartDependencyError} when they are not installed.
   */
  readonly loadChartRenderer: () => Promise<(spec: VegaLiteSpec) => Promise<string>>;
  /**
   * Loads the workbook's zip writer (default: the optional package fflate); rejects with
   * `WorkbookDependencyError` when it is not installed.
   */
  readonly loadWorkbookZip?: () => Promise<ZipSync>;
  /** Whether standard error is a terminal: `simulate` prints its progress there only then. */
  readonly stderrIsTTY?: boolean;
  /**
   * Runs a parsed scenario for `run` (default: `runScenario`). The CLI runs each scenario once;
   * its tests pass a runner that shares one run of the seed between their many calls.
   */
  readonly runScenario?: (scenario: Scenario) => ReturnType<typeof runScenario>;
}

/** The exit codes of {@link main}. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const USAGE = `Usage:
  crorecast run <scenario.json> [--format table|markdown|csv|json] [--out FILE] [--chart FILE.svg] [--usd]
                [--xlsx FILE.xlsx] [--html FILE.html]
  crorecast validate <scenario.json>
  crorecast simulate <scenario.json> [--draws N] [--seed N] [--json] [--format …] [--out FILE] [--chart FILE.svg]
  crorecast --help | --version

  run       validate and run a scenario; print its report (or write it with --out)
  validate  check a scenario file and list every problem with its field path
  simulate  the risk of the whole plan: Monte Carlo over the scenario's uncertainty section
            (NPV distribution, P(NPV < 0), each PLI year's chance to pay, a tornado on NPV)

Options:
  -f, --format   report format: table (default), markdown, csv or json
  -o, --out      write the report to FILE instead of standard output
  -c, --chart    also write the plan's chart (revenue by segment, headcount) as SVG;
                 needs the optional packages vega and vega-lite
      --usd      add the key figures in US$ million (needs fx.USD in the scenario)
      --xlsx     also write the plan as an Excel workbook whose totals, profit, cash flow,
                 NPV and IRR are formulas; needs the optional package fflate
      --html     also write the report as one self-contained HTML page (with the chart
                 when vega and vega-lite are installed)
      --draws    simulate: number of draws (default: the scenario's uncertainty.draws, else 10,000)
      --seed     simulate: the seed (default: the scenario's uncertainty.seed); same seed, same figures
      --json     simulate: print the simulation and tornado as JSON (for machines)
  -h, --help     show this help
  -v, --version  print crorecast's version
`;

class UsageError extends Error {}

/**
 * crorecast's version, from its package.json (one directory up from both `src/cli.ts` and
 * `dist/cli.js`).
 */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        chart: { type: 'string', short: 'c' },
        usd: { type: 'boolean' },
        xlsx: { type: 'string' },
        html: { type: 'string' },
        draws: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function readFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return 'table';
  const format = REPORT_FORMATS.find((f) => f === value);
  if (format === undefined) {
    throw new UsageError(`unknown format "${value}" (use ${REPORT_FORMATS.join(', ')})`);
  }
  return format;
}

/**
 * The largest scenario file the CLI reads: 10 MB. The seed is 33 KB; the cap keeps a wrong path
 * (`/dev/zero`, a log file) from filling memory before the JSON parser can object.
 */
export const MAX_SCENARIO_BYTES = 10 * 1024 * 1024;

/**
 * Reads a UTF-8 file, at most `limit` bytes: one byte more means the file is too large, and
 * reading stops there (a device such as `/dev/zero` never ends).
 */
export async function readFileCapped(path: string, limit = MAX_SCENARIO_BYTES): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length <= limit) {
      const { bytesRead } = await handle.read(buffer, length, limit + 1 - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) {
      throw new FileTooLargeError(
        `${path} is larger than ${limit / 1024 / 1024} MB, the limit for a scenario file`,
      );
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Runs the CLI with the given arguments (without `node` and the script path) and returns the exit
 * code. Never throws for expected failures and never prints a stack trace for them: problems go to
 * `io.stderr` as one clear message (validation problems one per line with their field path).
 *
 * @param argv - the arguments, e.g. `['run', 'seeds/optiemus-wistron-2021.json', '--format', 'markdown']`
 * @param io - file and console access (default: the real ones)
 * @returns the exit code (see {@link EXIT})
 *
 * @example
 * ```ts
 * await main(['validate', 'seeds/optiemus-wistron-2021.json']) //=> 0 (prints "… is valid")
 * ```
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help === true) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    if (values.version === true) {
      io.stdout(`crorecast ${VERSION}\n`);
      return EXIT.ok;
    }
    const [command, file, ...extra] = positionals;
    if (command === undefined) throw new UsageError('no command given');
    if (command !== 'run' && command !== 'validate' && command !== 'simulate') {
      throw new UsageError(`unknown command "${command}"`);
    }
    if (file === undefined) throw new UsageError(`${command}: no scenario file given`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (command === 'validate') {
      for (const key of ['format', 'out', 'chart', 'usd', 'xlsx', 'html', 'version'] as const) {
        if (values[key] !== undefined) throw new UsageError(`validate does not take --${key}`);
      }
    }
    if (command !== 'simulate') {
      for (const key of ['draws', 'seed', 'json'] as const) {
        if (values[key] !== undefined) throw new UsageError(`${command} does not take --${key}`);
      }
    }
    const format = readFormat(values.format);
    const json = await loadScenarioFile(file, io);
    const scenario = parseScenario(json);
    for (const w of scenarioWarnings(scenario)) io.stderr(`warning: ${w.path}: ${w.message}\n`);
    if (command === 'simulate') return await simulate(json, scenario, values, io);
    if (command === 'validate') {
      io.stdout(`${file}: valid scenario "${scenario.meta.name}"\n`);
      return EXIT.ok;
    }
    // Load the optional chart and zip packages first: a missing one fails before any report is
    // printed.
    const render = values.chart === undefined ? undefined : await io.loadChartRenderer();
    const zipSync =
      values.xlsx === undefined ? undefined : await (io.loadWorkbookZip ?? loadWorkbookZip)();
    const result = (io.runScenario ?? runScenario)(scenario);
    const text = renderDocument(scenarioReport(result, { usd: values.usd === true }), format);
    if (values.out === undefined) io.stdout(text);
    else {
      await writeOutput(io, values.out, '--out', text);
      io.stderr(`report written to ${values.out}\n`);
    }
    if (values.chart !== undefined && render !== undefined) {
      await writeOutput(io, values.chart, '--chart', await render(scenarioChart(result)));
      io.stderr(`chart written to ${values.chart}\n`);
    }
    if (values.xlsx !== undefined) {
      const workbook = await scenarioWorkbook(result, zipSync === undefined ? {} : { zipSync });
      await writeOutput(io, values.xlsx, '--xlsx', workbook);
      io.stderr(`workbook written to ${values.xlsx}\n`);
    }
    if (values.html !== undefined) {
      await writeHtml(values.html, result, values.usd === true, io);
    }
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

function readCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,10}$/.test(value)) {
    throw new UsageError(`--${option} must be a whole number, got "${value}"`);
  }
  return Number(value);
}

/** `crorecast simulate`: the risk report of the whole plan (or its data as JSON). */
async function simulate(
  json: unknown,
  scenario: Scenario,
  values: ReturnType<typeof parseCommandLine>['values'],
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
  // The file is parsed once (above): the simulation and the tornado share it and their models.
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
    readonly values: ReturnType<typeof parseCommandLine>['values'];
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

async function writeHtml(
  path: string,
  result: ReturnType<typeof runScenario>,
  usd: boolean,
  io: CliIo,
): Promise<void> {
  let chartSvg: string | undefined;
  try {
    chartSvg = await (await io.loadChartRenderer())(scenarioChart(result));
  } catch (error) {
    if (!(error instanceof ChartDependencyError)) throw error;
    // The page is still worth having without its chart; say what is missing.
    io.stderr('crorecast: the HTML report has no chart (install vega and vega-lite for it)\n');
  }
  await writeOutput(
    io,
    path,
    '--html',
    scenarioHtml(result, { usd, ...(chartSvg === undefined ? {} : { chartSvg }) }),
  );
  io.stderr(`HTML report written to ${path}\n`);
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`crorecast: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    io.stderr(`crorecast: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof ValidationError) {
    io.stderr(`crorecast: ${error.message.replace(/^\[crorecast\] /, '')}\n`);
    return EXIT.usage;
  }
  if (
    error instanceof ChartDependencyError ||
    error instanceof WorkbookDependencyError ||
    error instanceof OutputError
  ) {
    io.stderr(`crorecast: ${error.message.replace(/^\[crorecast\] /, '')}\n`);
    return EXIT.failed;
  }
  if (error instanceof CrorecastError) {
    io.stderr(
      `crorecast: the scenario could not be run: ${error.message.replace(/^\[crorecast\] /, '')}\n`,
    );
    return EXIT.failed;
  }
  io.stderr(`crorecast: ${systemReason(error)}\n`);
  return EXIT.failed;
}

/** The real file system and console. */
export const nodeIo: CliIo = {
  readFile: (path) => readFileCapped(path),
  writeFile: async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, 'utf8');
  },
  writeBytes: async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  },
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  loadChartRenderer: () => loadChartRenderer(),
  stderrIsTTY: process.stderr.isTTY === true,
};

export { jsonErrorMessage } from './cli/files.js';
export {
  ChartDependencyError,
  loadChartRenderer,
  type RenderSvgOptions,
  renderSvg,
} from './cli/renderSvg.js';

// Run when executed as a script (`crorecast …`, `tsx src/cli.ts …`), not when imported by tests.
const entry = process.argv[1];
if (entry !== undefined && typeof import.meta.url === 'string' && isEntry(entry)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `crorecast: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = EXIT.failed;
    },
  );
}

function isEntry(path: string): boolean {
  const self = import.meta.url;
  if (pathToFileURL(path).href === self) return true;
  // Through the npm bin symlink or without the extension (`node dist/cli`).
  try {
    return pathToFileURL(realpathSync(path)).href === self;
  } catch {
    return false;
  }
}
