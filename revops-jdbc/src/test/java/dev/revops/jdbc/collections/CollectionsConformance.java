package dev.revops.jdbc.collections;

import static dev.revops.jdbc.collections.CollectionsData.usd;
import static dev.revops.jdbc.collections.SameAnswer.same;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.port.PlanRepository;
import dev.revops.collections.port.PromiseRepository;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.port.memory.InMemoryPlanRepository;
import dev.revops.collections.port.memory.InMemoryPromiseRepository;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.Repository;
import dev.revops.jdbc.RepositoryContractOf;
import dev.revops.jdbc.RevOpsDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The collections repositories on a database: revops-testkit's repository contract, and every query
 * of the ports against the in-memory default on the same data (same results, same order, same
 * limits, same argument checks). {@code H2CollectionsConformanceTest} and {@code
 * PostgresCollectionsConformanceTest} run it on each database; every test starts from empty tables.
 */
abstract class CollectionsConformance {
  private static final List<Integer> LIMITS = List.of(1, 2, 3, 7, 1000);

  /**
   * Returns the database of the running test class.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  RevOpsDatabase fresh() {
    return CollectionsTables.clear(db());
  }

  @Nested
  class Promises extends RepositoryContractOf<PromiseId, PromiseToPay> {
    Promises() {
      super(
          () -> new JdbcPromiseRepository(fresh().database()),
          n -> CollectionsData.promise(n),
          (p, n) -> CollectionsData.pay(p, n));
    }
  }

  @Nested
  class Plans extends RepositoryContractOf<PlanId, PaymentPlan> {
    Plans() {
      super(
          () -> new JdbcPlanRepository(fresh().database()),
          n -> CollectionsData.plan(n),
          (p, n) -> CollectionsData.regrace(p, n));
    }
  }

  @Nested
  class DunningCases extends RepositoryContractOf<AccountId, DunningCase> {
    DunningCases() {
      super(
          () -> new JdbcDunningCaseRepository(fresh().database()),
          n -> CollectionsData.dunningCase(n),
          (d, n) -> CollectionsData.step(d, n));
    }
  }

  /** Saves to both repositories and checks they stored the same value. */
  private static <I, A extends Aggregate<I, A>> A both(
      Repository<I, A> jdbc, Repository<I, A> memory, A value, long expected) {
    A stored = jdbc.save(value, expected);
    assertThat(memory.save(value, expected)).isEqualTo(stored);
    return stored;
  }

  @Nested
  class PromiseQueries {
    private final Random random = new Random(20260601L);
    private final List<ReceivableId> debts = new ArrayList<>();
    private final List<AccountId> accounts = new ArrayList<>();
    private final TreeSet<Instant> instants = new TreeSet<>();

    /**
     * Stores the same promises in both, then changes many of them the same way: paid, kept,
     * cancelled, broken or partly kept, so every status and every index entry is exercised.
     */
    private void fill(PromiseRepository jdbc, PromiseRepository memory, int count) {
      for (int i = 0; i < 6; i++) {
        debts.add(ReceivableId.of("inv-" + (char) ('a' + i)));
      }
      for (int i = 0; i < 3; i++) {
        accounts.add(AccountId.of(i == 0 ? "ACC-z" : "acc-" + i));
      }
      Instant base = Instant.parse("2026-05-01T00:00:00Z");
      List<PromiseToPay> stored = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        // ties on madeAt (same second), instants a few nanoseconds apart, ids not in made order
        Instant madeAt =
            base.plusSeconds(random.nextInt(40))
                .plusNanos(List.of(0, 0, 1, 999, 1000, 1001, 500_000).get(random.nextInt(7)));
        String id =
            (random.nextBoolean() ? "P-" : "p-")
                + Integer.toString(random.nextInt(100_000), 36)
                + "-"
                + n;
        PromiseToPay p =
            PromiseToPay.builder()
                .id(PromiseId.of(id))
                .account(accounts.get(random.nextInt(accounts.size())))
                .debt(debts.get(random.nextInt(debts.size())))
                .amount(usd(1_000 + random.nextInt(5_000)))
                .promisedFor(LocalDate.of(2026, 5, 10).plusDays(random.nextInt(8)))
                .graceDays(random.nextInt(3))
                .zone(CollectionsData.ZONES.get(random.nextInt(CollectionsData.ZONES.size())))
                .madeAt(madeAt)
                .build();
        stored.add(both(jdbc, memory, p, Aggregate.NEW));
        instants.add(p.resolvesAt());
      }
      for (PromiseToPay p : stored) {
        int fate = random.nextInt(6);
        PromiseToPay changed =
            switch (fate) {
              case 0 -> p.recordPayment(usd(100), p.madeAt()).value();
              case 1 -> p.recordPayment(p.amount(), p.madeAt()).value();
              case 2 -> p.cancel().value();
              case 3 -> p.evaluate(p.resolvesAt().plusSeconds(1)).value();
              case 4 ->
                  p.recordPayment(usd(1), p.madeAt())
                      .value()
                      .evaluate(p.resolvesAt().plusSeconds(1))
                      .value();
              default -> null;
            };
        if (changed != null) {
          both(jdbc, memory, changed, p.version());
        }
      }
    }

