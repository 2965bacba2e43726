// `crorecast run`: one exact run of the scenario, its report printed or written, and the optional
// chart, workbook and HTML page beside it.
import { runScenario } from '../model/runScenario.js';
import type { Scenario } from '../model/scenario.js';
import { renderDocument } from '../report/renderDocument.js';
import { scenarioChart } from '../report/scenarioChart.js';
import { scenarioHtml } from '../report/scenarioHtml.js';
import { scenarioReport } from '../report/scenarioReport.js';
import type { ReportFormat } from '../report/types.js';
import { loadWorkbookZip, scenarioWorkbook } from '../report/workbook/scenarioWorkbook.js';
import type { CliIo } from './cliIo.js';
import type { CommandLineValues } from './commandLine.js';
import { writeOutput } from './files.js';
import { ChartDependencyError } from './renderSvg.js';
import { EXIT } from './reportError.js';

/** `crorecast run`: the plan's report (and its chart, workbook and HTML page when asked for). */
export async function runCommand(
  scenario: Scenario,
  values: CommandLineValues,
  format: ReportFormat,
  io: CliIo,
): Promise<number> {
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
