package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.OutboxEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InMemoryUnitOfWorkProperties {
  /** One move inside a unit of work: add an amount to an account. */
  record Move(int account, long amount) {}

  /** A unit of work: its moves, and after how many of them it throws (or never: -1). */
  record Step(List<Move> moves, int failAfter) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Move> move =
        Combinators.combine(
                Arbitraries.integers().between(0, 3), Arbitraries.longs().between(-50, 50))
            .as(Move::new);
    Arbitrary<Step> step =
        Combinators.combine(
                move.list().ofMinSize(1).ofMaxSize(6), Arbitraries.integers().between(-1, 6))
            .as(Step::new);
    return step.list().ofMaxSize(30);
  }

  @Property(tries = 1000)
  void onlyCommittedUnitsOfWorkLeaveTracesAndTheyLeaveAllOfThem(@ForAll("steps") List<Step> steps) {
    InMemoryUnitOfWork work = new InMemoryUnitOfWork();
    InMemoryRepository<String, Account> accounts = new InMemoryRepository<>("Account");
    InMemoryOutbox outbox = new InMemoryOutbox();
    Map<String, Long> balance = new HashMap<>();
    Map<String, Long> version = new HashMap<>();
    List<DomainEvent> expectedEvents = new ArrayList<>();
    for (Step step : steps) {
      Map<String, Long> b = new HashMap<>(balance);
      Map<String, Long> v = new HashMap<>(version);
      List<DomainEvent> e = new ArrayList<>();
      try {
        work.run(
            () -> {
              int done = 0;
              for (Move m : step.moves()) {
                if (done == step.failAfter()) {
                  throw new IllegalStateException("injected");
                }
                String id = "acc-" + m.account();
                Account current = accounts.find(id).orElse(new Account(id, 0, Aggregate.NEW));
                Account saved = accounts.save(current.plus(m.amount()), current.version());
                Account.Moved event = new Account.Moved(id, current.version(), m.amount());
                outbox.publish(List.of(event));
                b.merge(id, m.amount(), Long::sum);
                v.put(id, saved.version());
                e.add(event);
                done++;
              }
            });
        balance = b;
        version = v;
        expectedEvents.addAll(e);
      } catch (IllegalStateException injected) {
        assertThat(step.failAfter()).isBetween(0, step.moves().size() - 1);
      }
    }
    for (Map.Entry<String, Long> e : balance.entrySet()) {
      assertThat(accounts.get(e.getKey()).balance()).isEqualTo(e.getValue());
      assertThat(accounts.get(e.getKey()).version()).isEqualTo(version.get(e.getKey()));
    }
    assertThat(accounts.size()).isEqualTo(balance.size());
    assertThat(outbox.pending(Integer.MAX_VALUE))
        .extracting(OutboxEntry::event)
        .containsExactlyElementsOf(expectedEvents);
  }
}