    private void compare(PromiseRepository jdbc, PromiseRepository memory) {
      for (ReceivableId d : debts) {
        same("open for " + d, () -> jdbc.openForDebt(d), () -> memory.openForDebt(d));
      }
      same(
          "open for an unknown debt",
          () -> jdbc.openForDebt(ReceivableId.of("none")),
          () -> memory.openForDebt(ReceivableId.of("none")));
      for (AccountId a : accounts) {
        same("open for " + a, () -> jdbc.openForAccount(a), () -> memory.openForAccount(a));
      }
      List<Instant> probes = new ArrayList<>();
      for (Instant at : instants) {
        probes.add(at.minusNanos(1));
        probes.add(at);
        probes.add(at.plusNanos(1));
      }
      probes.add(Instant.parse("2000-01-01T00:00:00Z"));
      probes.add(Instant.parse("2100-01-01T00:00:00Z"));
      probes.add(Instant.MIN);
      probes.add(Instant.MAX);
      for (Instant at : probes) {
        for (int limit : LIMITS) {
          same(
              "expired by " + at + " limit " + limit,
              () -> jdbc.openExpiredBy(at, limit),
              () -> memory.openExpiredBy(at, limit));
        }
      }
    }

    @Test
    void everyQueryAnswersAsTheInMemoryDefault() {
      JdbcPromiseRepository jdbc = new JdbcPromiseRepository(fresh().database());
      InMemoryPromiseRepository memory = new InMemoryPromiseRepository();
      fill(jdbc, memory, 120);
      // the data set has open promises, ties and more than a page
      assertThat(memory.openExpiredBy(Instant.MAX, 1000)).hasSizeGreaterThan(10);
      compare(jdbc, memory);
      same("every promise", () -> sorted(jdbc.findAll()), () -> sorted(memory.findAll()));
    }

    @Test
    void resolvingPageByPageDrainsTheQueryInTheSameOrder() {
      JdbcPromiseRepository jdbc = new JdbcPromiseRepository(fresh().database());
      InMemoryPromiseRepository memory = new InMemoryPromiseRepository();
      fill(jdbc, memory, 60);
      Instant now = Instant.parse("2026-07-01T00:00:00Z");
      List<PromiseId> order = new ArrayList<>();
      while (true) {
        List<PromiseToPay> page = memory.openExpiredBy(now, 4);
        assertThat(jdbc.openExpiredBy(now, 4)).as("page " + order.size() / 4).isEqualTo(page);
        if (page.isEmpty()) {
          break;
        }
        for (PromiseToPay p : page) {
          both(jdbc, memory, p.evaluate(now).value(), p.version());
          order.add(p.id());
        }
      }
      assertThat(order).isNotEmpty();
      compare(jdbc, memory);
    }

