package dev.revops.sales.returns;

/**
 * A quantity of one order line to return. Immutable.
 *
 * @param lineNo the order line's number
 * @param quantity the quantity, positive
 */
public record ReturnLine(int lineNo, long quantity) {
  /** Checks the quantity. */
  public ReturnLine {
    if (quantity <= 0) {
      throw new IllegalArgumentException("return line " + lineNo + ": quantity must be positive");
    }
  }
}
