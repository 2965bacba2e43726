import { CrorecastError } from '../../core/errors.js';
import type { ScenarioResult } from '../../model/types.js';
import { importFflate } from '../optionalPackages.js';
import { scenarioReport } from '../scenarioReport.js';
import type { ReportSection } from '../types.js';
import { answersSheet } from './answersSheet.js';
import { cashFlowSheet } from './cashFlowSheet.js';
import { documentSheet } from './documentSheet.js';
import { profitSheet } from './profitSheet.js';
import type { Workbook, WorkbookSheet } from './types.js';
import { workbookParts } from './workbookXml.js';

/** fflate's `zipSync`: the one function of the optional zip package a workbook needs. */
export type ZipSync = (
  files: Record<string, Uint8Array>,
  options: { level: 6; mtime: Date },
) => Uint8Array;

/** Options for {@link scenarioWorkbook}. */
export interface ScenarioWorkbookOptions {
  /**
   * The zip writer (fflate's `zipSync`). Default: the optional peer dependency `fflate`, imported
   * on first use; pass it to avoid the dynamic import (bundlers, browsers, tests).
   */
  readonly zipSync?: ZipSync;
}

/** The optional package that zips a workbook (`fflate`) is not installed. */
export class WorkbookDependencyError extends CrorecastError {
  constructor(cause: unknown) {
    super(
      'WORKBOOK_DEPENDENCY',
      'a workbook needs the optional package fflate: npm install fflate',
      { cause },
    );
  }
}

// The report's sections become sheets by heading; the P&L and the cash flow and valuation are
// rebuilt as formulas, the others are written as figures. A section this list does not name
// (a new one) gets a sheet of its own, so the workbook never drops part of the report.
const SHEET_OF: Readonly<Record<string, string>> = {
  Revenue: 'Revenue',
  'Volume and capacity': 'Volume and capacity',
  Headcount: 'Headcount',
  Investment: 'Investment and depreciation',
  'PLI incentives and sharing': 'PLI and sharing',
  Variants: 'Variants',
  Targets: 'Targets',
  'Sources and assumptions': 'Assumptions and sources',
};
const FORMULA_SECTIONS = new Set([
  'What the plan answers',
  'Profit and loss',
  'Working capital and free cash flow',
  'Valuation',
]);

function sheetName(heading: string): string {
  return (SHEET_OF[heading] ?? heading).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * The workbook as data: sheets of cells, formulas with their cached values. Pure and
 * synchronous — {@link scenarioWorkbook} zips it into `.xlsx` bytes.
 *
 * @param result - the result of `runScenario`
 * @returns the workbook
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const result = runScenario(parseScenario(seedJson));
 * scenarioWorkbookSheets(result).sheets.map((s) => s.name)
 * //=> ['Answers', 'Revenue', 'Volume and capacity', 'Headcount', 'Investment and depreciation',
 * //    'PLI and sharing', 'Plan against what happened', 'P&L', 'Cash flow and valuation',
 * //    'Valuation summary', 'Variants', 'Targets', 'Assumptions and sources']
 * ```
 */
export function scenarioWorkbookSheets(result: ScenarioResult): Workbook {
  const doc = scenarioReport(result, { decimals: 2 });
  const pnl = profitSheet(result);
  const cash = cashFlowSheet(result, pnl);
  const answers = doc.sections.find((s) => s.heading === 'What the plan answers') ?? {
    heading: 'What the plan answers',
  };
  const sheets: WorkbookSheet[] = [
    answersSheet(result, answers, pnl, { withPli: cash.withPli, withoutPli: cash.withoutPli }),
  ];
  const rest: ReportSection[] = doc.sections.filter((s) => !FORMULA_SECTIONS.has(s.heading));
  const before = rest.filter(
    (s) => !['Variants', 'Targets', 'Sources and assumptions'].includes(s.heading),
  );
  const after = rest.filter((s) => !before.includes(s));
  for (const section of before) sheets.push(documentSheet(sheetName(section.heading), [section]));
  sheets.push(pnl.sheet, cash.sheet);
  // Tables the formula sheets do not rebuild (the valuation summary, US-dollar figures, and
  // any a later section adds) follow as figures on a sheet of their own.
  const extra = doc.sections
    .filter((s) => FORMULA_SECTIONS.has(s.heading) && s.heading !== 'What the plan answers')
    .map((s) => ({
      ...s,
      tables: (s.tables ?? []).filter((t) => !REBUILT_TABLE.test(t.title)),
    }))
    .filter((s) => (s.tables ?? []).length > 0 || (s.paragraphs ?? []).length > 0);
  if (extra.length > 0) sheets.push(documentSheet('Valuation summary', extra));
  for (const section of after) sheets.push(documentSheet(sheetName(section.heading), [section]));
  return Object.freeze({ sheets: Object.freeze(sheets) });
}

// The report's tables the P&L and cash-flow sheets rebuild as formulas.
const REBUILT_TABLE =
  /^(P&L by fiscal year|Working capital at year end|Free cash flow \(₹ crore\))/;

/**
 * The plan as an Excel workbook (`.xlsx` bytes): Answers; Revenue; Volume and capacity;
 * Headcount; Investment and depreciation; PLI and sharing; P&L; Cash flow and valuation;
 * Variants; Targets; Assumptions and sources. Figures are numbers in ₹ crore at full double
 * precision with Indian digit grouping; totals, EBITDA, EBIT, tax, profit after tax, free cash
 * flow, NPV and IRR are formulas over the lines (the tax and discount rates are input cells),
 * each with crorecast's figure cached, so the file reads right anywhere and recalculates when an
 * analyst edits it. Header row and label column frozen.
 *
 * Pure (no file I/O; the same result gives the same bytes). Async only because the zip writer,
 * the optional peer dependency `fflate`, is imported on first use — or pass `options.zipSync`.
 *
 * @param result - the result of `runScenario`
 * @param options - the zip writer
 * @returns the `.xlsx` file's bytes
 * @throws {WorkbookDependencyError} when fflate is not installed and no `zipSync` was given
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const bytes = await scenarioWorkbook(runScenario(parseScenario(seedJson))); // needs the fflate peer
 * [...bytes.subarray(0, 2)] //=> [0x50, 0x4b] ('PK': a zip; write it with fs.writeFile)
 * ```
 */
export async function scenarioWorkbook(
  result: ScenarioResult,
  options: ScenarioWorkbookOptions = {},
): Promise<Uint8Array> {
  const zipSync = options.zipSync ?? (await loadZip());
  const parts = workbookParts(scenarioWorkbookSheets(result));
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(parts)) files[path] = encoder.encode(xml);
  // A fixed timestamp keeps the bytes a function of the result alone.
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/**
 * Loads the optional zip writer a workbook needs (fflate's `zipSync`), so a caller can fail before
 * doing any work when it is missing — the CLI does this before it prints the report.
 *
 * @returns fflate's `zipSync`
 * @throws {WorkbookDependencyError} when fflate is not installed
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const zipSync = await loadWorkbookZip();
 * const result = runScenario(parseScenario(seedJson));
 * (await scenarioWorkbook(result, { zipSync })) instanceof Uint8Array //=> true
 * ```
 */
export async function loadWorkbookZip(): Promise<ZipSync> {
  return loadZip();
}

async function loadZip(): Promise<ZipSync> {
  try {
    const fflate = await importFflate();
    return fflate.zipSync as ZipSync;
  } catch (error) {
    throw new WorkbookDependencyError(error);
  }
}