    @Test
    void argumentsAreCheckedAsTheInMemoryDefaultDoes() {
      JdbcPromiseRepository jdbc = new JdbcPromiseRepository(fresh().database());
      InMemoryPromiseRepository memory = new InMemoryPromiseRepository();
      same("null debt", () -> jdbc.openForDebt(null), () -> memory.openForDebt(null));
      same("null account", () -> jdbc.openForAccount(null), () -> memory.openForAccount(null));
      same("null instant", () -> jdbc.openExpiredBy(null, 1), () -> memory.openExpiredBy(null, 1));
      for (int limit : List.of(0, -1, Integer.MIN_VALUE)) {
        same(
            "limit " + limit,
            () -> jdbc.openExpiredBy(Instant.MAX, limit),
            () -> memory.openExpiredBy(Instant.MAX, limit));
      }
      same("null id", () -> jdbc.find(null), () -> memory.find(null));
      same("missing", () -> jdbc.get(PromiseId.of("none")), () -> memory.get(PromiseId.of("none")));
      assertThatThrownBy(() -> jdbc.get(PromiseId.of("none")))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUnitOfWorkSeesItsOwnSavesAndARollbackLeavesNothing() {
      RevOpsDatabase db = fresh();
      JdbcPromiseRepository jdbc = new JdbcPromiseRepository(db.database());
      PromiseToPay p = CollectionsData.promise(1);
      assertThatThrownBy(
              () ->
                  db.unitOfWork()
                      .inTransaction(
                          () -> {
                            jdbc.save(p, Aggregate.NEW);
                            assertThat(jdbc.openForDebt(p.debt()))
                                .containsExactly(p.withVersion(1));
                            assertThat(jdbc.openForAccount(p.account()))
                                .containsExactly(p.withVersion(1));
                            throw new IllegalStateException("roll back");
                          }))
          .hasMessage("roll back");
      assertThat(jdbc.openForDebt(p.debt())).isEmpty();
      assertThat(jdbc.find(p.id())).isEmpty();
    }

    @Test
    void aPromiseIsStoredWithItsMoneyAsMinorUnitsAndItsInstantsAsColumns() {
      RevOpsDatabase db = fresh();
      JdbcPromiseRepository jdbc = new JdbcPromiseRepository(db.database());
      PromiseToPay p =
          PromiseToPay.builder()
              .id(PromiseId.of("ptp-cols"))
              .account(AccountId.of("acct-cols"))
              .debt(ReceivableId.of("inv-cols"))
              .amount(Money.of("1234.56", "EUR"))
              .tolerance(Money.of("0.50", "EUR"))
              .promisedFor(LocalDate.of(2026, 6, 5))
              .graceDays(2)
              .zone(ZoneId.of("Europe/Berlin"))
              .madeAt(Instant.parse("2026-06-01T10:00:00.123456789Z"))
              .build();
      jdbc.save(p, Aggregate.NEW);
      String where = " FROM revops_promises WHERE id = 'ptp-cols'";
      assertThat(CollectionsTables.text(db, "SELECT amount_minor" + where)).isEqualTo("123456");
      assertThat(CollectionsTables.text(db, "SELECT tolerance_minor" + where)).isEqualTo("50");
      assertThat(CollectionsTables.text(db, "SELECT currency" + where)).isEqualTo("EUR");
      assertThat(CollectionsTables.text(db, "SELECT status" + where)).isEqualTo("PROMISED");
      assertThat(CollectionsTables.text(db, "SELECT debt_id" + where)).isEqualTo("inv-cols");
      assertThat(CollectionsTables.text(db, "SELECT made_at_nanos" + where)).isEqualTo("789");
      assertThat(CollectionsTables.text(db, "SELECT time_zone" + where)).isEqualTo("Europe/Berlin");
      // the deadline passes at midnight after 7 June in Berlin (CEST)
      assertThat(
              CollectionsTables.text(
                  db,
                  "SELECT COUNT(*)"
                      + where
                      + " AND resolves_at = CAST('2026-06-07 22:00:00+00' AS timestamp with time"
                      + " zone)"))
          .isEqualTo("1");
      assertThat(jdbc.get(p.id())).isEqualTo(p.withVersion(1));
    }
  }

  private static <A extends Aggregate<?, A>> List<A> sorted(List<A> list) {
    List<A> out = new ArrayList<>(list);
    out.sort((a, b) -> String.valueOf(a.id()).compareTo(String.valueOf(b.id())));
    return out;
  }

