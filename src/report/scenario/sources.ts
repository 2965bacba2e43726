import type { ScenarioResult } from '../../model/types.js';
import type { ReportSection, ReportTable } from '../types.js';

export function sourcesSection(r: ScenarioResult): ReportSection {
  const tables: ReportTable[] = [];
  if (r.meta.facts.length > 0) {
    tables.push({
      title: 'Figures from the sources',
      columns: [
        { key: 'id', header: 'Id' },
        { key: 'value', header: 'Figure' },
        { key: 'source', header: 'Source' },
      ],
      rows: r.meta.facts.map((f) => ({ cells: { id: f.id, value: f.value, source: f.source } })),
    });
  }
  if (r.meta.assumptions.length > 0) {
    tables.push({
      title: 'Assumptions',
      columns: [
        { key: 'id', header: 'Id' },
        { key: 'value', header: 'Assumption' },
        { key: 'rationale', header: 'Rationale' },
      ],
      rows: r.meta.assumptions.map((x) => ({
        cells: { id: x.id, value: x.value, rationale: x.rationale },
      })),
    });
  }
  return {
    heading: 'Sources and assumptions',
    paragraphs: [
      ...r.meta.sources.map(
        (s) => `- ${s.title} — ${s.publisher}${s.date === null ? '' : `, ${s.date}`} (\`${s.id}\`)`,
      ),
      `${r.meta.factCount} figures come from these sources and ${r.meta.assumptionCount} are stated assumptions, each with its rationale.`,
    ],
    tables,
  };
}
