// The command line's grammar: the usage text, the options `node:util` parses, and the option
// values read into numbers and formats. A mistake here is the user's (exit 2, with the usage).
import { parseArgs } from 'node:util';
import { REPORT_FORMATS, type ReportFormat } from '../report/types.js';

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

/** A mistake in the command line: reported with the usage text (exit 2). */
export class UsageError extends Error {}

export function parseCommandLine(argv: readonly string[]) {
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

/** The options of a parsed command line, as the commands read them. */
export type CommandLineValues = ReturnType<typeof parseCommandLine>['values'];

export function readFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return 'table';
  const format = REPORT_FORMATS.find((f) => f === value);
  if (format === undefined) {
    throw new UsageError(`unknown format "${value}" (use ${REPORT_FORMATS.join(', ')})`);
  }
  return format;
}

export function readCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,10}$/.test(value)) {
    throw new UsageError(`--${option} must be a whole number, got "${value}"`);
  }
  return Number(value);
}