  @Nested
  class PlanQueries {
    private final Random random = new Random(20260602L);
    private final List<AccountId> accounts = new ArrayList<>();
    private final TreeSet<Instant> instants = new TreeSet<>();

    /**
     * Stores the same plans in both, then moves them the same way: accepted, partly paid (the
     * default instant moves), paid off, cancelled, defaulted, or left proposed.
     */
    private void fill(PlanRepository jdbc, PlanRepository memory, int count) {
      for (int i = 0; i < 4; i++) {
        accounts.add(AccountId.of(i == 0 ? "ACC-z" : "acc-" + i));
      }
      for (int n = 0; n < count; n++) {
        String id =
            (random.nextBoolean() ? "PL-" : "pl-")
                + Integer.toString(random.nextInt(100_000), 36)
                + "-"
                + n;
        PaymentPlan p =
            PaymentPlan.builder()
                .id(PlanId.of(id))
                .account(accounts.get(random.nextInt(accounts.size())))
                .debts(List.of(ReceivableId.of("inv-" + n)))
                .balance(usd(3_000 + random.nextInt(9_000)))
                .frequency(random.nextBoolean() ? Frequency.WEEKLY : Frequency.MONTHLY)
                .firstDue(LocalDate.of(2026, 6, 1).plusDays(random.nextInt(6)))
                .graceDays(random.nextInt(3))
                .zone(CollectionsData.ZONES.get(random.nextInt(CollectionsData.ZONES.size())))
                .equalInstallments(1 + random.nextInt(4));
        PaymentPlan stored = both(jdbc, memory, p, Aggregate.NEW);
        int fate = random.nextInt(7);
        if (fate == 0) {
          continue; // stays proposed
        }
        if (fate == 1) {
          both(jdbc, memory, stored.cancel().value(), stored.version());
          continue;
        }
        PaymentPlan active = both(jdbc, memory, stored.accept().value(), stored.version());
        Instant at = Instant.parse("2026-06-01T00:00:00Z");
        PaymentPlan next =
            switch (fate) {
              case 2 -> active.recordPayment(active.installments().get(0).amount(), at).value();
              case 3 -> active.recordPayment(active.balance(), at).value();
              case 4 -> active.cancel().value();
              case 5 -> active.evaluate(Instant.parse("2027-01-01T00:00:00Z")).value();
              default -> null;
            };
        if (next != null) {
          active = both(jdbc, memory, next, active.version());
        }
        active.defaultsAt().ifPresent(instants::add);
      }
    }

    private void compare(PlanRepository jdbc, PlanRepository memory) {
      for (AccountId a : accounts) {
        same("active for " + a, () -> jdbc.activeForAccount(a), () -> memory.activeForAccount(a));
      }
      same(
          "active for an unknown account",
          () -> jdbc.activeForAccount(AccountId.of("none")),
          () -> memory.activeForAccount(AccountId.of("none")));
      // several accounts at once: reversed, one twice, unknown ones, over two IN-list chunks
      List<AccountId> several = new ArrayList<>(accounts);
      java.util.Collections.reverse(several);
      several.add(accounts.get(0));
      for (int i = 0; several.size() < 1_030; i++) {
        several.add(AccountId.of("none-" + i));
      }
      same(
          "active for several accounts",
          () -> List.copyOf(jdbc.activeForAccounts(several).entrySet()),
          () -> List.copyOf(memory.activeForAccounts(several).entrySet()));
      assertThat(jdbc.activeForAccounts(several)).hasSize(several.size() - 1);
      for (AccountId a : accounts) {
        assertThat(jdbc.activeForAccounts(List.of(a)).get(a))
            .as("one account " + a)
            .isEqualTo(memory.activeForAccount(a));
      }
      same(
          "active for no account",
          () -> jdbc.activeForAccounts(List.of()),
          () -> memory.activeForAccounts(List.of()));
      List<Instant> probes = new ArrayList<>();
      for (Instant at : instants) {
        probes.add(at.minusNanos(1));
        probes.add(at);
        probes.add(at.plusNanos(1));
      }
      probes.add(Instant.MIN);
      probes.add(Instant.MAX);
      for (Instant at : probes) {
        for (int limit : LIMITS) {
          same(
              "defaulting by " + at + " limit " + limit,
              () -> jdbc.activeDefaultingBy(at, limit),
              () -> memory.activeDefaultingBy(at, limit));
        }
      }
    }

