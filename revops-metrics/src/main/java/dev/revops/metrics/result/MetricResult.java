package dev.revops.metrics.result;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The result of one KPI: its formula's name and expression, the inputs it used (name to value, in
 * the order the formula names them), and either a value or an explicit {@link Outcome.Undefined}
 * with the reason. A report can show how every number was computed.
 *
 * <p>Immutable and thread-safe. Ratios are computed with {@link #PRECISION} (16 significant digits,
 * half-even); nothing is ever NaN or infinite.
 *
 * @param formula a stable name of the formula and its variant, e.g. {@code
 *     "customer-churn-rate/chartmogul"}
 * @param expression the formula in words, e.g. {@code "churned customers / customers at start"}
 * @param unit what the value measures
 * @param currency the currency of {@link Unit#AMOUNT} results; null for every other unit
 * @param inputs every input by name, unmodifiable, in insertion order
 * @param outcome the value or the reason it is undefined
 */
public record MetricResult(
    String formula,
    String expression,
    Unit unit,
    Currency currency,
    Map<String, BigDecimal> inputs,
    Outcome outcome) {

  /** The precision of every division: 16 significant digits, half-even. */
  public static final MathContext PRECISION = MathContext.DECIMAL64;

  /** Checks every part is present and copies the inputs. */
  public MetricResult {
    requireNonNull(formula, "formula");
    requireNonNull(expression, "expression");
    requireNonNull(unit, "unit");
    requireNonNull(inputs, "inputs");
    requireNonNull(outcome, "outcome");
    if ((unit == Unit.AMOUNT) != (currency != null)) {
      throw new IllegalArgumentException(
          "formula " + formula + ": a currency is required for AMOUNT results and only for them");
    }
    LinkedHashMap<String, BigDecimal> copy = new LinkedHashMap<>();
    inputs.forEach(
        (k, v) -> copy.put(requireNonNull(k, "input name"), requireNonNull(v, "input " + k)));
    inputs = Collections.unmodifiableMap(copy);
  }

  /**
   * Makes a defined result.
   *
   * @param formula the formula's name
   * @param expression the formula in words
   * @param unit the unit, not {@link Unit#AMOUNT}
   * @param inputs the inputs
   * @param value the value
   * @return the result
   */
  public static MetricResult of(
      String formula,
      String expression,
      Unit unit,
      Map<String, BigDecimal> inputs,
      BigDecimal value) {
    return new MetricResult(formula, expression, unit, null, inputs, new Outcome.Value(value));
  }

  /**
   * Makes an undefined result.
   *
   * @param formula the formula's name
   * @param expression the formula in words
   * @param unit the unit the value would have had, not {@link Unit#AMOUNT}
   * @param inputs the inputs
   * @param reason why there is no value
   * @return the result
   */
  public static MetricResult undefined(
      String formula, String expression, Unit unit, Map<String, BigDecimal> inputs, String reason) {
    return new MetricResult(formula, expression, unit, null, inputs, new Outcome.Undefined(reason));
  }

  /**
   * Makes a result in money.
   *
   * @param formula the formula's name
   * @param expression the formula in words
   * @param currency the currency of the amount
   * @param inputs the inputs
   * @param amount the amount in major units, or null when undefined
   * @param reason why there is no amount; used only when {@code amount} is null
   * @return the result
   */
  public static MetricResult amount(
      String formula,
      String expression,
      Currency currency,
      Map<String, BigDecimal> inputs,
      BigDecimal amount,
      String reason) {
    Outcome outcome = amount == null ? new Outcome.Undefined(reason) : new Outcome.Value(amount);
    return new MetricResult(formula, expression, Unit.AMOUNT, currency, inputs, outcome);
  }

  /**
   * Makes {@code numerator / denominator × scale}, or an undefined result naming the zero
   * denominator.
   *
   * @param formula the formula's name
   * @param expression the formula in words
   * @param unit the unit, not {@link Unit#AMOUNT}
   * @param inputs the inputs
   * @param numerator the numerator
   * @param denominator the denominator
   * @param scale a factor applied after the division (1 for a ratio, 100 for percent, days ...)
   * @param denominatorName the name of the denominator for the reason, e.g. "MRR at start"
   * @return the result
   */
  public static MetricResult ratio(
      String formula,
      String expression,
      Unit unit,
      Map<String, BigDecimal> inputs,
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal scale,
      String denominatorName) {
    if (denominator.signum() == 0) {
      return undefined(formula, expression, unit, inputs, denominatorName + " is zero");
    }
    return of(formula, expression, unit, inputs, divide(numerator.multiply(scale), denominator));
  }

  /**
   * Divides with {@link #PRECISION}.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the quotient
   */
  public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, PRECISION);
  }

  /**
   * Tells whether the result has a value.
   *
   * @return true when defined
   */
  public boolean isDefined() {
    return outcome instanceof Outcome.Value;
  }

  /**
   * Returns the value.
   *
   * @return the value
   * @throws IllegalStateException naming the formula and the reason when the result is undefined
   */
  public BigDecimal value() {
    if (outcome instanceof Outcome.Value v) {
      return v.number();
    }
    throw new IllegalStateException(
        "metric " + formula + " is undefined: " + ((Outcome.Undefined) outcome).reason());
  }

  /**
   * Returns the value when defined.
   *
   * @return the value, or empty when undefined
   */
  public Optional<BigDecimal> valueIfDefined() {
    return outcome instanceof Outcome.Value v ? Optional.of(v.number()) : Optional.empty();
  }

  /**
   * Returns the reason the result is undefined.
   *
   * @return the reason, or empty when defined
   */
  public Optional<String> undefinedReason() {
    return outcome instanceof Outcome.Undefined u ? Optional.of(u.reason()) : Optional.empty();
  }

  /**
   * Returns the value rounded to a number of decimals, for display.
   *
   * @param decimals how many decimals
   * @param rounding how to round
   * @return the rounded value, or empty when undefined
   */
  public Optional<BigDecimal> rounded(int decimals, RoundingMode rounding) {
    return valueIfDefined().map(v -> v.setScale(decimals, rounding));
  }

  /** Writes e.g. {@code "customer-churn-rate/chartmogul = 0.05 {churned=1, atStart=20}"}. */
  @Override
  public String toString() {
    String shown =
        outcome instanceof Outcome.Value v
            ? v.number().toPlainString()
            : "undefined (" + ((Outcome.Undefined) outcome).reason() + ")";
    return formula + " = " + shown + (currency == null ? "" : " " + currency) + " " + inputs;
  }
}
