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
 * Shares a period's price between pieces of the period: the one place billing prorates. The invoice
 * generator cuts each period with {@link #pieces} and shares every price over the same pieces; what
 * was billed is split with {@link #split} at the same cuts, and a mid-period change's credit and
 * charge are the difference between the two, piece by piece. The pieces of one period always add up
 * to the full price exactly: the price is split with {@link Money#allocate(long...)} over the
 * pieces' day (or second) counts, so no minor unit is lost or invented, and each piece differs from
 * its exact share by less than one minor unit. Immutable and thread-safe.
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
   * The Kill Bill fraction {@code used / period}, at scale 9, half-up. For display (an invoice line
   * that says "15/30 of the month"); {@link #split} never rounds through it.
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
   * Cuts a period into pieces at the given days, once, to share any number of prices over them.
   *
   * @param period the period, not empty
   * @param cuts days where a new piece starts, in any order and possibly repeated; days outside the
   *     period are ignored
   * @return the pieces and their weights
   */
  public ProratedPeriod pieces(DateRange period, Iterable<LocalDate> cuts) {
    if (period.isEmpty()) {
      throw new IllegalArgumentException("cannot prorate over an empty period " + period);
    }
    List<DateRange> ranges = period.splitAt(cuts);
    long[] weights = new long[ranges.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight(ranges.get(i));
    }
    return new ProratedPeriod(period, ranges, weights);
  }

  /**
   * Splits a period's price at the given days: {@link #pieces} and {@link
   * ProratedPeriod#shares(Money)} in one call.
   *
   * @param full the price of the whole period (may be negative, for a credit)
   * @param period the period, not empty
   * @param cuts days where a new piece starts; days outside the period are ignored
   * @return the pieces in order, adding up to {@code full} exactly
   */
  public List<ProratedPiece> split(Money full, DateRange period, Iterable<LocalDate> cuts) {
    requireNonNull(full, "full");
    ProratedPeriod cut = pieces(period, cuts);
    List<Money> amounts = cut.shares(full);
    List<ProratedPiece> pieces = new ArrayList<>(cut.size());
    for (int i = 0; i < cut.size(); i++) {
      pieces.add(new ProratedPiece(cut.range(i), amounts.get(i)));
    }
    return pieces;
  }
}