    @Test
    void everyQueryAnswersAsTheInMemoryDefault() {
      JdbcPlanRepository jdbc = new JdbcPlanRepository(fresh().database());
      InMemoryPlanRepository memory = new InMemoryPlanRepository();
      fill(jdbc, memory, 80);
      assertThat(memory.activeDefaultingBy(Instant.MAX, 1000)).hasSizeGreaterThan(10);
      compare(jdbc, memory);
      same("every plan", () -> sorted(jdbc.findAll()), () -> sorted(memory.findAll()));
    }

    @Test
    void defaultingPageByPageDrainsTheQueryInTheSameOrder() {
      JdbcPlanRepository jdbc = new JdbcPlanRepository(fresh().database());
      InMemoryPlanRepository memory = new InMemoryPlanRepository();
      fill(jdbc, memory, 50);
      Instant now = Instant.parse("2026-12-01T00:00:00Z");
      int pages = 0;
      while (true) {
        List<PaymentPlan> page = memory.activeDefaultingBy(now, 3);
        assertThat(jdbc.activeDefaultingBy(now, 3)).as("page " + pages).isEqualTo(page);
        if (page.isEmpty()) {
          break;
        }
        pages++;
        for (PaymentPlan p : page) {
          both(jdbc, memory, p.evaluate(now).value(), p.version());
        }
      }
      assertThat(pages).isGreaterThan(1);
      compare(jdbc, memory);
    }

    @Test
    void argumentsAreCheckedAsTheInMemoryDefaultDoes() {
      JdbcPlanRepository jdbc = new JdbcPlanRepository(fresh().database());
      InMemoryPlanRepository memory = new InMemoryPlanRepository();
      same("null account", () -> jdbc.activeForAccount(null), () -> memory.activeForAccount(null));
      same(
          "null accounts",
          () -> jdbc.activeForAccounts(null),
          () -> memory.activeForAccounts(null));
      List<AccountId> withNull = java.util.Arrays.asList(AccountId.of("a"), null);
      same(
          "a null among the accounts",
          () -> jdbc.activeForAccounts(withNull),
          () -> memory.activeForAccounts(withNull));
      same(
          "null instant",
          () -> jdbc.activeDefaultingBy(null, 1),
          () -> memory.activeDefaultingBy(null, 1));
      for (int limit : List.of(0, -1, Integer.MIN_VALUE)) {
        same(
            "limit " + limit,
            () -> jdbc.activeDefaultingBy(Instant.MAX, limit),
            () -> memory.activeDefaultingBy(Instant.MAX, limit));
      }
      same("missing", () -> jdbc.get(PlanId.of("none")), () -> memory.get(PlanId.of("none")));
    }

