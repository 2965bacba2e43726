import { describe, expect, it } from 'vitest';
import { type CurrencyCode, MoneyParseError, parseMoney } from '../../src/money/index.js';

describe('parseMoney', () => {
  it.each<[string, CurrencyCode, string]>([
    ['Rs 1,350 crore', 'INR', '13500000000'],
    ['Rs. 1,350 Cr', 'INR', '13500000000'],
    ['₹38,000 crore', 'INR', '380000000000'],
    ['INR 5.5 lakh', 'INR', '550000'],
    ['₹5.5 lakhs', 'INR', '550000'],
    ['₹13,50,00,00,000', 'INR', '13500000000'],
    ['USD$30Bn', 'USD', '30000000000'],
    ['US$ 2.5 mn', 'USD', '2500000'],
    ['$30 billion', 'USD', '30000000000'],
    ['USD 1,234.56', 'USD', '1234.56'],
    ['-Rs 25 lakh', 'INR', '-2500000'],
    ['-₹25,00,000.76', 'INR', '-2500000.76'],
    ['Rs 1.35 thousand crore', 'INR', '13500000000'],
  ])('reads the issue form %s', (text, currency, amount) => {
    const m = parseMoney(text);
    expect(m.currency).toBe(currency);
    expect(m.amount.toFixed()).toBe(amount);
    expect(Object.isFrozen(m)).toBe(true);
  });

  it.each<[string, CurrencyCode, string]>([
    ['₹48 lakh crore', 'INR', '48000000000000'],
    ['rs 5', 'INR', '5'],
    ['RS. 5 CR.', 'INR', '50000000'],
    ['₹-25', 'INR', '-25'],
    ['INR -25', 'INR', '-25'],
    ['−₹1', 'INR', '-1'],
    ['  ₹ 1,000  ', 'INR', '1000'],
    ['₹1350Cr', 'INR', '13500000000'],
    ['₹5.5L', 'INR', '550000'],
    ['₹2 lac', 'INR', '200000'],
    ['₹12.5K', 'INR', '12500'],
    ['30 bn USD', 'USD', '30000000000'],
    ['1,234,567.891 EUR', 'EUR', '1234567.891'],
    ['€1,234.50', 'EUR', '1234.5'],
    ['£3 million', 'GBP', '3000000'],
    ['¥1,234', 'JPY', '1234'],
    ['CN¥5', 'CNY', '5'],
    ['RMB 5 mn', 'CNY', '5000000'],
    ['NT$ 1,000', 'TWD', '1000'],
    ['TWD 3 bn', 'TWD', '3000000000'],
    ['$.5', 'USD', '0.5'],
    ['$0.000000001 bn', 'USD', '1'],
    [`₹${'9'.repeat(29)}.99`, 'INR', `${'9'.repeat(29)}.99`],
  ])('reads %s', (text, currency, amount) => {
    const m = parseMoney(text);
    expect([m.currency, m.amount.toFixed()]).toEqual([currency, amount]);
  });

  it('uses defaultCurrency only for text without a currency', () => {
    expect(parseMoney('1,350 crore', { defaultCurrency: 'INR' }).amount.toFixed()).toBe(
      '13500000000',
    );
    expect(parseMoney('$5', { defaultCurrency: 'INR' }).currency).toBe('USD');
    expect(parseMoney('-12.5', { defaultCurrency: 'EUR' }).amount.toFixed()).toBe('-12.5');
  });

  it.each([
    ['', 'empty text'],
    ['   ', 'empty text'],
    ['₹', 'missing number'],
    ['Rs crore', 'missing number before "crore"'],
    ['NaN', 'missing number before "NaN"'],
    ['Infinity', 'missing number before "Infinity"'],
    ['1,350 crore', 'missing currency (pass options.defaultCurrency)'],
    ['₹5 gazillion', 'unknown unit "gazillion"'],
    ['$5 M', 'unknown unit "M"'],
    ['₹5 crore lakh', 'two units ("crore", "lakh")'],
    ['₹5 lakh lakh', 'two units ("lakh", "lakh")'],
    ['₹5 crore thousand', 'two units ("crore", "thousand")'],
    ['₹5 thousand lakh', 'two units ("thousand", "lakh")'],
    ['$5 INR', 'two currencies (USD and INR)'],
    ['5 INR USD', 'two currencies'],
    ['₹5 crore INR', 'two currencies (INR and INR)'],
    ['5 INR crore', 'unit "crore" after the currency'],
    ['--₹5', 'two minus signs'],
    ['-₹-5', 'two minus signs'],
    ['₹1,2,3', 'malformed number "1,2,3"'],
    ['₹1.2.3', 'malformed number "1.2.3"'],
    ['₹1,00,000,000', 'malformed number "1,00,000,000"'],
    ['₹1234,567', 'malformed number "1234,567"'],
    ['₹1.', 'malformed number "1."'],
    ['€1.234,56', 'malformed number "1.234,56"'],
    ['₹5e3', 'exponent notation is not money text'],
    ['0x10 USD', 'unknown unit "x10"'],
    ['Rsx 5', 'missing number before "Rsx 5"'],
    ['5INR', 'a currency code after the number must be separated by a space'],
    ['XYZ 5', 'missing number before "XYZ 5"'],
  ])('rejects %j: %s', (text, reason) => {
    expect(() => parseMoney(text)).toThrow(MoneyParseError);
    try {
      parseMoney(text);
    } catch (e) {
      const err = e as MoneyParseError;
      expect(err.reason).toContain(reason);
      expect(err.text).toBe(text);
      expect(err.code).toBe('MONEY_PARSE');
      expect(err.message).toBe(
        `[crorecast] cannot parse money ${JSON.stringify(text)}: ${err.reason}`,
      );
    }
  });

  it('rejects non-strings and unknown default currencies', () => {
    expect(() => parseMoney(5 as never)).toThrow('expected a string');
    expect(() => parseMoney('5', { defaultCurrency: 'XYZ' as 'INR' })).toThrow(
      'unknown defaultCurrency "XYZ"',
    );
  });
});
