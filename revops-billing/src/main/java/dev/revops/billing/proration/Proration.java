package dev.revops.billing.proration;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares a period's price between pieces of the period. The pieces of one period always add up to
 * the full price exactly: the price is split with {@link Money#allocate(long...)} over the pieces'
 * day (or second) counts, so no minor unit is lost or invented, and each piece differs from its
 * exact share by less than one minor unit. Immutable and thread-safe.
 *
 * @param unit by day (the default, Kill Bill) or by second (Stripe)
 * @param zone the account's zone, which gives the length of a day in seconds
 */
public record Proration(ProrationUnit unit, ZoneId zone) {
  /** The scale of {@link #fraction(DateRange, DateRange)}, as in Kill Bill. */
  public static final int FRACTION_SCALE = 9;

  /** Checks both parts are present. */
  public Proration {
    requireNonNull(unit, "unit");
    requireNonNull(zone, "zone");
  }

  /**
   * Proration by day in a zone.
   *
   * @param zone the account's zone
   * @return the proration
   */
  public static Proration byDay(ZoneId zone) {
    return new Proration(ProrationUnit.DAY, zone);
  }

  /**
   * Proration by second in a zone.
   *
   * @param zone the account's zone
   * @return the proration
   */
  public static Proration bySecond(ZoneId zone) {
    return new Proration(ProrationUnit.SECOND, zone);
  }

  /**
   * Returns the weight of a range: its days, or its seconds in the account's zone.
   *
   * @param range the range
   * @return the weight, at least zero
   */
  public long weight(DateRange range) {
    return unit == ProrationUnit.DAY
        ? range.days()
        : Duration.between(range.startInstant(zone), range.endInstant(zone)).getSeconds();
  }

  /**
   * The Kill Bill fraction {@code used / period}, at scale 9, half-up. For display and for callers
   * that want it; {@link #split} does not round through it.
   *
   * @param used the part used
   * @param period the whole period, not empty
   * @return the fraction
   */
  public BigDecimal fraction(DateRange used, DateRange period) {
    long whole = weight(period);
    if (whole == 0) {
      throw new IllegalArgumentException("cannot prorate over an empty period " + period);
    }
    return BigDecimal.valueOf(weight(used))
        .divide(BigDecimal.valueOf(whole), FRACTION_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Splits a period's price at the given days.
   *
   * @param full the price of the whole period (may be negative, for a credit)
   * @param period the period, not empty
   * @param cuts days where a new piece starts; days outside the period are ignored
   * @return the pieces in order, adding up to {@code full} exactly
   */
  public List<ProratedPiece> split(Money full, DateRange period, Iterable<LocalDate> cuts) {
    requireNonNull(full, "full");
    if (period.isEmpty()) {
      throw new IllegalArgumentException("cannot prorate over an empty period " + period);
    }
    List<DateRange> ranges = period.splitAt(cuts);
    long[] weights = new long[ranges.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight(ranges.get(i));
    }
    List<Money> amounts = full.allocate(weights);
    List<ProratedPiece> pieces = new ArrayList<>(weights.length);
    for (int i = 0; i < weights.length; i++) {
      pieces.add(new ProratedPiece(ranges.get(i), amounts.get(i)));
    }
    return pieces;
  }

  /**
   * Returns the share of a period's price for a part of it: the sum of the pieces of the split at
   * the part's ends that lie inside the part.
   *
   * @param full the price of the whole period
   * @param period the period
   * @param part the part, inside the period
   * @return the part's share
   */
  public Money share(Money full, DateRange period, DateRange part) {
    if (!period.encloses(part)) {
      throw new IllegalArgumentException("part " + part + " is not inside period " + period);
    }
    Money sum = Money.zero(full.currency());
    for (ProratedPiece p : split(full, period, List.of(part.start(), part.end()))) {
      if (part.encloses(p.range()) && !p.range().isEmpty()) {
        sum = sum.plus(p.amount());
      }
    }
    return sum;
  }

  /**
   * The proration of a mid-period change from one price to another: a credit for the unused time of
   * the old price (a negative amount, never a refund) and a charge for the rest of the period at
   * the new price. A change at the period's start gives a full credit (Kill Bill's START_OF_TERM).
   *
   * @param oldFull the old price of the whole period, already charged
   * @param newFull the new price of the whole period
   * @param period the current period
   * @param at the day the change takes effect, inside the period
   * @return the credit (negative or zero) and the charge
   */
  public ChangeProration change(Money oldFull, Money newFull, DateRange period, LocalDate at) {
    DateRange rest = DateRange.of(at, period.end());
    return new ChangeProration(
        rest, share(oldFull, period, rest).negate(), share(newFull, period, rest));
  }
}