    @Test
    void installmentsAndDebtsAreRowsRewrittenWithThePlan() {
      RevOpsDatabase db = fresh();
      JdbcPlanRepository jdbc = new JdbcPlanRepository(db.database());
      PaymentPlan p =
          PaymentPlan.builder()
              .id(PlanId.of("plan-rows"))
              .account(AccountId.of("acct-rows"))
              .debts(List.of(ReceivableId.of("inv-1"), ReceivableId.of("inv-2")))
              .balance(Money.of("100.00", "USD"))
              .frequency(Frequency.MONTHLY)
              .firstDue(LocalDate.of(2026, 7, 1))
              .zone(ZoneId.of("UTC"))
              .equalInstallments(3);
      PaymentPlan stored = jdbc.save(p, Aggregate.NEW);
      PaymentPlan active = jdbc.save(stored.accept().value(), stored.version());
      PaymentPlan paid =
          jdbc.save(
              active
                  .recordPayment(Money.of("40.00", "USD"), Instant.parse("2026-07-01T00:00:00Z"))
                  .value(),
              active.version());
      String rows = " FROM revops_plan_installments WHERE plan_id = 'plan-rows'";
      assertThat(CollectionsTables.text(db, "SELECT COUNT(*)" + rows)).isEqualTo("3");
      assertThat(CollectionsTables.text(db, "SELECT SUM(paid_minor)" + rows)).isEqualTo("4000");
      assertThat(CollectionsTables.text(db, "SELECT SUM(amount_minor)" + rows)).isEqualTo("10000");
      assertThat(
              CollectionsTables.text(
                  db, "SELECT COUNT(*) FROM revops_plan_debts WHERE plan_id = 'plan-rows'"))
          .isEqualTo("2");
      String plan = " FROM revops_payment_plans WHERE id = 'plan-rows'";
      assertThat(CollectionsTables.text(db, "SELECT remaining_minor" + plan)).isEqualTo("6000");
      assertThat(CollectionsTables.text(db, "SELECT status" + plan)).isEqualTo("ACTIVE");
      assertThat(jdbc.get(p.id())).isEqualTo(paid);
      PaymentPlan done =
          jdbc.save(
              paid.recordPayment(Money.of("60.00", "USD"), Instant.parse("2026-08-01T00:00:00Z"))
                  .value(),
              paid.version());
      assertThat(done.status()).isEqualTo(PlanStatus.COMPLETED);
      assertThat(CollectionsTables.text(db, "SELECT defaults_at" + plan)).isNull();
      assertThat(CollectionsTables.text(db, "SELECT SUM(paid_minor)" + rows)).isEqualTo("10000");
    }
  }

  @Nested
  class PaymentStatus {
    @Test
    void answersAsTheInMemoryDefaultAndTheLastReportWins() {
      JdbcPaymentStatus jdbc = new JdbcPaymentStatus(fresh().database());
      InMemoryPaymentStatus memory = new InMemoryPaymentStatus();
      ReceivableId a = ReceivableId.of("inv-a");
      ReceivableId b = ReceivableId.of("inv-b");
      same("unknown", () -> jdbc.latestAmountDue(a), () -> memory.latestAmountDue(a));
      for (Money m : List.of(usd(500), Money.of("12.5", "EUR"), Money.zero("JPY"), usd(-100))) {
        jdbc.set(a, m);
        memory.set(a, m);
        same("after " + m, () -> jdbc.latestAmountDue(a), () -> memory.latestAmountDue(a));
        same("the other debt", () -> jdbc.latestAmountDue(b), () -> memory.latestAmountDue(b));
      }
      same("null debt", () -> jdbcSet(jdbc, null, usd(1)), () -> memorySet(memory, null, usd(1)));
      same("null amount", () -> jdbcSet(jdbc, a, null), () -> memorySet(memory, a, null));
    }

    @Test
    void aReportInARolledBackUnitOfWorkIsNotKept() {
      RevOpsDatabase db = fresh();
      JdbcPaymentStatus jdbc = new JdbcPaymentStatus(db.database());
      ReceivableId a = ReceivableId.of("inv-a");
      jdbc.set(a, usd(700));
      assertThatThrownBy(
              () ->
                  db.unitOfWork()
                      .inTransaction(
                          () -> {
                            jdbc.set(a, usd(0));
                            assertThat(jdbc.latestAmountDue(a)).contains(usd(0));
                            throw new IllegalStateException("roll back");
                          }))
          .hasMessage("roll back");
      assertThat(jdbc.latestAmountDue(a)).contains(usd(700));
    }

    private Object jdbcSet(JdbcPaymentStatus s, ReceivableId d, Money m) {
      s.set(d, m);
      return "set";
    }

    private Object memorySet(InMemoryPaymentStatus s, ReceivableId d, Money m) {
      s.set(d, m);
      return "set";
    }
  }

