package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Billing;
import dev.revops.billing.Fixtures;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link BillingCycleService#issueAll} gives every account of a batch exactly what {@link
 * BillingCycleService#issue(AccountId, LocalDate, List)} gives it one account at a time: the same
 * invoices (ids, lines, tax, credit applied, status), the same stored credit balances, the same
 * events; an account whose billing cannot be computed is reported as failed with nothing written,
 * and the rest of the batch is issued as if it were not there.
 */
class IssueAllProperties {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final Plan EURO =
      Fixtures.evergreen(
          "euro", BillingInterval.MONTHLY, Price.flat("euro-flat", Money.of("25", "EUR")));

  /** Not in the catalog: billing a subscription on it cannot be computed. */
  private static final Plan GHOST =
      Fixtures.evergreen(
          "ghost", BillingInterval.MONTHLY, Price.flat("ghost-flat", Fixtures.usd("1")));

  private static final List<Plan> PLANS =
      Stream.concat(Fixtures.UNMETERED_PLANS.stream(), Stream.of(EURO)).toList();

  private static final Catalog CATALOG =
      Catalog.of(List.of(new Product("crm", "CRM")), PLANS, List.of());

  /** One account of a generated batch. */
  record Shape(
      int plan,
      int startDay,
      boolean secondInEuro,
      long creditCents,
      int prebilledMonths,
      boolean ghost) {}

