/** Growth-curve data for tests, in one place so the curve format is written once. */
export const flat = () => ({ kind: 'compound' as const, rate: '0' });
export const compound = (rate: string) => ({ kind: 'compound' as const, rate });
export const inr = (amount: string) => ({ amount, currency: 'INR' as const });
export const usd = (amount: string) => ({ amount, currency: 'USD' as const });
