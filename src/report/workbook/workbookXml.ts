import { ArgumentError } from '../../core/errors.js';
import { cellAddress } from './sheetBuilder.js';
import type {
  Workbook,
  WorkbookCell,
  WorkbookCellStyle,
  WorkbookNumberFormat,
  WorkbookSheet,
} from './types.js';

// SpreadsheetML (ECMA-376) written by hand: only the parts a workbook of numbers, text and
// formulas needs. Strings are inline (no shared-string table to keep in step) and every
// formula carries its cached value, which is what the libraries we looked at could not do
// without a large dependency tree (see scenarioWorkbook.ts).

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Indian digit grouping (12,34,56,789.00) as an Excel number format, by magnitude. */
export const INDIAN_AMOUNT_FORMAT =
  '[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00';
/** The same for whole numbers (units, heads). */
export const INDIAN_COUNT_FORMAT = '[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0';

const FORMAT_IDS: Readonly<Record<WorkbookNumberFormat, number>> = {
  general: 0,
  amount: 164,
  count: 165,
  percent: 10, // built in: 0.00%
  date: 166,
};
const FORMATS: readonly WorkbookNumberFormat[] = ['general', 'amount', 'count', 'percent', 'date'];

// One cell style per combination of number format, right alignment, bold, wrap and input
// shading.
function styleIndex(format: WorkbookNumberFormat, style: WorkbookCellStyle): number {
  return (
    FORMATS.indexOf(format) * 16 +
    (style.right === true ? 8 : 0) +
    (style.bold === true ? 4 : 0) +
    (style.wrap === true ? 2 : 0) +
    (style.input === true ? 1 : 0)
  );
}

function stylesXml(): string {
  const xfs: string[] = [];
  for (const format of FORMATS) {
    for (let flags = 0; flags < 16; flags += 1) {
      const right = (flags & 8) !== 0;
      const bold = (flags & 4) !== 0;
      const wrap = (flags & 2) !== 0;
      const input = (flags & 1) !== 0;
      const alignment =
        right || wrap
          ? ` applyAlignment="1"><alignment${right ? ' horizontal="right"' : ''}${wrap ? ' wrapText="1" vertical="top"' : ''}/></xf>`
          : '/>';
      xfs.push(
        `<xf numFmtId="${FORMAT_IDS[format]}" fontId="${bold ? 1 : 0}" fillId="${input ? 2 : 0}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"${alignment}`,
      );
    }
  }
  return `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="${escapeXml(INDIAN_AMOUNT_FORMAT)}"/><numFmt numFmtId="165" formatCode="${escapeXml(INDIAN_COUNT_FORMAT)}"/><numFmt numFmtId="166" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

// XML 1.0 forbids most control characters even when escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is being removed
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text escaped for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function numberText(value: number, where: string): string {
  if (!Number.isFinite(value)) {
    throw new ArgumentError('NOT_FINITE', `workbook cell ${where} is ${value}`);
  }
  // JavaScript's shortest round-trip form: parsing it gives back exactly this double.
  return String(value);
}

function cellXml(cell: WorkbookCell, address: string): string {
  if (cell === null) return '';
  if (cell.kind === 'text') {
    return `<c r="${address}" s="${styleIndex('general', cell)}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
  }
  const s = styleIndex(cell.format, cell);
  if (cell.kind === 'number') {
    return `<c r="${address}" s="${s}"><v>${numberText(cell.value, address)}</v></c>`;
  }
  const cached =
    typeof cell.cached === 'string'
      ? { t: ' t="str"', v: escapeXml(cell.cached) }
      : { t: '', v: numberText(cell.cached, address) };
  return `<c r="${address}" s="${s}"${cached.t}><f>${escapeXml(cell.formula)}</f><v>${cached.v}</v></c>`;
}

function paneXml(freeze: WorkbookSheet['freeze']): string {
  const { rows, columns } = freeze;
  if (rows === 0 && columns === 0) return '';
  const topLeft = cellAddress(columns, rows + 1);
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function sheetXml(sheet: WorkbookSheet, first: boolean): string {
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(w, 4)}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => cellXml(cell, cellAddress(c, r + 1))).join('');
      return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  // Printed on A4 landscape, fitted to the page width (the header row and label column repeat:
  // see the print titles in workbook.xml).
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${paneXml(sheet.freeze)}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols === '' ? '' : `<cols>${cols}</cols>`}<sheetData>${rows}</sheetData><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`;
}

// The frozen rows and columns repeat on every printed page.
function printTitles(sheets: readonly WorkbookSheet[]): string {
  const names = sheets.flatMap((sheet, i) => {
    const { rows, columns } = sheet.freeze;
    if (rows === 0 && columns === 0) return [];
    const quoted = `'${sheet.name.replaceAll("'", "''")}'`;
    const ranges = [
      ...(columns > 0 ? [`${quoted}!$A:$${cellAddress(columns - 1, 1).replace(/\d+$/, '')}`] : []),
      ...(rows > 0 ? [`${quoted}!$1:$${rows}`] : []),
    ];
    return [
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(ranges.join(','))}</definedName>`,
    ];
  });
  return names.length === 0 ? '' : `<definedNames>${names.join('')}</definedNames>`;
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/**
 * The parts of an `.xlsx` package (path → XML text), ready to be zipped. Pure.
 *
 * @param workbook - the sheets
 * @returns the package parts
 * @throws {ArgumentError} for a sheet name Excel rejects or a non-finite number
 */
export function workbookParts(workbook: Workbook): Record<string, string> {
  const names = new Set<string>();
  for (const sheet of workbook.sheets) {
    const key = sheet.name.toLowerCase();
    if (
      sheet.name.length === 0 ||
      sheet.name.length > 31 ||
      INVALID_SHEET_NAME.test(sheet.name) ||
      names.has(key)
    ) {
      throw new ArgumentError('INVALID_SHEET_NAME', `workbook sheet name "${sheet.name}"`);
    }
    names.add(key);
  }
  const sheets = workbook.sheets;
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    // fullCalcOnLoad: Excel recalculates on opening, so an edited copy never shows stale totals.
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${printTitles(sheets)}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': stylesXml(),
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, i === 0);
  });
  return parts;
}
