package dev.revops.metrics.collections;

import java.util.Locale;

/**
 * What a write-off ratio divides by. Its words and its input name both come from the constant's
 * name: {@code AVERAGE_RECEIVABLES} is "average receivables", input {@code averageReceivables}.
 * Immutable and thread-safe.
 */
public enum WriteOffBasis {
  /** Credit sales of the same period (the default in most AR dashboards). */
  CREDIT_SALES,
  /** Average receivables over the period (bank practice: charge-offs over average balances). */
  AVERAGE_RECEIVABLES;

  /**
   * Returns the base in words.
   *
   * @return e.g. "credit sales"
   */
  public String description() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the name of the base in a result's inputs.
   *
   * @return e.g. "creditSales"
   */
  public String inputName() {
    StringBuilder camel = new StringBuilder();
    for (String word : description().split(" ")) {
      camel.append(
          camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return camel.toString();
  }
}
