package dev.revops.metrics.projection;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/** Random event histories for the projection tests. Stateless. */
final class Histories {
  static final Currency USD = Currency.getInstance("USD");
  static final List<String> FUNNEL = List.of("lead", "mql", "sql", "customer");

  private Histories() {}

  /**
   * Makes {@code size} random events dated in {@code [from, from + days)} over {@code accounts}
   * accounts (three subscriptions each) and {@code leads} leads; ids are {@code prefix + i}.
   */
  static List<MetricsEvent> history(
      Random random, String prefix, int size, LocalDate from, int days, int accounts, int leads) {
    List<MetricsEvent> events = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      EventId id = EventId.of(prefix + i);
      LocalDate day = from.plusDays(random.nextInt(days));
      AccountId account = AccountId.of("a" + random.nextInt(accounts));
      switch (random.nextInt(4)) {
        case 0 ->
            events.add(
                new SubscriptionMrrChanged(
                    id,
                    account,
                    "s" + random.nextInt(3),
                    day,
                    random.nextInt(3),
                    Money.ofMinor(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(50_000), USD)));
        case 1 ->
            events.add(
                new LeadStageReached(
                    id,
                    LeadId.of("l" + random.nextInt(leads)),
                    random.nextBoolean() ? "web" : "referral",
                    FUNNEL.get(random.nextInt(FUNNEL.size())),
                    day));
        case 2 ->
            events.add(
                new ReceivableChanged(
                    id,
                    account,
                    ReceivableChange.values()[random.nextInt(ReceivableChange.values().length)],
                    Money.ofMinor(random.nextInt(100_000), USD),
                    day));
        default ->
            events.add(
                new ContactAttempted(
                    id,
                    account,
                    UserId.of("u" + random.nextInt(2)),
                    ContactOutcome.values()[random.nextInt(ContactOutcome.values().length)],
                    day));
      }
    }
    return events;
  }
}
