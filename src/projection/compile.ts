import { Decimal } from '../core/decimal.js';
import { ValidationError, type ValidationIssue } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import type { CurrencyCode } from '../money/currency.js';
import type { CompileContext } from './_lib/compileContext.js';
import { compileFx } from './_lib/compileFx.js';
import { compilePlants } from './_lib/compilePlants.js';
import { monthIndexOf, resolveHorizon } from './_lib/horizon.js';
import { bindToSlots, collectSlots, type Rebuild } from './_lib/slots.js';
import type {
  CompiledCost,
  CompiledExports,
  CompiledHeadcount,
  CompiledProjection,
  CompiledSegment,
} from './compiledProjection.js';
import {
  type ProjectionInput,
  type ProjectionInputJson,
  projectionInputSchema,
} from './inputSchema.js';
import type { SegmentExports } from './segmentExports.js';

/** A slot path under a segment's volume; the segment's index captured. */
const VOLUME_PATH = /^segments\[(\d+)\]\.volume\./;

/** Options of {@link compileProjection}. */
export interface CompileProjectionOptions {
  /**
   * When each investment tranche named by an expansion's `online.tranche` completes, as a month
   * (`2023-06`) or date (`2023-06-15`) — the model layer passes these from its investment
   * schedule. An unknown tranche is an error.
   */
  readonly tranches?: Readonly<Record<string, string>>;
}

/**
 * Validates (if needed) and compiles a projection input into its numeric plan.
 *
 * @param input - a projection input, JSON form or already parsed by `projectionInputSchema`
 * @param options - tranche completion months for expansions tied to investment tranches
 * @returns the compiled plan (frozen)
 * @throws {ValidationError} for an invalid input, an unknown tranche, or an expansion on line
 *   before the horizon starts (put existing capacity in the plant's `unitsPerMonth`)
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * compileProjection(plan).horizon.months.length //=> 24
 * ```
 */
export function compileProjection(
  input: ProjectionInputJson | ProjectionInput,
  options: CompileProjectionOptions = {},
): CompiledProjection {
  return compileParsedProjection(
    parseInput(projectionInputSchema, input, 'projection input'),
    options,
  );
}

/**
 * Compiles an input already parsed by `projectionInputSchema` (by `applyOverrides`, or as part
 * of a larger schema such as the model's scenario).
 *
 * @throws {ValidationError} for an unknown tranche or an expansion before the horizon
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const parsed = parseInput(projectionInputSchema, plan, 'plan');
 * compileParsedProjection(parsed).horizon.fiscalYears //=> ['FY2022-23', 'FY2023-24']
 * ```
 */
export function compileParsedProjection(
  parsed: ProjectionInput,
  options: CompileProjectionOptions = {},
): CompiledProjection {
  return compileParsedLike(parsed, options, undefined);
}

/**
 * {@link compileParsedProjection}, taking the resolved horizon of `like` (an earlier compiled
 * plan) when its input's horizon is the very same object as `parsed`'s — the model's
 * opening-run-rate baseline has its plan's — instead of resolving its months and fiscal years
 * again, and finding its segments' and costs' slots by the path strings `like`'s compile looked
 * up at the same places instead of formatting them again. @internal
 */
