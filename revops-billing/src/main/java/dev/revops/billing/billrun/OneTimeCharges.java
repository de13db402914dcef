package dev.revops.billing.billrun;

import dev.revops.billing.catalog.ChargeType;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TimelineSlice;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * One-time prices: what should be billed, what was billed and the difference in one small rule. A
 * one-time price of a phase is charged once, on the phase's first day (its service period is that
 * day), at the slice's quantity and locked price. Whatever was billed for the same price and day
 * counts against it (invoice generation: running twice bills nothing new). Stateless.
 */
final class OneTimeCharges {
  private OneTimeCharges() {}

  /**
   * Bills the one-time prices of every phase the timeline starts.
   *
   * @param s the subscription
   * @param slices its timeline
   * @param billedOneTime its billed one-time lines
   * @param out the new lines
   * @param reopen null to bill every phase; else a charge whose day is before it is settled ({@link
   *     Watermark}) and skipped
   */
  static void bill(
      Subscription s,
      List<TimelineSlice> slices,
      List<InvoiceLine> billedOneTime,
      NewLines out,
      LocalDate reopen) {
    for (TimelineSlice slice : slices) {
      if (!slice.range().start().equals(slice.phaseStart())
          || (reopen != null && slice.phaseStart().isBefore(reopen))) {
        continue;
      }
      for (Price price : slice.phase().prices()) {
        if (price.charge() != ChargeType.ONE_TIME) {
          continue;
        }
        DateRange day = DateRange.ofDays(slice.phaseStart(), 1);
        Money want =
            price.amountFor(slice.quantity(), s.currency(), slice.priceLockedOn(), day.start());
        Money have = Money.zero(s.currency());
        for (InvoiceLine l : billedOneTime) {
          if (price.id().equals(l.priceId()) && l.servicePeriod().equals(day)) {
            have = have.plus(l.amount());
          }
        }
        Money diff = want.minus(have);
        if (diff.isZero() || !out.dueNow(day.start())) {
          continue;
        }
        out.add(
            new InvoiceLine(
                LineType.ONE_TIME,
                price.id() + " x " + slice.quantity() + " " + day,
                diff,
                slice.quantity(),
                day,
                s.id().value(),
                price.id()));
      }
    }
  }
}
