import type { CompileProjectionOptions } from '../compile.js';
import type { CompiledBlock, CompiledPlant } from '../compiledProjection.js';
import type { ProjectionInput } from '../inputSchema.js';
import type { CompileContext } from './compileContext.js';
import { monthLabelAt } from './horizon.js';

/**
 * Each plant's capacity blocks (its base and expansions, with their months on line and
 * utilisation ramps) and the order its segments are served in: by priority, then input order.
 * An expansion tied to an unknown investment tranche, or on line before the horizon starts, is
 * an issue.
 */
export function compilePlants(
  parsed: ProjectionInput,
  options: CompileProjectionOptions,
  { horizon, slot, month, issues }: CompileContext,
): CompiledPlant[] {
  return parsed.plants.map((p, i) => {
    const ramp = (at: string, r: typeof p.utilisation) => ({
      rampInitial: slot(`${at}.initial`),
      rampTarget: slot(`${at}.target`),
      rampMonths: r.months,
    });
    const base: CompiledBlock = {
      id: p.id,
      online: p.start === undefined ? Number.MIN_SAFE_INTEGER : month(p.start),
      units: slot(`plants[${i}].unitsPerMonth`),
      ...ramp(`plants[${i}].utilisation`, p.utilisation),
    };
    const expansions = p.expansions.map((e, j): CompiledBlock => {
      const at = `plants[${i}].expansions[${j}]`;
      let online: number;
      if (typeof e.online === 'string') {
        online = month(e.online);
      } else {
        const tranches = options.tranches ?? {};
        const done = Object.hasOwn(tranches, e.online.tranche)
          ? tranches[e.online.tranche]
          : undefined;
        if (done === undefined) {
          const known = Object.keys(options.tranches ?? {});
          issues.push({
            path: `${at}.online.tranche`,
            message: `unknown investment tranche "${e.online.tranche}" (${known.length === 0 ? 'no tranches were given' : `tranches: ${known.join(', ')}`})`,
          });
          online = 0;
        } else {
          online = month(done) + e.online.leadMonths;
        }
      }
      if (online < 0) {
        issues.push({
          path: `${at}.online`,
          message: `comes on line in ${monthLabelAt(horizon, online)}, before the horizon starts in ${monthLabelAt(horizon, 0)}; include existing capacity in the plant's unitsPerMonth`,
        });
      }
      return e.utilisation
        ? {
            id: e.id,
            online,
            units: slot(`${at}.unitsPerMonth`),
            ...ramp(`${at}.utilisation`, e.utilisation),
          }
        : { ...base, id: e.id, online, units: slot(`${at}.unitsPerMonth`) };
    });
    const made = parsed.segments
      .map((s, k) => ({ s, k }))
      .filter(({ s }) => s.plant === p.id)
      .sort((a, b) => (a.s.priority ?? a.k) - (b.s.priority ?? b.k) || a.k - b.k)
      .map(({ k }) => k);
    return {
      id: p.id,
      blocks: [base, ...expansions],
      segments: Int32Array.from(made),
      shifts: p.shifts,
      minimumDirectPerShift: slot(`plants[${i}].minimumDirectPerShift`),
    };
  });
}
