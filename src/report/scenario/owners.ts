import { HUNDRED, ZERO } from '../../core/decimal.js';
import type { OwnerSplit, OwnershipResult } from '../../model/ownership.js';
import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import { fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';
import { cr, pct } from './format.js';

/** The stakes as a sentence: who held what from each date. */
function stakesText(o: OwnershipResult): string {
  const name = (id: string) => o.owners.find((x) => x.id === id)?.name ?? id;
  return o.stakes
    .map((s) => {
      const held = Object.entries(s.shares)
        .map(([id, share]) => `${name(id)} ${pct(share, share.times(100).isInteger() ? 0 : 2)}`)
        .join(', ');
      const source = s.source === null ? '' : ` (source: ${s.source})`;
      const note = s.note === null ? '' : ` — ${s.note}`;
      return `from ${s.from}: ${held}${source}${note}`;
    })
    .join('; ');
}

/**
 * The "Owners" section: the stakes over time, each owner's time-weighted share of every year,
 * and its share of profit after tax, free cash flow and value — each split adding up to the
 * plan's figure to the paisa.
 */
export function ownersSection(r: ScenarioResult, d: number): ReportSection {
  const o = r.owners;
  if (o === null) return { heading: 'Owners', paragraphs: ['No ownership is stated.'] };
  const labels = o.years.map((y) => y.year);
  const inPlan = new Set(r.years);
  const zero = inr(ZERO);
  const money = (split: OwnerSplit | null, id: string): Money<'INR'> => split?.byOwner[id] ?? zero;
  const byOwner = (
    title: string,
    pick: (y: OwnershipResult['years'][number]) => OwnerSplit | null,
    notes: readonly string[],
  ) =>
    fiscalYearTable(
      title,
      labels,
      [
        ...o.owners.map((owner) => ({
          label: owner.name,
          values: o.years.map((y) => money(pick(y), owner.id)),
        })),
        {
          label: 'All owners',
          values: o.years.map((y) => pick(y)?.total ?? zero),
          style: 'total' as const,
        },
      ],
      { decimals: d, total: true, labelHeader: '', notes },
    );
  const late = labels.filter((y) => !inPlan.has(y));
  const shares = fiscalYearTable(
    "Owners' time-weighted share of each year (%)",
    labels,
    o.owners.map((owner) => ({
      label: owner.name,
      values: o.years.map((y) => (y.shares[owner.id] ?? ZERO).times(HUNDRED)),
    })),
    {
      decimals: 2,
      labelHeader: '',
      notes: o.years
        .filter((y) => y.changes.length > 0)
        .map(
          (y) =>
            `${y.year}: the stakes change on ${y.changes.join(', ')}, so the year is split by days (${y.days} days).`,
        ),
    },
  );
  const profit = byOwner(
    'Profit after tax by owner (₹ crore)',
    (y) => y.profitAfterTax,
    late.length === 0
      ? []
      : [
          `${late.join(', ')} only ${late.length === 1 ? 'collects' : 'collect'} PLI earned inside the plan: no profit is booked there (shown as 0).`,
        ],
  );
  const cash = byOwner('Free cash flow by owner (₹ crore)', (y) => y.freeCashFlow, []);
  const valued = o.years.filter((y) => y.value !== null);
  const value = fiscalYearTable(
    `Owners' value (₹ crore, present value at ${r.valuation.valuationDate})`,
    [...valued.map((y) => y.year), 'Terminal value'],
    [
      ...o.owners.map((owner) => ({
        label: owner.name,
        values: [...valued.map((y) => money(y.value, owner.id)), money(o.terminal.value, owner.id)],
      })),
      {
        label: 'All owners (the NPV)',
        values: [...valued.map((y) => y.value?.total ?? zero), o.terminal.value.total],
        style: 'total' as const,
      },
    ],
    {
      decimals: d,
      total: true,
      labelHeader: '',
      notes: [
        `The terminal value goes to the owners on ${o.terminal.date}. ${o.valueBasis === 'incremental' ? 'The value split is the headline NPV: the increment over the baseline.' : 'The value split is the headline NPV: the whole business.'}`,
      ],
    },
  );
  const totals = o.owners
    .map(
      (owner) =>
        `${owner.name}: profit after tax ${cr(money(o.totals.profitAfterTax, owner.id), d)}, free cash flow ${cr(money(o.totals.freeCashFlow, owner.id), d)}, value ${cr(money(o.totals.value, owner.id), d)}`,
    )
    .join('; ');
  return {
    heading: 'Owners',
    paragraphs: [`Stakes ${stakesText(o)}.`, `Over the plan — ${totals}.`, `Rule: ${o.rule}`],
    tables: [shares, profit, cash, value],
  };
}
