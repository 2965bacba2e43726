/**
 * Inserts grouping commas into a string of integer digits: `indian` keeps the last three digits
 * together and groups the rest in pairs (`13,50,00,00,000`); `international` groups in threes.
 * Works on the digit string, so it is exact at any length.
 */
export function groupDigits(digits: string, grouping: 'indian' | 'international'): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  const tail = digits.slice(-3);
  const size = grouping === 'indian' ? 2 : 3;
  const groups: string[] = [];
  for (let end = head.length; end > 0; end -= size)
    groups.unshift(head.slice(Math.max(0, end - size), end));
  return `${groups.join(',')},${tail}`;
}
