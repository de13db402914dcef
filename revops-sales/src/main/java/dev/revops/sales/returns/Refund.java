package dev.revops.sales.returns;

import dev.revops.core.money.Money;
import java.util.List;

/**
 * A computed refund: its lines, what they add up to, and the amount refunded after the cap at what
 * the customer paid and was not yet refunded. Immutable.
 *
 * @param lines the lines
 * @param computed the sum of the line totals
 * @param amount what is refunded: the computed amount, capped at the refundable amount
 */
public record Refund(List<RefundLine> lines, Money computed, Money amount) {
  /** Copies the lines. */
  public Refund {
    lines = List.copyOf(lines);
  }

  /**
   * Tells whether the cap reduced the refund.
   *
   * @return true when less than computed is refunded
   */
  public boolean capped() {
    return amount.isLessThan(computed);
  }
}
