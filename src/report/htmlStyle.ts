// The HTML report's one stylesheet, inline (no network): readable type, tables that scroll
// sideways on a phone with the label column held in place, contrast of at least 7:1 for body
// text and 4.5:1 for muted text, and a print layout — A4, each section from a new page, table
// headers repeated and rows kept whole.
export const HTML_REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --rule: #c8cdd3; --band: #eef1f5; --accent: #0b4f8a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; overflow-wrap: anywhere; }
header, main, footer, nav { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
nav ol { margin: 0; padding-left: 1.25rem; columns: 2 14rem; color: var(--muted); }
nav a { color: var(--accent); }
.answers p { max-width: 48rem; }
.answers strong { color: var(--accent); }
.table-scroll { overflow-x: auto; margin: 1rem 0 .5rem; border: 1px solid var(--rule); border-radius: 4px; }
.table-scroll:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: .9rem; width: 100%; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .5rem .75rem; background: var(--band); }
th, td { padding: .3rem .75rem; border-top: 1px solid var(--rule); vertical-align: top; }
thead th { background: var(--band); border-top: 0; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
th[scope="row"] { text-align: left; font-weight: normal; position: sticky; left: 0; background: #fff; min-width: 12rem; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
tr.subtotal th, tr.subtotal td { font-weight: 600; }
tr.heading th { font-weight: 700; background: var(--band); }
.notes { color: var(--muted); font-size: .875rem; margin: .25rem 0 1rem; padding-left: 1.25rem; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .875rem; }
code { font-size: .9em; }
footer { color: var(--muted); font-size: .875rem; padding: 2rem 1rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  th[scope="row"] { min-width: 9rem; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10pt; }
  nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  h2 { break-after: avoid; }
  .table-scroll { overflow: visible; border: 0; }
  table { font-size: 7.5pt; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  th[scope="row"] { position: static; }
  a { color: inherit; text-decoration: none; }
}
`;
