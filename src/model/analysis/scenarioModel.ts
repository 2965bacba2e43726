/**
 * The contract of whole-plan analysis (issue #15): one model of a scenario, two backends.
 *
 * A {@link ScenarioModel} is a scenario compiled once for repeated evaluation with some of its
 * inputs replaced: the exact backend re-runs `runScenario` (slow, every figure exact), the float64
 * backend evaluates a compiled copy of the whole plan — projection, investments and depreciation,
 * PLI and sharing, P&L with tax and losses, working capital, free cash flow, valuation — on
 * float64 and must agree with the exact one to 1e-9 relative on every figure. Simulation,
 * sensitivity and goal seek over a scenario are written against this interface only, so they run
 * on either backend.
 *
 * Input paths are the scenario file's own paths to one numeric leaf (a Money's amount counts as
 * the leaf), in the syntax of `parseFieldPath`, with array elements addressed by id where they
 * have one: `segments[phones].price.perUnit`, `fx.rate`, `investments[plant].amount`,
 * `pli.disbursementLagMonths`.
 *
 * Output names: `npv.withPli`, `npv.withoutPli`, `npv.incremental` (with a baseline), `irr`,
 * `payback` (years), `pli[<enrolment>]@<FY>` (crore), `pliPaid[<enrolment>]@<FY>` (1 when that
 * year's thresholds are met, else 0), `pliTotal`, `ebitda@<FY>`, `pat@<FY>`,
 * `freeCashFlow@<FY>`, `revenue@<FY>`, `units@<FY>`, `headcount@<FY>`. Money outputs are in
 * rupees crore as plain numbers. An output that does not exist for a draw (an IRR without a sign
 * change, a payback never reached) is NaN, never a silent zero.
 */
export interface ScenarioModel {
  /** Which backend evaluates. */
  readonly backend: 'exact' | 'float64';
  /** The scenario-file paths of the inputs `evaluate` takes, in order. */
  readonly inputs: readonly string[];
  /** The plan's own values of those inputs, in the same order. */
  readonly base: Float64Array;
  /** The output names `evaluate` fills, in order. */
  readonly outputs: readonly string[];
  /**
   * Evaluates the whole plan with its inputs set to `values` (same order as `inputs`) and writes
   * each output into `out` (same order as `outputs`). Reuses its workspace: no allocation per
   * call on the float64 backend.
   */
  evaluate(values: Float64Array, out: Float64Array): void;
}

/** What a model is compiled for. */
export interface ScenarioModelOptions {
  /** Input paths (see {@link ScenarioModel}). */
  readonly inputs: readonly string[];
  /** Output names (see {@link ScenarioModel}). */
  readonly outputs: readonly string[];
}
