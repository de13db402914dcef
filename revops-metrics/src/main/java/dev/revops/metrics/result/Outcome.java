package dev.revops.metrics.result;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Either the number a KPI came to, or an explicit statement that it is undefined and why. A KPI is
 * never NaN or infinite: a ratio whose denominator is zero is {@link Undefined}. Immutable and
 * thread-safe; null is never accepted.
 */
public sealed interface Outcome permits Outcome.Value, Outcome.Undefined {

  /**
   * A defined number.
   *
   * @param number the value, never null
   */
  record Value(BigDecimal number) implements Outcome {
    /** Checks the number is present. */
    public Value {
      requireNonNull(number, "number");
    }
  }

  /**
   * No number: the formula has no meaning for these inputs (typically a zero denominator).
   *
   * @param reason why, in words a report can show, e.g. "MRR at start is zero"
   */
  record Undefined(String reason) implements Outcome {
    /** Checks the reason is present and not blank. */
    public Undefined {
      requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an undefined outcome needs a reason");
      }
    }
  }
}
