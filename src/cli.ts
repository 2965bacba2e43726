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
import { pathToFileURL } from 'node:url';
import { type CliIo, nodeIo } from './cli/cliIo.js';
import { parseCommandLine, readFormat, USAGE, UsageError } from './cli/commandLine.js';
import { loadScenarioFile } from './cli/files.js';
import { EXIT, reportError } from './cli/reportError.js';
import { runCommand } from './cli/runCommand.js';
import { simulateCommand } from './cli/simulateCommand.js';
import { parseScenario } from './model/parseScenario.js';
import { scenarioWarnings } from './model/scenarioWarnings.js';

// The CLI module's face (its tests and scripts import these from here).
export { type CliIo, MAX_SCENARIO_BYTES, nodeIo, readFileCapped } from './cli/cliIo.js';
export { USAGE } from './cli/commandLine.js';
export { FileTooLargeError, jsonErrorMessage } from './cli/files.js';
export {
  ChartDependencyError,
  loadChartRenderer,
  type RenderSvgOptions,
  renderSvg,
} from './cli/renderSvg.js';
export { EXIT } from './cli/reportError.js';

/**
 * crorecast's version, from its package.json (one directory up from both `src/cli.ts` and
 * `dist/cli.js`).
 */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

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
    if (command === 'simulate') return await simulateCommand(json, scenario, values, io);
    if (command === 'validate') {
      io.stdout(`${file}: valid scenario "${scenario.meta.name}"\n`);
      return EXIT.ok;
    }
    return await runCommand(scenario, values, format, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * Runs the CLI as the process: {@link main} with the real I/O, its result the process's exit
 * code (an unexpected failure printed on one line, exit code 1). The `crorecast` command
 * (`src/bin.ts`) calls it; so does this module when run as a script.
 *
 * @param argv - the arguments, without `node` and the script path
 * @returns when the run is done
 *
 * @example
 * ```ts
 * await runAsProcess(['validate', 'seeds/optiemus-wistron-2021.json']) // process.exitCode 0
 * ```
 */
export function runAsProcess(argv: readonly string[]): Promise<void> {
  return main(argv).then(
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

// Run when executed as a script (`node dist/cli.js …`, `tsx src/cli.ts …`), not when imported by
// tests or loaded by the `crorecast` command.
const entry = process.argv[1];
if (entry !== undefined && typeof import.meta.url === 'string' && isEntry(entry)) {
  void runAsProcess(process.argv.slice(2));
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