  @Provide
  Arbitrary<Shape> shapes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, PLANS.size() - 1),
            Arbitraries.integers().between(0, 75),
            Arbitraries.of(false, false, true),
            Arbitraries.of(0L, 0L, 1L, 999L, 1_250L, 100_000L),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(false, false, false, false, false, true))
        .as(Shape::new);
  }

  @Provide
  Arbitrary<List<Shape>> batches() {
    return shapes().list().ofMinSize(1).ofMaxSize(9);
  }

  @Provide
  Arbitrary<List<Shape>> smallBatches() {
    return shapes().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 60)
  void aBatchIssuesWhatIssuingEachAccountAloneIssues(
      @ForAll("batches") List<Shape> accounts,
      @ForAll @IntRange(min = 1, max = 6) int months,
      @ForAll @IntRange(min = 0, max = 27) int day) {
    LocalDate asOf = START.plusMonths(months).plusDays(day);
    World batch = new World(accounts);
    World alone = new World(accounts);
    List<AccountId> ids = accounts(accounts.size());
    // older history, the same in both worlds, issued one account at a time
    for (int i = 0; i < accounts.size(); i++) {
      Shape s = accounts.get(i);
      if (s.prebilledMonths() > 0 && !s.ghost()) {
        LocalDate earlier = START.plusDays(s.startDay()).plusMonths(s.prebilledMonths());
        if (earlier.isBefore(asOf)) {
          batch.cycle.issue(account(i), earlier, List.of());
          alone.cycle.issue(account(i), earlier, List.of());
        }
      }
    }
    int eventsBefore = batch.events.published().size();

    BatchIssue result = batch.cycle.issueAll(ids, asOf);

    Set<AccountId> ghosts = new LinkedHashSet<>();
    for (int i = 0; i < accounts.size(); i++) {
      AccountId a = account(i);
      if (accounts.get(i).ghost()) {
        ghosts.add(a);
        assertThatThrownBy(() -> alone.cycle.issue(a, asOf, List.of()))
            .isInstanceOf(result.failed().get(a).getClass());
        continue;
      }
      List<Invoice> one = alone.cycle.issue(a, asOf, List.of());
      assertThat(result.issued().get(a)).as("account %s", a.value()).isEqualTo(one);
    }
    assertThat(result.failed().keySet()).isEqualTo(ghosts);
    assertThat(new ArrayList<>(result.issued().keySet()))
        .isEqualTo(ids.stream().filter(a -> !ghosts.contains(a)).toList());
    assertThat(result.invoiceCount())
        .isEqualTo(result.issued().values().stream().mapToInt(List::size).sum());
    for (AccountId a : ids) {
      assertThat(sorted(batch.billing.stores().invoices().findByAccount(a)))
          .isEqualTo(sorted(alone.billing.stores().invoices().findByAccount(a)));
      assertThat(batch.billing.stores().balances().find(a))
          .isEqualTo(alone.billing.stores().balances().find(a));
    }
    List<String> batchEvents = describe(batch.events.published());
    List<String> aloneEvents = describe(alone.events.published());
    assertThat(batchEvents.subList(eventsBefore, batchEvents.size()))
        .containsExactlyInAnyOrderElementsOf(aloneEvents.subList(eventsBefore, aloneEvents.size()));

    // a second batch on the same date issues nothing new
    BatchIssue again = batch.cycle.issueAll(ids, asOf);
    assertThat(again.invoiceCount()).isZero();
    assertThat(again.failed().keySet()).isEqualTo(ghosts);
  }

  @Property(tries = 20)
  void anAccountGivenTwiceIsRefusedBeforeAnythingIsWritten(
      @ForAll("smallBatches") List<Shape> accounts) {
    World world = new World(accounts);
    List<AccountId> ids = accounts(accounts.size());
    ids.add(account(accounts.size() - 1));
    List<DomainEvent> before = world.events.published();
    assertThatThrownBy(() -> world.cycle.issueAll(ids, START.plusMonths(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(account(accounts.size() - 1).value());
    assertThat(world.billing.stores().invoices().findAll()).isEmpty();
    assertThat(world.events.published()).isEqualTo(before);
  }

  private static List<Invoice> sorted(List<Invoice> invoices) {
    return invoices.stream().sorted(Comparator.comparing(i -> i.id().value())).toList();
  }

  private static List<String> describe(List<DomainEvent> events) {
    return events.stream()
        .map(e -> e.getClass().getSimpleName() + ":" + e.aggregateId() + "@" + e.occurredAt())
        .toList();
  }

  private static AccountId account(int i) {
    return AccountId.of("acc-" + i);
  }

  /** The accounts of a batch of {@code n}, in order, as a list that may grow. */
  private static List<AccountId> accounts(int n) {
    List<AccountId> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(account(i));
    }
    return ids;
  }

  /** One in-memory billing world built from the shapes. */
  private static final class World {
    final InMemoryEventPublisher events = new InMemoryEventPublisher();
    final Billing billing;
    final BillingCycleService cycle;

    World(List<Shape> accounts) {
      billing =
          Fixtures.billingWithVat(
              events, new ManualClock(Instant.parse("2024-01-01T14:00:00Z"), NY), CATALOG);
      cycle = billing.billingCycle();
      for (int i = 0; i < accounts.size(); i++) {
        Shape s = accounts.get(i);
        AccountId a = account(i);
        Plan plan = PLANS.get(s.plan());
        LocalDate start = START.plusDays(s.startDay());
        billing
            .subscriptions()
            .create(
                NewSubscription.builder()
                    .id(SubscriptionId.of("s-" + i))
                    .account(a)
                    .currency(plan == EURO ? Money.currency("EUR") : USD)
                    .zone(NY)
                    .plan(plan)
                    .startDate(start)
                    .build());
        if (s.secondInEuro() && plan != EURO) {
          billing
              .subscriptions()
              .create(
                  NewSubscription.builder()
                      .id(SubscriptionId.of("s-" + i + "-eur"))
                      .account(a)
                      .currency(Money.currency("EUR"))
                      .zone(NY)
                      .plan(EURO)
                      .startDate(start.plusDays(3))
                      .build());
        }
        if (s.ghost()) {
          Subscription ghost =
              Subscription.create(
                      NewSubscription.builder()
                          .id(SubscriptionId.of("s-" + i + "-ghost"))
                          .account(a)
                          .currency(USD)
                          .zone(NY)
                          .plan(GHOST)
                          .startDate(start)
                          .build(),
                      start,
                      Instant.parse("2024-01-01T00:00:00Z"))
                  .value();
          billing.stores().subscriptions().save(ghost, 0);
        }
        if (s.creditCents() > 0) {
          Money credit = Money.ofMinor(s.creditCents(), USD);
          billing.stores().balances().save(new CreditBalance(a, credit, 0), 0);
        }
      }
    }
  }
}
