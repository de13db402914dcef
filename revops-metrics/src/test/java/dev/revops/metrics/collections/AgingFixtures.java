package dev.revops.metrics.collections;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Receivables and aging snapshots the collections metric tests share (USD, standard buckets). */
final class AgingFixtures {
  static final Currency USD = Currency.getInstance("USD");

  private AgingFixtures() {}

  /** A 5,000 USD invoice {@code INV-id} issued 30 days before it is due, {@code amountDue} open. */
  static Receivable receivable(String id, String account, String due, String amountDue) {
    LocalDate dueOn = LocalDate.parse(due);
    return new Receivable(
        ReceivableId.of(id),
        AccountId.of(account),
        "INV-" + id,
        Money.of("5000", "USD"),
        Money.of(amountDue, "USD"),
        dueOn.minusDays(30),
        dueOn);
  }

  /** The same receivable paid in full: nothing left due. */
  static Receivable paid(Receivable r) {
    return new Receivable(
        r.id(),
        r.account(),
        r.document(),
        r.total(),
        Money.of("0", r.amountDue().currency().getCurrencyCode()),
        r.issuedOn(),
        r.dueOn());
  }

  /** The receivables aged on a day with the standard buckets, in USD. */
  static AgingSnapshot aged(String asOf, List<Receivable> receivables) {
    return AgingSnapshot.of(AgingBuckets.standard(), receivables, LocalDate.parse(asOf), USD);
  }

  /**
   * Two receivables 1-30 days past due on May 1; by May 31 one has rolled into 31-60 and the other
   * was paid.
   */
  static RollRates oneOfTwoPaidInMay() {
    List<Receivable> may =
        List.of(
            receivable("x1", "a", "2026-04-20", "100"), receivable("x2", "b", "2026-04-25", "100"));
    List<Receivable> june = List.of(may.get(0), receivable("x2", "b", "2026-04-25", "0"));
    return RollRates.between(aged("2026-05-01", may), aged("2026-05-31", june));
  }
}
