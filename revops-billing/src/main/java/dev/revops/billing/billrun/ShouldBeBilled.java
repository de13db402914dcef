package dev.revops.billing.billrun;

import dev.revops.billing.catalog.BillingMode;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.ChargeType;
import dev.revops.billing.catalog.Coupon;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.internal.SmallOrderedMap;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.proration.ProratedPeriod;
import dev.revops.billing.subscription.AppliedCoupon;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TimelineSlice;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * What should be billed for a subscription's periods, from its timeline alone: the first of the
 * generator's three rules (what should be billed, what was billed, the difference). Per period:
 * every recurring price shared over the period's pieces, the usage of every piece, and the coupons'
 * discounts on the period's recurring subtotal, each with the day it is due. One-time prices are
 * {@link OneTimeCharges}. Mutable (the period's running subtotal) and confined to one subscription
 * of one generation.
 */
final class ShouldBeBilled {
  private final Subscription s;
  private final Catalog catalog;
  private final List<UsageRecord> usage;

  /** The period's recurring charges so far: what coupons discount. */
  private Money subtotal;

  /** The earliest day a recurring charge of the period is due: when its discount is due. */
  private LocalDate recurringDue;

  /**
   * Prepares the rule for one subscription.
   *
   * @param s the subscription
   * @param catalog the catalog (coupons)
   * @param usage the account's usage
   */
  ShouldBeBilled(Subscription s, Catalog catalog, List<UsageRecord> usage) {
    this.s = s;
    this.catalog = catalog;
    this.usage = usage;
  }

  /**
   * What should be billed for one period, per key.
   *
   * @param p the period
   * @param cut the period cut into pieces at {@link BillingPeriod#cuts()}
   * @return the charges, recurring and usage in slice and price order, then discounts
   */
  SmallOrderedMap<ChargeKey, Charge> in(BillingPeriod p, ProratedPeriod cut) {
    SmallOrderedMap<ChargeKey, Charge> expected = new SmallOrderedMap<>();
    subtotal = Money.zero(s.currency());
    recurringDue = null;
    for (int si = 0; si < p.slices().size(); si++) {
      TimelineSlice slice = p.slices().get(si);
      List<Price> prices = slice.phase().prices();
      for (int pi = 0; pi < prices.size(); pi++) {
        Price price = prices.get(pi);
        if (price.charge() == ChargeType.RECURRING) {
          recurring(expected, slice, price, p.range(), cut);
        } else if (price.charge() == ChargeType.USAGE) {
          usage(expected, slice, price, p.range(), cut);
        }
      }
    }
    discounts(expected, p);
    return expected;
  }

  /**
   * A recurring price over the pieces its slice covers. Rule (proration): the prorated pieces of
   * one period add up exactly to the full price; the price of the whole period (at the slice's
   * quantity and locked price) is shared over all the period's pieces by {@link
   * ProratedPeriod#shares}, and the slice takes the shares of the pieces it encloses. A share of
   * the whole period is a recurring charge, a share of a piece a proration charge.
   */
  private void recurring(
      SmallOrderedMap<ChargeKey, Charge> expected,
      TimelineSlice slice,
      Price price,
      DateRange period,
      ProratedPeriod cut) {
    Money full =
        price.amountFor(slice.quantity(), s.currency(), slice.priceLockedOn(), period.start());
    List<Money> shares = cut.shares(full);
    for (int i = 0; i < cut.size(); i++) {
      DateRange piece = cut.range(i);
      if (!slice.range().encloses(piece)) {
        continue;
      }
      LineType type = piece.equals(period) ? LineType.RECURRING : LineType.PRORATION_CHARGE;
      LocalDate due = due(price, slice, period, piece);
      expected.merge(
          new ChargeKey(price.id(), slice.quantity(), piece, false),
          new Charge(shares.get(i), type, due),
          Charge::plus);
      subtotal = subtotal.plus(shares.get(i));
      recurringDue = recurringDue == null || due.isBefore(recurringDue) ? due : recurringDue;
    }
  }

  /**
   * A usage price per piece its slice covers: the units recorded on the piece's days, priced at the
   * slice's locked price, due when the period ends (usage is always billed in arrear). A piece with
   * no usage and a zero price bills nothing.
   */
  private void usage(
      SmallOrderedMap<ChargeKey, Charge> expected,
      TimelineSlice slice,
      Price price,
      DateRange period,
      ProratedPeriod cut) {
    for (int i = 0; i < cut.size(); i++) {
      DateRange piece = cut.range(i);
      if (!slice.range().encloses(piece)) {
        continue;
      }
      long used = usageOf(price.id(), piece);
      Money amount = price.amountFor(used, s.currency(), slice.priceLockedOn(), period.start());
      if (used > 0 || !amount.isZero()) {
        expected.put(
            new ChargeKey(price.id(), used, piece, false),
            new Charge(amount, LineType.USAGE, period.end()));
      }
    }
  }

  private long usageOf(String priceId, DateRange piece) {
    long sum = 0;
    for (UsageRecord u : usage) {
      if (u.subscription().equals(s.id())
          && u.priceId().equals(priceId)
          && piece.contains(u.day())) {
        sum = Math.addExact(sum, u.quantity());
      }
    }
    return sum;
  }

  /**
   * The coupons' discounts on the period: a coupon counts periods on the period's calendar from the
   * one it was redeemed in, and in the periods it applies to discounts the recurring subtotal when
   * that is positive, as one line for the whole period, due with the period's earliest recurring
   * charge (or on its first day).
   */
  private void discounts(SmallOrderedMap<ChargeKey, Charge> expected, BillingPeriod p) {
    DateRange range = p.range();
    for (int ci = 0; ci < s.coupons().size(); ci++) {
      AppliedCoupon applied = s.coupons().get(ci);
      Coupon coupon = catalog.coupon(applied.couponId());
      long index = p.calendar().indexOf(range.start()) - p.calendar().indexOf(applied.redeemedOn());
      if (coupon.appliesTo(index) && subtotal.isPositive()) {
        expected.put(
            new ChargeKey(coupon.id(), 0, range, true),
            new Charge(
                coupon.discountOn(subtotal).negate(),
                LineType.DISCOUNT,
                recurringDue == null ? range.start() : recurringDue));
      }
    }
  }

  /**
   * The day a piece of a price is due. Rules (billing calendar, proration): in advance charges the
   * coming period, on its first day; in arrear (and usage) the past one, on the day after it ends.
   * A piece that starts mid-period because of a change is due at once under {@link
   * ProrationMode#ALWAYS_INVOICE}, and with the next period otherwise (Stripe's create_prorations:
   * the items go to the next invoice).
   *
   * @param price the price
   * @param slice the slice the piece belongs to
   * @param period the whole period
   * @param piece the piece
   * @return the due day
   */
  static LocalDate due(Price price, TimelineSlice slice, DateRange period, DateRange piece) {
    if (price.charge() == ChargeType.USAGE || price.mode() == BillingMode.IN_ARREAR) {
      return period.end();
    }
    if (piece.start().equals(period.start())) {
      return period.start();
    }
    return slice.proration() == ProrationMode.ALWAYS_INVOICE ? piece.start() : period.end();
  }
}
