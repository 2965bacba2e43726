// PLACEHOLDER until src/time lands: month ordinals.
export function monthOrdinal(label: string): number | undefined {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(label);
  if (m === null) return undefined;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}
