package dev.revops.collections.priority;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import java.util.List;

/**
 * Segments accounts by age (bucket), amount (a high-value threshold per currency), payment history
 * (broken promises) and propensity to pay. Immutable and thread-safe.
 */
public final class Segmenter {
  private final AgingBuckets buckets;
  private final List<Money> highValue;
  private final double likely;

  /**
   * Creates a segmenter.
   *
   * @param buckets the aging buckets
   * @param highValue the high-value threshold per currency (a currency without one is never high)
   * @param likely the probability from which an account counts as likely to pay
   */
  public Segmenter(AgingBuckets buckets, List<Money> highValue, double likely) {
    this.buckets = requireNonNull(buckets, "buckets");
    this.highValue = List.copyOf(highValue);
    if (!(likely >= 0 && likely <= 1)) {
      throw new IllegalArgumentException("likely must be within 0..1");
    }
    this.likely = likely;
  }

  /**
   * Segments one account.
   *
   * @param history its payment history
   * @param propensity its predicted propensity
   * @return the segment
   */
  public Segment segment(PaymentHistory history, Propensity propensity) {
    boolean high =
        highValue.stream()
            .anyMatch(
                t -> t.isSameCurrency(history.balance()) && history.balance().compareTo(t) >= 0);
    return new Segment(
        history.account(),
        history.daysPastDue() == 0,
        buckets.bucketFor(history.daysPastDue()).name(),
        high,
        propensity.probability() >= likely,
        history.promisesBroken() > 0);
  }
}