export function compileParsedLike(
  parsed: ProjectionInput,
  options: CompileProjectionOptions,
  like: CompiledProjection | undefined,
): CompiledProjection {
  const horizon =
    like !== undefined && like.input.horizon === parsed.horizon
      ? like.horizon
      : resolveHorizon(parsed.horizon);
  const slots = collectSlots(parsed);
  const issues: ValidationIssue[] = [];
  const slot = (path: string): number => {
    const s = slots.index.get(path);
    if (s === undefined) throw new Error(`internal: no slot for ${path}`);
    return s;
  };
  // The slot of a leaf's path that `like`'s compile looked up at the same place (this function's
  // template, the same indices) as its slot `earlier`: found by `like`'s own string for the path,
  // not formatted again — the derived plan's segments and costs are its plan's, place by place.
  const slotAt = (earlier: number | undefined, path: () => string): number => {
    const known = earlier === undefined || earlier < 0 ? undefined : like?.slots.paths[earlier];
    return (known === undefined ? undefined : slots.index.get(known)) ?? slot(path());
  };
  const currencies = Object.keys(parsed.fx).sort() as CurrencyCode[];
  const currencyIndex = (code: string) =>
    code === 'INR' ? -1 : currencies.indexOf(code as CurrencyCode);
  const month = (label: string) => monthIndexOf(horizon, label);

  // Month anchors become the series layer's interpolate curve, `at` in years from launch.
  const volumeCurve = (s: (typeof parsed.segments)[number], i: number): Rebuild => {
    const volume = s.volume;
    if (volume.kind !== 'anchors') return bindToSlots(volume, ['segments', i, 'volume'], slots);
    const launch = s.launch === undefined ? 0 : month(s.launch);
    const at = volume.anchors.map((a) => new Decimal(month(a.period) - launch).dividedBy(12));
    const values = volume.anchors.map((_, k) => slot(`segments[${i}].volume.anchors[${k}].value`));
    return (p) => ({
      kind: 'interpolate',
      method: volume.method,
      anchors: at.map((t, k) => ({ at: t, value: p[values[k] ?? 0] })),
    });
  };
  const compileExports = (e: SegmentExports, at: string): CompiledExports => {
    const shareSlot = new Int32Array(horizon.months.length);
    if (!Array.isArray(e.share)) shareSlot.fill(slot(`${at}.share`));
    else {
      // Steps are validated in month order, the first without `from`.
      const steps = e.share.map((step, k) => ({
        from: step.from === undefined ? Number.MIN_SAFE_INTEGER : month(step.from),
        slot: slot(`${at}.share[${k}].share`),
      }));
      for (let m = 0; m < shareSlot.length; m++) {
        for (const step of steps) if (step.from <= m) shareSlot[m] = step.slot;
      }
    }
    return {
      shareSlot,
      price: slot(`${at}.price.perUnit.amount`),
      priceChange: slot(`${at}.price.yearlyChange`),
      currency: currencyIndex(e.price.perUnit.currency),
    };
  };
  // Each segment's volume slots (`segments[i].volume.…`) in slot order, in one pass over the paths.
  const volumeSlots = parsed.segments.map((): number[] => []);
  slots.paths.forEach((path, k) => {
    const at = VOLUME_PATH.exec(path);
    if (at !== null) volumeSlots[Number(at[1])]?.push(k);
  });
  const segments: CompiledSegment[] = parsed.segments.map((s, i) => {
    const was = like?.segments[i];
    return {
      id: s.id,
      name: s.name ?? s.id,
      plant: parsed.plants.findIndex((p) => p.id === s.plant),
      launch: s.launch === undefined ? 0 : month(s.launch),
      end: s.end === undefined ? Number.MAX_SAFE_INTEGER : month(s.end),
      growth: volumeCurve(s, i),
      curveSlots: Int32Array.from(volumeSlots[i] ?? []),
      price: slotAt(was?.price, () => `segments[${i}].price.perUnit.amount`),
      priceChange: slotAt(was?.priceChange, () => `segments[${i}].price.yearlyChange`),
      priceCurrency: currencyIndex(s.price.perUnit.currency),
      passThrough: slotAt(was?.passThrough, () => `segments[${i}].price.fxPassThrough`),
      productivity:
        s.unitsPerWorkerPerMonth === undefined
          ? -1
          : slotAt(was?.productivity, () => `segments[${i}].unitsPerWorkerPerMonth`),
      exports: s.exports === undefined ? null : compileExports(s.exports, `segments[${i}].exports`),
    };
  });

  // A segment's costs that are the very object of `like`'s segment at its place have its
  // components, in its order: their slots are looked up by `like`'s paths.
  let likeCost = 0;
  const costs: CompiledCost[] = parsed.segments.flatMap((s, i) => {
    while (like !== undefined && (like.costs[likeCost]?.segment ?? i) < i) likeCost++;
    const same = like !== undefined && like.input.segments[i]?.costs === s.costs;
    return Object.entries(s.costs).map(([name, c], k) => {
      const at = same ? like.costs[likeCost + k] : undefined;
      const was = at?.segment === i && at.name === name ? at : undefined;
      return {
        segment: i,
        name,
        amount: slotAt(was?.amount, () => `segments[${i}].costs.${name}.perUnit.amount`),
        change: slotAt(was?.change, () => `segments[${i}].costs.${name}.yearlyChange`),
        currency: currencyIndex(c.perUnit.currency),
      };
    });
  });

  const cx: CompileContext = { horizon, slot, month, currencyIndex, issues };
  const plants = compilePlants(parsed, options, cx);
  const fx = compileFx(parsed, currencies, cx);

  let headcount: CompiledHeadcount | undefined;
  const hc = parsed.headcount;
  if (hc) {
    headcount = {
      opening: hc.opening === undefined ? -1 : slot('headcount.opening'),
      indirectRatio: slot('headcount.indirectRatio'),
      teams: hc.teams.map((t, i) => ({
        id: t.id,
        heads: slot(`headcount.teams[${i}].heads`),
        from: month(t.from),
        until: t.until === undefined ? Number.MAX_SAFE_INTEGER : month(t.until),
        cost: t.costPerHead
          ? slot(`headcount.teams[${i}].costPerHead.amount`)
          : slot('headcount.payroll.indirect.amount'),
        costCurrency: currencyIndex((t.costPerHead ?? hc.payroll.indirect).currency),
      })),
      maxHires: hc.maxHiresPerMonth === undefined ? -1 : slot('headcount.maxHiresPerMonth'),
      attrition: slot('headcount.yearlyAttrition'),
      payDirect: slot('headcount.payroll.direct.amount'),
      payDirectCurrency: currencyIndex(hc.payroll.direct.currency),
      payIndirect: slot('headcount.payroll.indirect.amount'),
      payIndirectCurrency: currencyIndex(hc.payroll.indirect.currency),
      wageIncrease: slot('headcount.payroll.yearlyIncrease'),
    };
  }
  if (issues.length > 0) throw new ValidationError('projection input', issues);
  return Object.freeze({
    kind: 'compiled-projection' as const,
    input: parsed,
    horizon,
    slots,
    segments,
    plants,
    costs,
    currencies,
    fx,
    usd: currencies.indexOf('USD'),
    allocation: parsed.capacityAllocation,
    headcount,
  });
}

/**
 * True for a value returned by `compileProjection`.
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * isCompiledProjection(compileProjection(plan)) //=> true
 * isCompiledProjection(plan) //=> false
 * ```
 */
export function isCompiledProjection(value: unknown): value is CompiledProjection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'compiled-projection'
  );
}