  /**
   * Each query as the adapters run it (with literal values) and the index that must answer it: the
   * plan names the index, and on PostgreSQL no sort step follows it.
   */
  private static final List<List<String>> INDEXED =
      List.of(
          List.of(
              "SELECT version, body FROM revops_promises WHERE debt_id = 'd' AND status ="
                  + " 'PROMISED' ORDER BY made_at, made_at_nanos, id",
              "revops_promises_debt"),
          List.of(
              "SELECT version, body FROM revops_promises WHERE account_id = 'a' AND status ="
                  + " 'PROMISED' ORDER BY made_at, made_at_nanos, id",
              "revops_promises_account"),
          List.of(
              "SELECT version, body FROM revops_promises WHERE status = 'PROMISED' AND"
                  + " resolves_at <= CAST('2026-06-01 00:00:00+00' AS timestamp with time zone)"
                  + " ORDER BY resolves_at, id LIMIT 10",
              "revops_promises_due"),
          List.of(
              "SELECT version, body FROM revops_payment_plans WHERE account_id = 'a' AND status ="
                  + " 'ACTIVE' ORDER BY id",
              "revops_payment_plans_account"),
          List.of(
              "SELECT version, body FROM revops_payment_plans WHERE status = 'ACTIVE' AND"
                  + " defaults_at <= CAST('2026-06-01 00:00:00+00' AS timestamp with time zone)"
                  + " ORDER BY defaults_at, id LIMIT 10",
              "revops_payment_plans_default"),
          List.of(
              "SELECT body FROM revops_activity_log WHERE debt_id = 'd' ORDER BY seq",
              "revops_activity_log_debt"),
          List.of(
              "SELECT body FROM revops_activity_log WHERE account_id = 'a' ORDER BY chain_no",
              "revops_activity_log_chain_unique"),
          List.of(
              "SELECT seq, body FROM revops_activity_log WHERE account_id = 'a' AND chain_no > 5"
                  + " ORDER BY chain_no LIMIT 500",
              "revops_activity_log_chain_unique"),
          List.of(
              "SELECT body FROM revops_activity_log WHERE id = 'x'",
              "revops_activity_log_id_unique"));

  @Test
  void everyQueryIsAnsweredFromItsIndex() {
    RevOpsDatabase db = fresh();
    for (List<String> q : INDEXED) {
      String plan =
          db.unitOfWork()
              .call(
                  "explain",
                  "(test)",
                  c -> {
                    StringBuilder out = new StringBuilder();
                    try (var s = c.createStatement()) {
                      if (db.dialect() == dev.revops.jdbc.Dialect.POSTGRESQL) {
                        // the tables are nearly empty: make the planner show what it would do
                        // with rows
                        s.execute("SET LOCAL enable_seqscan = off");
                      }
                      try (var r = s.executeQuery("EXPLAIN " + q.get(0))) {
                        while (r.next()) {
                          out.append(r.getString(1)).append('\n');
                        }
                      }
                    }
                    return out.toString().toLowerCase(java.util.Locale.ROOT);
                  });
      assertThat(plan).as("plan of " + q.get(0)).contains(q.get(1));
      if (db.dialect() == dev.revops.jdbc.Dialect.POSTGRESQL) {
        // H2 reads the same index but sorts the rows it found (its planner sorts unless the
        // ORDER BY is the index's leading columns), which is cheap for one debt's rows
        assertThat(plan).as("plan of " + q.get(0)).doesNotContain("sort");
      }
    }
  }

  @Test
  void theFactoryWiresEveryStoreOnTheDatabase() {
    RevOpsDatabase db = fresh();
    var stores = JdbcCollectionsStores.of(db);
    assertThat(stores.dunningCases()).isInstanceOf(JdbcDunningCaseRepository.class);
    assertThat(stores.promises()).isInstanceOf(JdbcPromiseRepository.class);
    assertThat(stores.plans()).isInstanceOf(JdbcPlanRepository.class);
    assertThat(stores.activityLog()).isInstanceOf(JdbcActivityLog.class);
    assertThat(stores.paymentStatus()).isInstanceOf(JdbcPaymentStatus.class);
    assertThat(stores.dunningCases().typeName()).isEqualTo("DunningCase");
    assertThat(stores.promises().typeName()).isEqualTo(PromiseRepository.TYPE_NAME);
    PromiseToPay p = stores.promises().save(CollectionsData.promise(3), Aggregate.NEW);
    assertThat(new JdbcPromiseRepository(db.database()).get(p.id())).isEqualTo(p);
    assertThat(p.status()).isEqualTo(PromiseStatus.PROMISED);
    assertThatThrownBy(() -> JdbcCollectionsStores.of(null))
        .isInstanceOf(NullPointerException.class);
  }
}
