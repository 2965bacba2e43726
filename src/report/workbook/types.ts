/**
 * How a number cell is shown in the workbook: ₹ amounts with Indian digit grouping and two
 * places, whole counts with Indian grouping, percentages, dates (an Excel date serial shown
 * `yyyy-mm-dd`), or Excel's General.
 */
export type WorkbookNumberFormat = 'amount' | 'count' | 'percent' | 'date' | 'general';

/**
 * How a cell looks: bold (headings, totals), wrapped (prose), an input (shaded, meant to be
 * edited), right-aligned (the headers of number columns).
 */
export interface WorkbookCellStyle {
  readonly bold?: boolean;
  readonly right?: boolean;
  readonly wrap?: boolean;
  readonly input?: boolean;
}

/**
 * One cell of a workbook sheet: a number (a double at full precision), text, or a formula with
 * the value crorecast computed for it cached beside it (so a reader that does not recalculate
 * still sees the figure). `null` is an empty cell.
 */
export type WorkbookCell =
  | (WorkbookCellStyle & {
      readonly kind: 'number';
      readonly value: number;
      readonly format: WorkbookNumberFormat;
    })
  | (WorkbookCellStyle & { readonly kind: 'text'; readonly value: string })
  | (WorkbookCellStyle & {
      readonly kind: 'formula';
      /** The formula without the leading `=`, in Excel's English syntax (`SUM(B3:F3)`). */
      readonly formula: string;
      readonly cached: number | string;
      readonly format: WorkbookNumberFormat;
    })
  | null;

/** One worksheet: rows of cells from A1, column widths in characters, and the frozen panes. */
export interface WorkbookSheet {
  /** The sheet name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  readonly rows: readonly (readonly WorkbookCell[])[];
  /** Width of each column from A, in characters. */
  readonly widths: readonly number[];
  /** Rows and columns frozen at the top and left (the header row and the label column). */
  readonly freeze: { readonly rows: number; readonly columns: number };
}

/** A workbook as data, before it is serialised to `.xlsx` bytes. */
export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
}
