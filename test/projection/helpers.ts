/** Volume curves and money for tests, in one place so each format is written once. */
export const flat = (value: string) => ({ kind: 'flat' as const, value });
export const compound = (start: string, rate: string) => ({
  kind: 'compound' as const,
  start,
  rate,
});
export const inr = (amount: string) => ({ amount, currency: 'INR' as const });
export const usd = (amount: string) => ({ amount, currency: 'USD' as const });
