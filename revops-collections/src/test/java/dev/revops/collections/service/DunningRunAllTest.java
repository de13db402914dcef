package dev.revops.collections.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.service.Aggregates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link DunningService#runAll}: a daily pass over many accounts with one batch read gives every
 * account what {@link DunningService#run} gives it alone, and takes no step twice when another run
 * changes an account between the batch read and the save.
 */
class DunningRunAllTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate DUE = LocalDate.parse("2026-03-01");
  static final DunningPolicy POLICY =
      DunningPolicy.fromJson(
          """
          {
            "name": "standard",
            "steps": [
              {"id": "reminder", "offsetDays": -3, "actions": ["EMAIL"]},
              {"id": "first", "offsetDays": 1, "actions": ["EMAIL", "SMS"]},
              {"id": "call", "offsetDays": 10, "actions": ["CALL_TASK"],
               "conditions": {"minAmountDue": [{"amount": "50.00", "currency": "USD"}]}},
              {"id": "suspend", "offsetDays": 30, "actions": ["SUSPEND_SERVICE"]},
              {"id": "agency", "offsetDays": 90, "actions": ["HAND_TO_AGENCY"]}
            ]
          }
          """);

  /** One account's debts: due offsets from {@link #DUE} and amounts in cents. */
  static List<Receivable> debts(AccountId account, List<Integer> dueOffsets) {
    List<Receivable> out = new ArrayList<>();
    for (int i = 0; i < dueOffsets.size(); i++) {
      LocalDate due = DUE.plusDays(dueOffsets.get(i));
      Money m = Money.ofMinor(2_000 + 3_100L * i + 7L * dueOffsets.get(i), "USD");
      out.add(
          new Receivable(
              ReceivableId.of(account.value() + "-r" + i),
              account,
              "INV-" + account.value() + "-" + i,
              m,
              m,
              due.minusDays(30),
              due));
    }
    return out;
  }

  static Instant at(int day) {
    return DUE.plusDays(day).atTime(10, 0).atZone(NY).toInstant();
  }

  /** The facts of every account on a day: a debt paused on some accounts, paid off on others. */
  static List<DunningFacts> facts(List<List<Integer>> accounts, int day) {
    List<DunningFacts> out = new ArrayList<>();
    for (int a = 0; a < accounts.size(); a++) {
      AccountId account = AccountId.of("acct-" + a);
      List<Receivable> debts = debts(account, accounts.get(a));
      if (a % 4 == 3 && day > 20 && !debts.isEmpty()) {
        debts = List.of(debts.get(0).withAmountDue(Money.ofMinor(0, "USD")));
      }
      DunningFacts f = DunningFacts.of(account, NY, debts);
      if (a % 3 == 2 && !debts.isEmpty() && day < 40) {
        f = f.withPaused(Set.of(debts.get(0).id()));
      }
      out.add(f);
    }
    return out;
  }

  /** A service over its own in-memory store and publisher. */
  record World(
      InMemoryRepository<AccountId, DunningCase> cases,
      InMemoryEventPublisher events,
      DunningService service) {
    static World create() {
      InMemoryRepository<AccountId, DunningCase> cases = new InMemoryRepository<>("DunningCase");
      InMemoryEventPublisher events = new InMemoryEventPublisher();
      return new World(
          cases, events, new DunningService(cases, new Aggregates(UnitOfWork.direct(), events)));
    }
  }

  @Property(tries = 300)
  void aBatchGivesEveryAccountWhatARunAloneGivesIt(
      @ForAll @Size(min = 1, max = 7)
          List<@Size(max = 3) List<@IntRange(min = -10, max = 120) Integer>> accounts,
      @ForAll @Size(min = 1, max = 6) Set<@IntRange(min = -5, max = 160) Integer> days) {
    World alone = World.create();
    World batch = World.create();
    for (int day : days.stream().sorted().toList()) {
      List<DunningFacts> facts = facts(accounts, day);
      List<DunningEvaluation> expected = new ArrayList<>();
      for (DunningFacts f : facts) {
        expected.add(alone.service().run(f, POLICY, at(day)));
      }
      assertThat(batch.service().runAll(facts, POLICY, at(day)))
          .as("day " + day)
          .isEqualTo(expected);
    }
    assertThat(batch.cases().findAll()).isEqualTo(alone.cases().findAll());
    assertThat(batch.events().published()).isEqualTo(alone.events().published());
  }

  @Test
  void anAccountChangedAfterTheBatchReadIsRunAgainAndNoStepIsTakenTwice() {
    World w = World.create();
    AccountId changedMeanwhile = AccountId.of("acct-1");
    DunningService elsewhere =
        new DunningService(w.cases(), new Aggregates(UnitOfWork.direct(), w.events()));
    List<DunningFacts> facts = facts(List.of(List.of(0), List.of(0, 5), List.of(2)), 2);
    AtomicReference<DunningEvaluation> otherRun = new AtomicReference<>();
    InMemoryRepository<AccountId, DunningCase> racing =
        new InMemoryRepository<>("DunningCase") {
          @Override
          public Map<AccountId, DunningCase> findAllById(Collection<AccountId> ids) {
            Map<AccountId, DunningCase> read = w.cases().findAllById(ids);
            // another instance runs the same account between this batch read and its save
            otherRun.set(elsewhere.run(facts.get(1), POLICY, at(2)));
            return read;
          }

          @Override
          public java.util.Optional<DunningCase> find(AccountId id) {
            return w.cases().find(id);
          }

          @Override
          public DunningCase save(DunningCase aggregate, long expectedVersion) {
            return w.cases().save(aggregate, expectedVersion);
          }
        };
    DunningService batch =
        new DunningService(racing, new Aggregates(UnitOfWork.direct(), w.events()));
    List<DunningEvaluation> got = batch.runAll(facts, POLICY, at(2));
    assertThat(otherRun.get().actions()).as("the other run took the steps").isNotEmpty();
    assertThat(got.get(1).actions()).as("the batch does not take them again").isEmpty();
    assertThat(got.get(1).next()).isEqualTo(w.cases().get(changedMeanwhile));
    assertThat(got.get(0).actions()).isNotEmpty();
    // the alerts are those of one pass without the race, each once
    World clean = World.create();
    clean.service().runAll(facts, POLICY, at(2));
    assertThat(w.events().published())
        .containsExactlyInAnyOrderElementsOf(clean.events().published());
    assertThat(w.cases().findAll()).isEqualTo(clean.cases().findAll());
  }

  @Test
  void twoInstancesPassingOverTheSameAccountsTakeEachStepOnce() throws Exception {
    List<List<Integer>> accounts = List.of(List.of(0), List.of(-2, 8), List.of(1), List.of(30));
    World single = World.create();
    Map<AccountId, List<DueAction>> once = new HashMap<>();
    for (DunningEvaluation e : single.service().runAll(facts(accounts, 12), POLICY, at(12))) {
      once.put(e.next().id(), e.actions());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 200; round++) {
        World w = World.create();
        DunningService other =
            new DunningService(w.cases(), new Aggregates(UnitOfWork.direct(), w.events()));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<DunningEvaluation>>> runs = new ArrayList<>();
        for (DunningService s : List.of(w.service(), other)) {
          runs.add(
              pool.submit(
                  () -> {
                    start.await();
                    return s.runAll(facts(accounts, 12), POLICY, at(12));
                  }));
        }
        start.countDown();
        Map<AccountId, List<DueAction>> taken = new HashMap<>();
        for (Future<List<DunningEvaluation>> f : runs) {
          for (DunningEvaluation e : f.get(30, TimeUnit.SECONDS)) {
            taken.computeIfAbsent(e.next().id(), a -> new ArrayList<>()).addAll(e.actions());
          }
        }
        assertThat(taken).as("round " + round).isEqualTo(once);
        assertThat(w.events().published()).hasSameSizeAs(single.events().published());
        assertThat(w.cases().findAll()).isEqualTo(single.cases().findAll());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAccountGivenTwiceIsRefusedBeforeAnythingIsRead() {
    World w = World.create();
    List<DunningFacts> facts = new ArrayList<>(facts(List.of(List.of(0), List.of(1)), 3));
    facts.add(facts.get(0));
    assertThatThrownBy(() -> w.service().runAll(facts, POLICY, at(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account acct-0 is given twice in one dunning pass");
    assertThat(w.cases().findAll()).isEmpty();
    assertThat(w.events().published()).isEmpty();
  }

  @Test
  void anEmptyPassDoesNothingAndNullsAreRefusedByName() {
    World w = World.create();
    assertThat(w.service().runAll(List.of(), POLICY, at(0))).isEmpty();
    assertThatThrownBy(() -> w.service().runAll(null, POLICY, at(0))).hasMessage("facts");
    assertThatThrownBy(() -> w.service().runAll(List.of(), null, at(0))).hasMessage("policy");
    assertThatThrownBy(() -> w.service().runAll(List.of(), POLICY, null)).hasMessage("now");
    List<DunningFacts> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> w.service().runAll(withNull, POLICY, at(0)))
        .hasMessage("facts element");
  }

  @Test
  void pausedDebtsForSeveralAccountsAreWhatEachAccountAloneGets() {
    dev.revops.collections.port.memory.InMemoryPlanRepository plans =
        new dev.revops.collections.port.memory.InMemoryPlanRepository();
    PlanService service =
        new PlanService(plans, new Aggregates(UnitOfWork.direct(), new InMemoryEventPublisher()));
    Instant now = at(5);
    List<AccountId> accounts = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      AccountId account = AccountId.of("acct-" + a);
      accounts.add(account);
      for (int p = 0; p < a; p++) {
        var plan =
            dev.revops.collections.plan.PaymentPlan.builder()
                .id(dev.revops.collections.plan.PlanId.of("plan-" + a + "-" + p))
                .account(account)
                .debts(List.of(ReceivableId.of("debt-" + a + "-" + p)))
                .balance(Money.ofMinor(9_000, "USD"))
                .frequency(dev.revops.collections.plan.Frequency.MONTHLY)
                .firstDue(DUE.plusDays(20 * p - 30))
                .graceDays(2)
                .zone(NY)
                .equalInstallments(3);
        var stored = plans.save(plan, dev.revops.collections.plan.PaymentPlan.NEW);
        if (p % 2 == 0) {
          plans.save(stored.accept().value(), stored.version());
        }
      }
    }
    accounts.add(AccountId.of("unknown"));
    Map<AccountId, Set<ReceivableId>> expected = new java.util.LinkedHashMap<>();
    for (AccountId a : accounts) {
      expected.put(a, service.pausedDebts(a, now));
    }
    Map<AccountId, Set<ReceivableId>> got = service.pausedDebts(accounts, now);
    assertThat(List.copyOf(got.entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
    assertThat(new LinkedHashSet<>(got.values()).stream().anyMatch(s -> !s.isEmpty())).isTrue();
  }
}
