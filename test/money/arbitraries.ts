import fc from 'fast-check';

/** Decimal strings below 10^30 (the accepted range) with 0–6 fraction digits, either sign. */
export const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 999999 }),
  )
  .map(([negative, whole, places, fraction]) => {
    const frac = places === 0 ? '' : `.${String(fraction).padStart(6, '0').slice(0, places)}`;
    return `${negative ? '-' : ''}${whole}${frac}`;
  });

/** Amounts up to 10^15 with paise, the everyday range. */
export const paiseText = fc.tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n })).map(([p]) => {
  const neg = p < 0n;
  const s = (neg ? -p : p).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
});
