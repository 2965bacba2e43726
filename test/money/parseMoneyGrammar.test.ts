import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/money/index.js';

// The edges of parseMoney's grammar: where a sign, a mark, a unit or a space may stand, and the
// message each mistake gets.
const read = (text: string) => {
  const m = parseMoney(text);
  return `${m.currency} ${m.amount.toFixed()}`;
};

describe('parseMoney grammar edges', () => {
  it.each([
    ['- ₹5', 'INR -5'],
    ['5 USD', 'USD 5'],
    ['Rs.5', 'INR 5'],
    ['₹1.35 thousand  crore', 'INR 13500000000'],
    ['Rs 1.35 thousand. crore', 'INR 13500000000'],
    [`₹1${' '.repeat(398)}`, 'INR 1'],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['₹', 'missing number'],
    ['₹abc', 'missing number before "abc"'],
    ['US$k5', 'missing number before "k5"'],
    ['₹5e+3', 'exponent notation is not money text'],
    ['₹5 crore e5', 'unknown unit "e5"'],
    ['₹5 l.akh', 'unknown unit "l.akh"'],
    ['5USD crore', 'a currency code after the number must be separated by a space'],
    ['₹1 thousand crore crore', 'two units ("thousand", "crore", "crore")'],
    ['₹1 million crore', 'two units ("million", "crore")'],
    [`₹1${' '.repeat(399)}`, 'text longer than 400 characters'],
    [
      `₹${'9'.repeat(30)} crore`,
      `amount ${'9'.repeat(30)}0000000 is outside crorecast's accepted range: magnitude above 1e30`,
    ],
  ])('refuses %j: %s', (text, reason) => {
    // The text is quoted (clipped with … when long), then the reason, and nothing after it.
    const escaped = reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(() => parseMoney(text)).toThrow(
      new RegExp(`^\\[crorecast\\] cannot parse money ".*["…]: ${escaped}$`, 's'),
    );
  });
});
