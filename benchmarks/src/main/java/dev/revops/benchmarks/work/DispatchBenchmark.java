package dev.revops.benchmarks.work;

import dev.revops.benchmarks.dunning.DelinquentBook;
import dev.revops.benchmarks.dunning.DelinquentBook.Delinquent;
import dev.revops.benchmarks.dunning.Ladder;
import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactAttempt;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.service.ContactGate;
import dev.revops.collections.service.DebtorContact;
import dev.revops.collections.service.DispatchedContact;
import dev.revops.collections.service.DunningDispatcher;
import dev.revops.collections.service.DunningRun;
import dev.revops.collections.service.DunningService;
import dev.revops.collections.service.GateResult;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.core.time.BusinessCalendar;
import java.time.ZoneId;
import java.util.List;
import org.openjdk.jmh.annotations.Param;

/**
 * A dunning pass through the application layer: for every account of a {@link DelinquentBook},
 * {@link DunningDispatcher#run} evaluates the ladder, stores the dunning state with its alerts and
 * puts each contact due through the {@link ContactGate} (every compliance rule, the debt's history
 * from the activity log, the attempt appended). Once through the unit of work, the outbox with its
 * after-commit relay and the per-debtor locks (the embedded default), once direct (no unit of work,
 * events straight to the publisher, no locks: the floor). The setup checks both store and deliver
 * the same before anything is timed. One invocation is one pass over fresh stores.
 */
public class DispatchBenchmark
    extends OnePassOverFreshStores<DispatchBenchmark.Stores, DispatchBenchmark.Totals> {
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder(ZoneId.of("America/New_York")).build();

  /** Delinquent accounts in the book. */
  @Param({"20000"})
  public int accounts;

  private DelinquentBook book;

  /** What one pass left: contacts allowed and blocked, alerts, events and the log's size. */
  public record Totals(long allowed, long blocked, long events, long checksum, long logged) {}

  /** The stores one pass writes to. */
  record Stores(InMemoryRepository<AccountId, DunningCase> cases, InMemoryActivityLog log) {}

  @Override
  protected void generate() {
    book = DelinquentBook.generate(accounts, 7);
  }

  @Override
  protected boolean plausible(Totals direct) {
    return direct.allowed() != 0 && direct.blocked() != 0;
  }

  @Override
  protected Stores fill() {
    return fill(book);
  }

  @Override
  protected Totals pass(Stores stores, boolean withUnitOfWork) {
    return pass(stores, book, withUnitOfWork);
  }

  private static Stores fill(DelinquentBook book) {
    InMemoryRepository<AccountId, DunningCase> cases =
        new InMemoryRepository<>(DunningService.TYPE_NAME);
    InMemoryActivityLog log = new InMemoryActivityLog();
    int n = 0;
    for (Delinquent a : book.accounts()) {
      if (a.state().version() == Aggregate.NEW) {
        cases.save(a.state(), Aggregate.NEW);
      }
      for (ContactAttempt h : a.history()) {
        log.append(
            new Activity(
                "seed-" + n++,
                h.at(),
                a.facts().account(),
                a.debt(),
                null,
                h.channel(),
                ActivityType.ATTEMPT_ALLOWED,
                null,
                null,
                List.of(),
                ""));
      }
    }
    return new Stores(cases, log);
  }

  static Totals pass(Stores stores, DelinquentBook book, boolean withUnitOfWork) {
    CountingPublisher host = new CountingPublisher();
    Wiring wiring = Wiring.to(host, withUnitOfWork);
    DunningService dunning =
        new DunningService(stores.cases(), new Aggregates(wiring.work(), wiring.outbox()));
    ContactGate gate =
        new ContactGate(
            CollectionsContactPolicy.standard(CALENDAR),
            stores.log(),
            new InMemoryPaymentStatus(),
            new SequentialIdGenerator("act"),
            wiring.work(),
            wiring.locks());
    DunningDispatcher dispatcher = new DunningDispatcher(dunning, gate);
    long allowed = 0;
    long blocked = 0;
    for (Delinquent a : book.accounts()) {
      DunningRun run =
          dispatcher.run(
              a.facts(),
              Ladder.POLICY,
              new DebtorContact(a.preferences(), a.zones(), a.debtFacts()),
              a.now());
      for (DispatchedContact c : run.contacts()) {
        if (c.gate().status() == GateResult.Status.ALLOWED) {
          allowed++;
        } else {
          blocked++;
        }
      }
    }
    return new Totals(allowed, blocked, host.count(), host.checksum(), stores.log().all().size());
  }
}
