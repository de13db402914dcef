package dev.revops.metrics.collections;

/** What a write-off ratio divides by. Immutable and thread-safe. */
public enum WriteOffBasis {
  /** Credit sales of the same period (the default in most AR dashboards). */
  CREDIT_SALES("credit sales", "creditSales"),
  /** Average receivables over the period (bank practice: charge-offs over average balances). */
  AVERAGE_RECEIVABLES("average receivables", "averageReceivables");

  private final String description;
  private final String inputName;

  WriteOffBasis(String description, String inputName) {
    this.description = description;
    this.inputName = inputName;
  }

  /**
   * Returns the base in words.
   *
   * @return e.g. "credit sales"
   */
  public String description() {
    return description;
  }

  /**
   * Returns the name of the base in a result's inputs.
   *
   * @return e.g. "creditSales"
   */
  public String inputName() {
    return inputName;
  }
}
