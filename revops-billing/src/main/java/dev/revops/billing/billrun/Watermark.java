package dev.revops.billing.billrun;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.RetroactiveChange;
import dev.revops.billing.subscription.Subscription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The billing watermark of an account, and how far back a bill run must read because of it: what
 * makes a run's cost independent of how long the account has been billed. Stateless.
 *
 * <p><b>The watermark</b> is derived from the invoices, never stored: it is the latest first day of
 * a charge on the account's invoices that count ({@link #isCharge}: a line from a subscription's
 * price or coupon that bills it for the first time, that is a recurring, proration-charge, usage,
 * one-time or discount line; deleted drafts do not count). Such a line is due on or after its first
 * day, so the run that wrote it was dated on or after the watermark, and it billed every period of
 * every subscription of the account that ended by then. Hence, <b>every period that ends on or
 * before the watermark is settled</b> (what was billed equals what should be billed), unless
 * something changed it since, and a run recomputes only the periods that end after it.
 *
 * <p><b>What can change a settled period</b>, and how the run learns of it:
 *
 * <ul>
 *   <li>A change to the subscription through its methods (plan, quantity, cancellation,
 *       reactivation, pause, resumption, trial end, expiry) alters billing from its effective date.
 *       When that date is on or after the day the change is made, it is on or after the watermark
 *       (no run is dated after the day it runs), so no settled period moves. When it is earlier (a
 *       change from the start of the current period, a credit for the period, a change dated in the
 *       past), the subscription keeps it as a {@link RetroactiveChange}: the run reads back from
 *       its effective date while the change is <i>open</i>, that is until the watermark passes the
 *       day it was made (a run made after the change has then billed a new period, and reconciled
 *       everything from the effective date on the way).
 *   <li>Usage: the run reads back to the earliest usage record it is given for the subscription, so
 *       a late record is billed as before (a caller that passes the whole usage history gets the
 *       cost of reading it, as before).
 * </ul>
 *
 * <p><b>What the watermark trusts</b> (a history written otherwise is billed from the full
 * recomputation: pass {@link AccountBilling} without {@code invoicesFrom}):
 *
 * <ul>
 *   <li>bill runs are not dated after the day they run on, and a change's instant is when it was
 *       made (as {@code BillingCycleService} and {@code SubscriptionService} do with their clock);
 *   <li>subscriptions change through their methods (a hand-built record with rewritten segments is
 *       not seen; {@code Subscription.renewTerm} takes no date and is a decision made by the end of
 *       the term);
 *   <li>lines with a subscription and a price are written by the bill run, and an invoice holding
 *       settled lines is not deleted once a later invoice billed the same account (deleting the
 *       latest draft is fine: the watermark falls back with it);
 *   <li>the catalog does not reprice periods that are settled (a price version dated in the past
 *       applies from the periods the run recomputes).
 * </ul>
 *
 * <p><b>What a run reads</b>: for each subscription, every period that ends after its reopen date
 * (the watermark, earlier for an open retroactive change or an older usage record, never after the
 * run's target); so the invoices it needs are those with a line serving the first day of the
 * earliest such period or a later one ({@link #invoicesNeededFrom}). Older invoices cannot change
 * the result: their lines fall only in settled periods.
 */
public final class Watermark {
  private Watermark() {}

  /**
   * Tells whether a line is a charge, the kind of line the watermark is the latest first day of: a
   * line from a subscription's price or coupon of type recurring, proration charge, usage, one-time
   * or discount. These are the lines the generator writes when it bills something for the first
   * time, each due on or after its first day; credits and adjustments (which may be due before
   * their service period starts) are not charges.
   *
   * @param line the line (never null)
   * @return true when it is a charge
   */
  public static boolean isCharge(InvoiceLine line) {
    if (!line.fromSubscription() || line.priceId() == null) {
      return false;
    }
    return switch (line.type()) {
      case RECURRING, PRORATION_CHARGE, USAGE, ONE_TIME, DISCOUNT -> true;
      default -> false;
    };
  }

  /**
   * Returns the watermark of a set of invoices: the latest first day of a charge on those that
   * count (deleted drafts do not).
   *
   * @param invoices the invoices (never null)
   * @return the day, or empty when none holds a charge
   */
  public static Optional<LocalDate> of(List<Invoice> invoices) {
    LocalDate latest = null;
    for (int i = 0; i < invoices.size(); i++) {
      Invoice invoice = invoices.get(i);
      if (invoice.status() == InvoiceStatus.DELETED) {
        continue;
      }
      List<InvoiceLine> lines = invoice.lines();
      for (int j = 0; j < lines.size(); j++) {
        InvoiceLine l = lines.get(j);
        if (isCharge(l) && (latest == null || l.servicePeriod().start().isAfter(latest))) {
          latest = l.servicePeriod().start();
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the first day of the invoices a run of an account needs: every invoice with a line
   * whose service period ends after it (a line serving that day or a later one) must be in the
   * run's {@link AccountBilling} (as its {@code invoicesFrom}); older ones may be left out. (The
   * bill run writes no line with an empty service period; such a line, which serves no day, is read
   * only with an invoice that serves a later one.)
   *
   * @param subscriptions all the account's subscriptions (never null)
   * @param catalog the catalog (never null)
   * @param watermark the account's watermark ({@link #of}, or the invoice store's {@code
   *     latestChargeStart}), or null when the account has no charge
   * @param usage the usage the run is given (null for none)
   * @param target the run's target date (never null)
   * @return the day; {@link LocalDate#MIN} when every invoice is needed (no watermark), {@link
   *     LocalDate#MAX} when none is (no subscription)
   */
  public static LocalDate invoicesNeededFrom(
      List<Subscription> subscriptions,
      Catalog catalog,
      LocalDate watermark,
      List<UsageRecord> usage,
      LocalDate target) {
    requireNonNull(subscriptions, "subscriptions");
    requireNonNull(catalog, "catalog");
    requireNonNull(target, "target");
    List<UsageRecord> records = usage == null ? List.of() : usage;
    LocalDate from = LocalDate.MAX;
    for (Subscription s : subscriptions) {
      LocalDate need = firstDayRead(s, catalog, reopenDate(s, watermark, records, target));
      if (need.isBefore(from)) {
        from = need;
      }
    }
    return from;
  }

  /**
   * The day from which a subscription's periods are recomputed: periods that end on or before it
   * are settled. It is the watermark, or earlier: the effective date of an open retroactive change,
   * the day of the subscription's earliest usage record; and never after the target.
   *
   * @param s the subscription
   * @param watermark the account's watermark, or null
   * @param usage the usage
   * @param target the target
   * @return the day, or null when the subscription is recomputed from its start (no watermark)
   */
  static LocalDate reopenDate(
      Subscription s, LocalDate watermark, List<UsageRecord> usage, LocalDate target) {
    if (watermark == null) {
      return null;
    }
    LocalDate reopen = watermark.isAfter(target) ? target : watermark;
    for (RetroactiveChange c : s.retroactiveChanges()) {
      if (!watermark.isAfter(c.madeOn()) && c.effective().isBefore(reopen)) {
        reopen = c.effective();
      }
    }
    for (int i = 0; i < usage.size(); i++) {
      UsageRecord u = usage.get(i);
      if (u.day().isBefore(reopen) && u.subscription().equals(s.id())) {
        reopen = u.day();
      }
    }
    return reopen;
  }

  /**
   * The first day of the earliest period that ends after the reopen date on any calendar the
   * subscription's plans give it: the first day whose lines a run may file under a period it
   * recomputes.
   *
   * @param s the subscription
   * @param catalog the catalog
   * @param reopen the reopen date, or null
   * @return the day, or {@link LocalDate#MIN} when the reopen date is null
   */
  static LocalDate firstDayRead(Subscription s, Catalog catalog, LocalDate reopen) {
    if (reopen == null) {
      return LocalDate.MIN;
    }
    LocalDate first = reopen;
    List<BillingCalendar> seen = new ArrayList<>(2);
    for (PlanSegment seg : s.segments()) {
      BillingCalendar cal = s.calendar(catalog.plan(seg.planId()));
      if (seen.contains(cal)) {
        continue;
      }
      seen.add(cal);
      LocalDate start = cal.periodContaining(reopen).start();
      if (start.isBefore(first)) {
        first = start;
      }
    }
    return first;
  }
}
