package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;

/**
 * AR figures of a period report: the balance at the start, what changed it, and the balance at the
 * end ({@code start + issued − paid − credited − writtenOff = end}, checked when built). Immutable
 * and thread-safe; null is never accepted.
 *
 * @param atStart AR at the start of the period
 * @param issued credit sales (invoices issued) in the period
 * @param paid payments applied in the period
 * @param credited credits applied in the period
 * @param writtenOff amounts written off in the period
 * @param atEnd AR at the end of the period
 */
public record ReceivableTotals(
    Money atStart, Money issued, Money paid, Money credited, Money writtenOff, Money atEnd) {
  /** Checks the balance. */
  public ReceivableTotals {
    Money computed =
        requireNonNull(atStart, "atStart")
            .plus(requireNonNull(issued, "issued"))
            .minus(requireNonNull(paid, "paid"))
            .minus(requireNonNull(credited, "credited"))
            .minus(requireNonNull(writtenOff, "writtenOff"));
    if (!computed.equals(requireNonNull(atEnd, "atEnd"))) {
      throw new IllegalArgumentException("AR totals do not balance: " + computed + " vs " + atEnd);
    }
  }
}
