package dev.revops.metrics.internal;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the ordered input map of a metric result. Not thread-safe; used inside one call. */
public final class Inputs {
  private final Map<String, BigDecimal> values = new LinkedHashMap<>();

  private Inputs() {}

  /**
   * Starts an empty input map.
   *
   * @return the builder
   */
  public static Inputs create() {
    return new Inputs();
  }

  /**
   * Adds a decimal input.
   *
   * @param name the name
   * @param value the value
   * @return this builder
   */
  public Inputs put(String name, BigDecimal value) {
    values.put(name, value);
    return this;
  }

  /**
   * Adds a whole-number input.
   *
   * @param name the name
   * @param value the value
   * @return this builder
   */
  public Inputs put(String name, long value) {
    values.put(name, BigDecimal.valueOf(value));
    return this;
  }

  /**
   * Adds an amount of money as its decimal amount.
   *
   * @param name the name
   * @param value the amount
   * @return this builder
   */
  public Inputs put(String name, Money value) {
    values.put(name, value.amount());
    return this;
  }

  /**
   * Returns the inputs.
   *
   * @return the map, in insertion order
   */
  public Map<String, BigDecimal> build() {
    return values;
  }
}
