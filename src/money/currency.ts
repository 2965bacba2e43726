/** What crorecast needs to know about a currency. */
export interface CurrencyInfo {
  /** ISO 4217 code. */
  readonly code: string;
  /** Digits of the minor unit: 2 for paise and cents, 0 for yen. */
  readonly minorUnit: number;
  /** The symbol finance writes before the amount. */
  readonly symbol: string;
  readonly name: string;
  /** How digits are grouped: `indian` (12,34,56,789) or `international` (123,456,789). */
  readonly grouping: 'indian' | 'international';
}

/**
 * The currencies crorecast knows. INR groups the Indian way; the others internationally.
 * Codes are literal types so that `Money<'INR'>` and `Money<'USD'>` cannot be mixed at compile
 * time.
 */
export const CURRENCIES = {
  INR: { code: 'INR', minorUnit: 2, symbol: '₹', name: 'Indian rupee', grouping: 'indian' },
  USD: { code: 'USD', minorUnit: 2, symbol: '$', name: 'US dollar', grouping: 'international' },
  EUR: { code: 'EUR', minorUnit: 2, symbol: '€', name: 'Euro', grouping: 'international' },
  GBP: {
    code: 'GBP',
    minorUnit: 2,
    symbol: '£',
    name: 'Pound sterling',
    grouping: 'international',
  },
  JPY: { code: 'JPY', minorUnit: 0, symbol: '¥', name: 'Japanese yen', grouping: 'international' },
  CNY: {
    code: 'CNY',
    minorUnit: 2,
    symbol: 'CN¥',
    name: 'Chinese yuan',
    grouping: 'international',
  },
  TWD: {
    code: 'TWD',
    minorUnit: 2,
    symbol: 'NT$',
    name: 'New Taiwan dollar',
    grouping: 'international',
  },
} as const satisfies Record<string, CurrencyInfo>;

/** A currency code crorecast knows: `'INR' | 'USD' | 'EUR' | 'GBP' | 'JPY' | 'CNY' | 'TWD'`. */
export type CurrencyCode = keyof typeof CURRENCIES;

/** The known currency codes, for schemas. */
export const CURRENCY_CODES = Object.keys(CURRENCIES) as [CurrencyCode, ...CurrencyCode[]];
