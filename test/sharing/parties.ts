import type { Money } from '../../src/money/index.js';

/** The seed plan's two partners, and a third (the brand customer) for caps and floors. */
export const parties = [
  { id: 'oel', name: 'Optiemus Electronics' },
  { id: 'wistron', name: 'Wistron India' },
];
export const three = [...parties, { id: 'brand', name: 'Brand customer' }];

/** Shares as plain decimal text per party, for `toEqual`. */
export const amountsOf = (shares: Readonly<Record<string, Money>>) =>
  Object.fromEntries(Object.entries(shares).map(([id, m]) => [id, m.amount.toFixed()]));
