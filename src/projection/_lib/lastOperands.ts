import type { Calculator } from '../../core/calculator.js';

// Month after month a price path multiplies the very same values: a year's list price by a rate
// that holds for the year, a component's cost by the same rupee rate. An operation that
// remembers its last operands hands back its last result when they come again (the same
// objects, `Object.is`): the arithmetic is deterministic, so the same digits, without the work.

/**
 * `op` remembering its last operands and result: called again with the very same two values
 * (`Object.is`: the same Decimal, or the same float64), it returns the result it gave without
 * computing it again. Anything else is computed (and remembered in place of the last).
 *
 * @param op - a pure binary operation (a calculator's add, multiply…)
 * @returns the operation, remembering its last call
 * @internal
 *
 * @example
 * ```ts
 * const times = lastOperands((a: Decimal, b: Decimal) => a.times(b));
 * const price = new Decimal('120');
 * const rate = new Decimal('74.5');
 * times(price, rate) === times(price, rate) //=> true (one multiplication)
 * ```
 */
export function lastOperands<N>(op: (a: N, b: N) => N): (a: N, b: N) => N {
  let seen = false;
  let lastA: N | undefined;
  let lastB: N | undefined;
  let last: N | undefined;
  return (a, b) => {
    if (seen && Object.is(a, lastA) && Object.is(b, lastB)) return last as N;
    last = op(a, b);
    lastA = a;
    lastB = b;
    seen = true;
    return last;
  };
}

/**
 * A calculator's add, subtract, multiply or max remembering its last operands ({@link lastOperands}).
 *
 * @param c - the run's calculator
 * @param op - which operation
 * @returns the operation, remembering its last call
 * @internal
 *
 * @example
 * ```ts
 * const inRupees = remembering(decimalCalculator, 'multiply');
 * const listPrice = new Decimal('120');
 * const rate = new Decimal('74.5');
 * inRupees(listPrice, rate) === inRupees(listPrice, rate) //=> true
 * ```
 */
export function remembering<N>(
  c: Calculator<N>,
  op: 'add' | 'subtract' | 'multiply' | 'max',
): (a: N, b: N) => N {
  return lastOperands<N>((a, b) => c[op](a, b));
}
