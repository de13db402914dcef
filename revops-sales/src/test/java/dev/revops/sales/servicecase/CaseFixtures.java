package dev.revops.sales.servicecase;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.party.Account;
import dev.revops.core.port.memory.InMemoryAccountRepository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.port.memory.InMemoryCaseRepository;
import dev.revops.sales.port.memory.InMemoryFeedbackLog;
import dev.revops.sales.service.CaseService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A case service on in-memory ports, with a Berlin 09:00-17:00 weekday calendar. */
public final class CaseFixtures {
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Monday 2026-03-02 09:00 in Berlin. */
  public static final Instant MONDAY_9 = Instant.parse("2026-03-02T08:00:00Z");

  public static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder(BERLIN)
          .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
          .workingHours(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();
  public static final SlaPolicy STANDARD =
      new SlaPolicy(
          "standard",
          CALENDAR,
          Duration.ofHours(4),
          Duration.ofHours(8),
          Duration.ofHours(24),
          Duration.ofHours(1));
  public static final SlaPolicy CRITICAL =
      new SlaPolicy(
          "critical",
          CALENDAR,
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(8),
          Duration.ofMinutes(10));

  public final InMemoryCaseRepository cases = new InMemoryCaseRepository();
  public final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  public final InMemoryFeedbackLog feedback = new InMemoryFeedbackLog();
  public final InMemoryEventPublisher events = new InMemoryEventPublisher();
  public final ManualClock clock = new ManualClock(MONDAY_9, ZoneOffset.UTC);
  public final AccountId bigCo = AccountId.of("big");
  public final AccountId smallCo = AccountId.of("small");
  public final CaseService service;

  public CaseFixtures() {
    accounts.save(
        Account.of(bigCo, "Big Co", BERLIN, Currency.getInstance("EUR"), "DE")
            .withOwner(UserId.of("rep-7")),
        0);
    accounts.save(Account.of(smallCo, "Small Co", BERLIN, Currency.getInstance("EUR"), "DE"), 0);
    Map<AccountId, Money> values =
        Map.of(bigCo, Money.of("1000000.00", "EUR"), smallCo, Money.of("50.00", "EUR"));
    service =
        new CaseService(
            cases,
            accounts,
            a -> Optional.ofNullable(values.get(a)),
            feedback,
            events,
            new SequentialIdGenerator("case"),
            clock,
            new SlaPolicies(STANDARD, Map.of(Severity.CRITICAL, CRITICAL)),
            new EscalationPolicy(
                Money.of("100000.00", "EUR"), Set.of(Severity.CRITICAL, Severity.HIGH)));
  }
}
