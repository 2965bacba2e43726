/**
 * report — pure renderers: tables (terminal, markdown, CSV, JSON), the scenario report, and
 * Vega-Lite chart specs. Data in, strings out; writing files is the caller's (or the CLI's) job.
 *
 * Import it alone as `crorecast/report`, or from the root entry `crorecast`.
 *
 * @module report
 */

export {
  combineCharts,
  type HeadcountChartOptions,
  type HeadcountValue,
  headcountChart,
  type RevenueBySegmentChartOptions,
  revenueBySegmentChart,
  type SegmentValue,
  type VegaLiteSpec,
} from './charts.js';
export {
  DISPLAY_UNITS,
  type DisplayUnit,
  type FiscalYearLine,
  type FiscalYearRatioTotal,
  type FiscalYearTableOptions,
  fiscalYearTable,
} from './fiscalYearTable.js';
export { type FormatNumberOptions, formatNumber } from './formatNumber.js';
export { renderDocument } from './renderDocument.js';
export { histogramChart, riskChart, tornadoChart } from './riskCharts.js';
export { distributionText, riskSection, type ScenarioRisk } from './scenario/riskSection.js';
export { scenarioChart } from './scenarioChart.js';
export { type ScenarioHtmlOptions, scenarioHtml } from './scenarioHtml.js';
export { type ScenarioReportOptions, scenarioReport } from './scenarioReport.js';
export {
  CONSOLE_WIDTH,
  type ConsoleOptions,
  documentToConsole,
  tableToConsole,
} from './toConsole.js';
export { type CsvOptions, csvField, documentToCsv, tableToCsv } from './toCsv.js';
export {
  documentToHtml,
  escapeHtml,
  type HtmlFigure,
  type HtmlOptions,
  tableToHtml,
} from './toHtml.js';
export { documentToJson, type JsonReportOptions, type JsonTable, tableToJson } from './toJson.js';
export { documentToMarkdown, tableToMarkdown } from './toMarkdown.js';
export {
  type DigitGrouping,
  REPORT_FORMATS,
  type ReportCell,
  type ReportColumn,
  type ReportDocument,
  type ReportFormat,
  type ReportRow,
  type ReportRowStyle,
  type ReportSection,
  type ReportTable,
} from './types.js';
export {
  INDIAN_AMOUNT_FORMAT,
  INDIAN_COUNT_FORMAT,
  type ScenarioWorkbookOptions,
  scenarioWorkbook,
  scenarioWorkbookSheets,
  type Workbook,
  type WorkbookCell,
  type WorkbookCellStyle,
  WorkbookDependencyError,
  type WorkbookNumberFormat,
  type WorkbookSheet,
  workbookParts,
  type ZipSync,
} from './workbook/index.js';
