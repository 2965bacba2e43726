export {
  type ScenarioWorkbookOptions,
  scenarioWorkbook,
  scenarioWorkbookSheets,
  WorkbookDependencyError,
  type ZipSync,
} from './scenarioWorkbook.js';
export type {
  Workbook,
  WorkbookCell,
  WorkbookCellStyle,
  WorkbookNumberFormat,
  WorkbookSheet,
} from './types.js';
export { INDIAN_AMOUNT_FORMAT, INDIAN_COUNT_FORMAT, workbookParts } from './workbookXml.js';
