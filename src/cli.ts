#!/usr/bin/env node
/**
 * The `crorecast` command line — the only crorecast module with I/O. It reads a scenario file,
 * validates it, runs it and prints or writes a report (and optionally a chart as SVG).
 *
 *   crorecast run <scenario.json> [--format table|markdown|csv|json] [--out FILE] [--chart FILE.svg]
 *                 [--xlsx FILE.xlsx] [--html FILE.html]
 *   crorecast validate <scenario.json>
 *
 * Exit codes: 0 success; 1 the run failed (a model error, a file that cannot be written, the
 * optional chart packages missing); 2 bad usage, an unreadable file, invalid JSON or an invalid
 * scenario (each problem printed with its field path).
 */
import { realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CrorecastError, ValidationError } from './core/errors.js';
import { parseScenario } from './model/parseScenario.js';
import { runScenario } from './model/runScenario.js';
import type { VegaLiteSpec } from './report/charts.js';
import { renderDocument } from './report/renderDocument.js';
import { scenarioChart } from './report/scenarioChart.js';
import { scenarioHtml } from './report/scenarioHtml.js';
import { scenarioReport } from './report/scenarioReport.js';
import { REPORT_FORMATS, type ReportFormat } from './report/types.js';
import { scenarioWorkbook, WorkbookDependencyError } from './report/workbook/scenarioWorkbook.js';

/** What the CLI does I/O through, so tests can run it in-process with fakes. */
export interface CliIo {
  readonly readFile: (path: string) => Promise<string>;
  /** Writes a file, creating its directory when needed. */
  readonly writeFile: (path: string, data: string) => Promise<void>;
  /** Writes a binary file (the workbook), creating its directory when needed. */
  readonly writeBytes: (path: string, data: Uint8Array) => Promise<void>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Renders a Vega-Lite spec to SVG (loads vega and vega-lite on first use). */
  readonly renderSvg: (spec: VegaLiteSpec) => Promise<string>;
}

/** The exit codes of {@link main}. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const USAGE = `Usage:
  crorecast run <scenario.json> [--format table|markdown|csv|json] [--out FILE] [--chart FILE.svg] [--usd]
                [--xlsx FILE.xlsx] [--html FILE.html]
  crorecast validate <scenario.json>
  crorecast --help

  run       validate and run a scenario; print its report (or write it with --out)
  validate  check a scenario file and list every problem with its field path

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
  -h, --help     show this help
`;

class UsageError extends Error {}

/** The optional charting packages (vega, vega-lite) could not be loaded. */
export class ChartDependencyError extends Error {}

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
        help: { type: 'boolean', short: 'h' },
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

async function loadScenarioFile(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const reason =
      (error as { code?: string }).code ?? (error instanceof Error ? error.message : '');
    throw new InputError(`cannot read scenario file ${path}${reason === '' ? '' : ` (${reason})`}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A file that cannot be read or parsed (exit 2). */
class InputError extends Error {}

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
    const [command, file, ...extra] = positionals;
    if (command === undefined) throw new UsageError('no command given');
    if (command !== 'run' && command !== 'validate') {
      throw new UsageError(`unknown command "${command}"`);
    }
    if (file === undefined) throw new UsageError(`${command}: no scenario file given`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (command === 'validate') {
      for (const key of ['format', 'out', 'chart', 'usd', 'xlsx', 'html'] as const) {
        if (values[key] !== undefined) throw new UsageError(`validate does not take --${key}`);
      }
    }
    const format = readFormat(values.format);
    const scenario = parseScenario(await loadScenarioFile(file, io));
    if (command === 'validate') {
      io.stdout(`${file}: valid scenario "${scenario.meta.name}"\n`);
      return EXIT.ok;
    }
    const result = runScenario(scenario);
    const text = renderDocument(scenarioReport(result, { usd: values.usd === true }), format);
    if (values.out === undefined) io.stdout(text);
    else {
      await io.writeFile(values.out, text);
      io.stderr(`report written to ${values.out}\n`);
    }
    if (values.chart !== undefined) {
      const svg = await io.renderSvg(scenarioChart(result));
      await io.writeFile(values.chart, svg);
      io.stderr(`chart written to ${values.chart}\n`);
    }
    if (values.xlsx !== undefined) {
      await io.writeBytes(values.xlsx, await scenarioWorkbook(result));
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

async function writeHtml(
  path: string,
  result: ReturnType<typeof runScenario>,
  usd: boolean,
  io: CliIo,
): Promise<void> {
  let chartSvg: string | undefined;
  try {
    chartSvg = await io.renderSvg(scenarioChart(result));
  } catch (error) {
    if (!(error instanceof ChartDependencyError)) throw error;
    // The page is still worth having without its chart; say what is missing.
    io.stderr('crorecast: the HTML report has no chart (install vega and vega-lite for it)\n');
  }
  await io.writeFile(
    path,
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
  if (error instanceof ChartDependencyError || error instanceof WorkbookDependencyError) {
    io.stderr(`crorecast: ${error.message.replace(/^\[crorecast\] /, '')}\n`);
    return EXIT.failed;
  }
  if (error instanceof CrorecastError) {
    io.stderr(
      `crorecast: the scenario could not be run: ${error.message.replace(/^\[crorecast\] /, '')}\n`,
    );
    return EXIT.failed;
  }
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`crorecast: ${code === undefined ? '' : `${code}: `}${message}\n`);
  return EXIT.failed;
}

/** Options for {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Loads vega and vega-lite (default: dynamic imports; tests inject a failing loader). */
  readonly load?: () => Promise<[typeof import('vega'), typeof import('vega-lite')]>;
}

function loadCharting(): Promise<[typeof import('vega'), typeof import('vega-lite')]> {
  return Promise.all([import('vega'), import('vega-lite')]);
}

/**
 * Renders a Vega-Lite spec to SVG in Node, without a browser or canvas: vega-lite compiles it to
 * Vega, and a headless Vega view renders SVG text. vega and vega-lite are optional peer
 * dependencies, loaded only here.
 *
 * @param spec - the Vega-Lite spec
 * @param options - how to load the charting packages
 * @returns the SVG document
 * @throws {ChartDependencyError} when vega or vega-lite is not installed (saying what to install)
 */
export async function renderSvg(
  spec: VegaLiteSpec,
  options: RenderSvgOptions = {},
): Promise<string> {
  let vega: typeof import('vega');
  let vegaLite: typeof import('vega-lite');
  try {
    [vega, vegaLite] = await (options.load ?? loadCharting)();
  } catch {
    throw new ChartDependencyError(
      '--chart needs the optional packages vega and vega-lite: npm install vega vega-lite',
    );
  }
  const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The real file system and console. */
export const nodeIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
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
  renderSvg,
};

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
