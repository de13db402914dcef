package dev.revops.examples;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.DateRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/**
 * A short tour of the revops kernel on its in-memory defaults (money that always adds up, a billing
 * calendar that keeps its month-end anchor, an SLA on a business calendar, a lifecycle state
 * machine, optimistic versioning and a validated JSON policy).
 */
public final class KernelTour {
  private KernelTour() {}

  /** An invoice-like lifecycle for the tour. */
  enum Status {
    DRAFT,
    OPEN,
    PAID,
    VOID
  }

  /** The events of the tour's lifecycle. */
  enum Event {
    FINALIZE,
    PAY,
    VOID
  }

  /** A tiny aggregate stored with versions. */
  record Balance(AccountId id, Money amount, long version)
      implements Aggregate<AccountId, Balance> {
    @Override
    public Balance withVersion(long v) {
      return new Balance(id, amount, v);
    }
  }

  /** A tiny policy read from JSON. */
  public record Plan(@NotBlank String name, Money price, @NotEmpty List<String> features) {}

  /**
   * Runs the tour and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Route Hibernate Validator's JBoss Logging through SLF4J like the rest of revops.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    run(System.out);
  }

  /**
   * Runs the tour.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    out.println("revops kernel tour");
    out.println("==================");

    Money annual = Money.of("2000.00", "USD");
    List<Money> months = annual.split(12);
    out.printf(
        "USD 2,000/year split into 12 months: %s ... %s (sum %s)%n",
        months.get(0), months.get(11), months.stream().reduce(Money.zero("USD"), Money::plus));
    List<Money> shares = Money.of("100.00", "EUR").allocate(1, 1, 1);
    out.printf("EUR 100 allocated 1:1:1: %s%n", shares);
    out.printf(
        "VAT 19%% on EUR 19.99: %s%n",
        Percentage.of("19").of(Money.of("19.99", "EUR"), RoundingMode.HALF_UP));

    DateRange year = DateRange.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 7, 1));
    out.printf(
        "Monthly periods anchored on Jan 31, 2024 (leap year): %s%n",
        year.splitEvery(Period.ofMonths(1)).stream().map(DateRange::start).toList());

    ZoneId ny = ZoneId.of("America/New_York");
    BusinessCalendar support =
        BusinessCalendar.builder(ny).holiday(LocalDate.of(2024, 7, 4)).build();
    Instant opened = LocalDate.of(2024, 7, 3).atTime(15, 0).atZone(ny).toInstant();
    out.printf(
        "An 8-hour SLA opened Wed Jul 3 15:00 New York is due %s (skips the 4th of July)%n",
        support.addBusinessTime(opened, Duration.ofHours(8)).atZone(ny).toLocalDateTime());

    StateMachine<Status, Event> invoice =
        StateMachine.<Status, Event>builder(Status.DRAFT)
            .permit(Status.DRAFT, Event.FINALIZE, Status.OPEN)
            .permit(Status.OPEN, Event.PAY, Status.PAID)
            .permit(Status.OPEN, Event.VOID, Status.VOID)
            .build();
    out.printf(
        "Invoice lifecycle: DRAFT -FINALIZE-> %s; allowed in OPEN: %s%n",
        invoice.next(Status.DRAFT, Event.FINALIZE), invoice.allowedEvents(Status.OPEN));
    try {
      invoice.next(Status.PAID, Event.VOID);
    } catch (RuntimeException e) {
      out.println("Refused: " + e.getMessage());
    }

    InMemoryRepository<AccountId, Balance> balances = new InMemoryRepository<>("Balance");
    Balance saved = balances.save(new Balance(AccountId.of("acct-1"), Money.zero("USD"), 0), 0);
    balances.save(new Balance(saved.id(), Money.of("10", "USD"), saved.version()), saved.version());
    try {
      balances.save(
          new Balance(saved.id(), Money.of("99", "USD"), saved.version()), saved.version());
    } catch (RuntimeException e) {
      out.println("Stale write refused: " + e.getMessage());
    }

    PolicyLoader loader = PolicyLoader.create();
    Plan plan =
        loader.load(
            "{\"name\":\"Pro\",\"price\":{\"amount\":\"49.00\",\"currency\":\"USD\"},\"features\":[\"sso\"]}",
            Plan.class);
    out.printf("Plan loaded from JSON: %s at %s%n", plan.name(), plan.price());
    try {
      loader.load(
          "{\"name\":\"\",\"price\":{\"amount\":49,\"currency\":\"USD\"},\"colour\":\"red\"}",
          Plan.class);
    } catch (RuntimeException e) {
      out.println("Bad plan rejected: " + e.getMessage());
    }
  }
}
