package dev.revops.billing.proration;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.util.Collections;
import java.util.List;

/**
 * A period cut into pieces, each with its weight (days, or seconds in the account's zone), ready to
 * share any number of prices: {@link #shares(Money)} splits one price over the pieces with {@link
 * Money#allocate(long...)}, so the shares add up to the price exactly. Made by {@link
 * Proration#pieces}; the bill run cuts each period once and shares every price of it. Immutable and
 * thread-safe.
 */
public final class ProratedPeriod {
  private final DateRange period;

  /** Never handed out as is: {@link #ranges()} wraps it, {@link #range(int)} reads it. */
  private final List<DateRange> ranges;

  private final long[] weights;

  /**
   * Takes ownership of fresh lists from {@link Proration#pieces}: no copy on the bill run's path.
   */
  ProratedPeriod(DateRange period, List<DateRange> ranges, long[] weights) {
    this.period = requireNonNull(period, "period");
    this.ranges = ranges;
    this.weights = weights;
  }

  /**
   * Returns the whole period.
   *
   * @return the period
   */
  public DateRange period() {
    return period;
  }

  /**
   * Returns the pieces, in order, covering the period without gap or overlap.
   *
   * @return the pieces (unmodifiable)
   */
  public List<DateRange> ranges() {
    return Collections.unmodifiableList(ranges);
  }

  /**
   * Returns the number of pieces.
   *
   * @return at least 1
   */
  public int size() {
    return ranges.size();
  }

  /**
   * Returns one piece, without a list view (the bill run's loops read pieces this way).
   *
   * @param i the piece's index, from 0 to {@code size() - 1}
   * @return the piece
   */
  public DateRange range(int i) {
    return ranges.get(i);
  }

  /**
   * Shares a price of the whole period over the pieces.
   *
   * @param full the price of the whole period (may be negative, for a credit)
   * @return one share per piece, in the pieces' order, adding up to {@code full} exactly
   */
  public List<Money> shares(Money full) {
    return full.allocate(weights);
  }
}
