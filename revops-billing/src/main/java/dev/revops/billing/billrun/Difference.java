package dev.revops.billing.billrun;

import dev.revops.billing.internal.SmallOrderedMap;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;

/**
 * The difference between what should be billed and what was billed, per key, becoming lines: the
 * last of the generator's three rules. Rules (invoice generation, proration): billing only the
 * difference makes double billing impossible by construction (a second run finds nothing missing);
 * credits and corrections are explicit lines; a negative proration is a credit, not a refund.
 * Stateless.
 */
final class Difference {
  private Difference() {}

  /**
   * Bills the difference of one period: every key that should be billed, in order, then every
   * billed key nothing expects any more (days billed that the timeline no longer bills: a
   * cancellation, a downgrade, an unbilled pause). A key whose difference is due after the target
   * only moves the next date.
   *
   * @param expected what should be billed ({@link ShouldBeBilled})
   * @param billed what was billed ({@link AlreadyBilled#inPieces})
   * @param s the subscription
   * @param out the new lines
   */
  static void bill(
      SmallOrderedMap<ChargeKey, Charge> expected,
      SmallOrderedMap<ChargeKey, Money> billed,
      Subscription s,
      NewLines out) {
    int expectedKeys = expected.size();
    for (int j = 0; j < expectedKeys; j++) {
      line(expected.key(j), expected.value(j), expected, billed, s, out);
    }
    for (int j = 0; j < billed.size(); j++) {
      ChargeKey k = billed.key(j);
      if (expected.indexOf(k) < 0) {
        line(k, null, expected, billed, s, out);
      }
    }
  }

  /** The difference of one key as a line, when it is not zero and is due by the target. */
  private static void line(
      ChargeKey k,
      Charge e,
      SmallOrderedMap<ChargeKey, Charge> expected,
      SmallOrderedMap<ChargeKey, Money> billed,
      Subscription s,
      NewLines out) {
    Money want = e == null ? Money.zero(s.currency()) : e.amount();
    Money billedAmount = billed.get(k);
    Money have = billedAmount == null ? Money.zero(s.currency()) : billedAmount;
    Money diff = want.minus(have);
    if (diff.isZero()) {
      return;
    }
    LocalDate due = e != null ? e.due() : creditDue(expected, k.range());
    if (!out.dueNow(due)) {
      return;
    }
    out.add(
        new InvoiceLine(
            type(k, e, have, diff),
            k.ref() + " x " + k.quantity() + " " + k.range(),
            diff,
            k.quantity(),
            k.range(),
            s.id().value(),
            k.ref()));
  }

  /**
   * The kind of line a difference makes: a discount stays a discount; the first billing of a key
   * takes its charge's type (recurring, proration charge, usage); money back for a key nothing
   * expects any more is a proration credit; anything else (a price or usage corrected after it was
   * billed) is an adjustment.
   */
  static LineType type(ChargeKey k, Charge e, Money have, Money diff) {
    if (k.discount()) {
      return LineType.DISCOUNT;
    }
    if (e != null && have.isZero()) {
      return e.type();
    }
    if (e == null && diff.isNegative()) {
      return LineType.PRORATION_CREDIT;
    }
    return LineType.ADJUSTMENT;
  }

  /**
   * When a credit for days nothing bills any more is due: when the change that removed them starts
   * billing, that is with the earliest charge that overlaps them; on their first day when nothing
   * does (a cancellation).
   */
  private static LocalDate creditDue(SmallOrderedMap<ChargeKey, Charge> expected, DateRange range) {
    LocalDate due = null;
    for (int i = 0; i < expected.size(); i++) {
      ChargeKey key = expected.key(i);
      if (!key.discount() && key.range().overlaps(range)) {
        LocalDate d = expected.value(i).due();
        due = due == null || d.isBefore(due) ? d : due;
      }
    }
    return due == null ? range.start() : due;
  }
}
