import { documentToConsole } from './toConsole.js';
import { documentToCsv } from './toCsv.js';
import { documentToJson } from './toJson.js';
import { documentToMarkdown } from './toMarkdown.js';
import type { ReportDocument, ReportFormat } from './types.js';

/**
 * Renders a report in one of the text formats: `table` (fixed-width terminal text), `markdown`,
 * `csv` (tables only) or `json` (numbers as exact decimal strings).
 *
 * @param doc - the report
 * @param format - the format
 * @returns the text, ending in a newline
 *
 * @example
 * ```ts
 * renderDocument({ title: 'Plan', sections: [] }, 'markdown') //=> '# Plan\n'
 * ```
 */
export function renderDocument(doc: ReportDocument, format: ReportFormat): string {
  switch (format) {
    case 'table':
      return documentToConsole(doc);
    case 'markdown':
      return documentToMarkdown(doc);
    case 'csv':
      return documentToCsv(doc);
    case 'json':
      return documentToJson(doc);
  }
}
