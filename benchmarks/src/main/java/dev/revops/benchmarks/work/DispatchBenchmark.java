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
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.core.service.OutboxRelay;
import dev.revops.core.time.BusinessCalendar;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A dunning pass through the application layer: for every account of a {@link DelinquentBook},
 * {@link DunningDispatcher#run} evaluates the ladder, stores the dunning state with its alerts and
 * puts each contact due through the {@link ContactGate} (every compliance rule, the debt's history
 * from the activity log, the attempt appended). Once through the unit of work, the outbox with its
 * after-commit relay and the per-debtor locks (the embedded default), once direct (no unit of work,
 * events straight to the publisher, no locks: the floor). The setup checks both store and deliver
 * the same before anything is timed. One invocation is one pass over fresh stores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DispatchBenchmark {
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder(ZoneId.of("America/New_York")).build();
  private static final Locks NO_LOCKS =
      new Locks() {
        @Override
        public <T> T withLock(String subject, java.util.function.Supplier<T> work) {
          return work.get();
        }
      };

  /** Delinquent accounts in the book. */
  @Param({"20000"})
  public int accounts;

  private DelinquentBook book;
  private Stores stores;

  /** What one pass left: contacts allowed and blocked, alerts, events and the log's size. */
  public record Totals(long allowed, long blocked, long events, long checksum, long logged) {}

  /** The stores one pass writes to. */
  record Stores(InMemoryRepository<AccountId, DunningCase> cases, InMemoryActivityLog log) {}

  /** Generates the book and checks both wirings agree. */
  @Setup(Level.Trial)
  public void check() {
    book = DelinquentBook.generate(accounts, 7);
    Totals direct = pass(fill(book), book, false);
    Totals work = pass(fill(book), book, true);
    if (!direct.equals(work) || direct.allowed() == 0 || direct.blocked() == 0) {
      throw new IllegalStateException(
          "wirings disagree: direct " + direct + ", unit of work " + work);
    }
  }

  /** Fresh stores with the book's states and histories, before each pass. */
  @Setup(Level.Iteration)
  public void refill() {
    stores = fill(book);
  }

  /**
   * Through {@code InMemoryUnitOfWork}, {@code InMemoryOutbox} with its relay, and {@code
   * InMemoryLocks}.
   *
   * @return the totals
   */
  @Benchmark
  public Totals unitOfWorkAndOutbox() {
    return pass(stores, book, true);
  }

  /**
   * Direct: {@code UnitOfWork.direct()}, events handed to the publisher at once, no locks.
   *
   * @return the totals
   */
  @Benchmark
  public Totals direct() {
    return pass(stores, book, false);
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
    UnitOfWork work;
    Outbox outbox;
    Locks locks;
    if (withUnitOfWork) {
      InMemoryOutbox box = new InMemoryOutbox();
      OutboxRelay relay = new OutboxRelay(box, host);
      work = new InMemoryUnitOfWork().afterCommit(relay::deliverPendingQuietly);
      outbox = box;
      locks = new InMemoryLocks();
    } else {
      work = UnitOfWork.direct();
      outbox = new PassThroughOutbox(host);
      locks = NO_LOCKS;
    }
    DunningService dunning = new DunningService(stores.cases(), new Aggregates(work, outbox));
    ContactGate gate =
        new ContactGate(
            CollectionsContactPolicy.standard(CALENDAR),
            stores.log(),
            new InMemoryPaymentStatus(),
            new SequentialIdGenerator("act"),
            work,
            locks);
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
