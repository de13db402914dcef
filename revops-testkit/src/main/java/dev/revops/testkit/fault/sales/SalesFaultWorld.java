package dev.revops.testkit.fault.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.AccountRepository;
import dev.revops.core.port.ContactRepository;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.OutboxRelay;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.Sales;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.port.LeadRepository;
import dev.revops.sales.port.OpportunityRepository;
import dev.revops.sales.port.OrderRepository;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.service.SalesStores;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultyUnitOfWork;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of a sales fault scenario: the adapters, a {@link Sales} wired over them with every
 * repository, the outbox and the unit of work's commit wrapped by the {@link FaultPlan}, a second
 * {@link #setup() Sales} over the same adapters without faults (to prepare the books before the use
 * case under test), and a relay from the outbox to a recording publisher that only {@link
 * #deliver()} runs (the host owns delivery, so the suite sees exactly what the outbox holds). Not
 * thread-safe: one world per run.
 */
public final class SalesFaultWorld {
  /** The instant the world's clock starts at. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static final String[] COUNTED = {
    "find",
    "get",
    "save",
    "duplicateCandidates",
    "findByAccount",
    "findByStatus",
    "findByOrder",
    "record",
    "forAccount"
  };

  private final FaultPlan plan;
  private final SalesAdapters adapters;
  private final Sales sales;
  private final Sales setup;
  private final InMemoryEventPublisher delivered = new InMemoryEventPublisher();
  private final OutboxRelay relay;
  private final ManualClock clock = new ManualClock(T0, ZoneOffset.UTC);

  /**
   * Builds a world.
   *
   * @param adapters fresh, empty adapters (never null)
   * @param plan the plan of this run (never null)
   */
  public SalesFaultWorld(SalesAdapters adapters, FaultPlan plan) {
    this.adapters = requireNonNull(adapters, "adapters");
    this.plan = requireNonNull(plan, "plan");
    SalesStores real = adapters.stores();
    SalesStores wrapped =
        new SalesStores(
            plan.wrap(LeadRepository.class, real.leads(), "leads", COUNTED),
            plan.wrap(OpportunityRepository.class, real.opportunities(), "opportunities", COUNTED),
            plan.wrap(OrderRepository.class, real.orders(), "orders", COUNTED),
            plan.wrap(ReturnRepository.class, real.returns(), "returns", COUNTED),
            plan.wrap(CaseRepository.class, real.cases(), "cases", COUNTED),
            plan.wrap(AccountRepository.class, real.accounts(), "accounts", COUNTED),
            plan.wrap(ContactRepository.class, real.contacts(), "contacts", COUNTED),
            plan.wrap(FeedbackLog.class, real.feedback(), "feedback", COUNTED),
            real.valuation());
    SequentialIdGenerator ids = new SequentialIdGenerator("id");
    this.sales =
        Sales.builder()
            .stores(wrapped)
            .unitOfWork(new FaultyUnitOfWork(adapters.unitOfWork(), plan))
            .outbox(plan.wrap(Outbox.class, adapters.outbox(), "outbox", "publish"))
            .locks(adapters.locks())
            .ids(ids)
            .clock(clock)
            .build();
    this.setup =
        Sales.builder()
            .stores(real)
            .unitOfWork(adapters.unitOfWork())
            .outbox(adapters.outbox())
            .locks(adapters.locks())
            .ids(ids)
            .clock(clock)
            .build();
    this.relay = new OutboxRelay(adapters.outbox(), delivered);
  }

  /**
   * Returns the module under test, whose ports fail as planned.
   *
   * @return the module
   */
  public Sales sales() {
    return sales;
  }

  /**
   * Returns a module over the same adapters without faults, to prepare the books.
   *
   * @return the module
   */
  public Sales setup() {
    return setup;
  }

  /**
   * Returns the real (unwrapped) stores, to check what was committed.
   *
   * @return the stores
   */
  public SalesStores stores() {
    return adapters.stores();
  }

  /**
   * Returns the real outbox.
   *
   * @return the outbox
   */
  public Outbox outbox() {
    return adapters.outbox();
  }

  /**
   * Returns the world's clock.
   *
   * @return the clock
   */
  public ManualClock clock() {
    return clock;
  }

  /**
   * Returns this run's plan.
   *
   * @return the plan
   */
  public FaultPlan plan() {
    return plan;
  }

  /** Delivers every pending event to the recording publisher. */
  public void deliver() {
    relay.deliverPending();
  }

  /** Delivers what the setup left pending and forgets it, so checks see the use case's events. */
  public void forgetSetupEvents() {
    deliver();
    delivered.clear();
  }

  /**
   * Returns the events delivered so far (after {@link #forgetSetupEvents()}), in delivery order.
   *
   * @return a snapshot
   */
  public List<DomainEvent> delivered() {
    return delivered.published();
  }

  /**
   * Returns how many delivered events have a type name.
   *
   * @param type e.g. {@code "LeadConverted"}
   * @return the count
   */
  public long deliveredCount(String type) {
    return delivered().stream().filter(e -> e.type().equals(type)).count();
  }

  /**
   * Asserts the outbox invariants after the relay ran: nothing pending (none lost), no event
   * delivered twice, and no event about an aggregate that was never committed (none invented by an
   * attempt that rolled back).
   *
   * @throws AssertionError when one fails
   */
  public void checkEventsDeliveredOnce() {
    deliver();
    if (outbox().pendingCount() != 0) {
      throw new AssertionError(outbox().pendingCount() + " events left pending in the outbox");
    }
    Set<Object> ids = new HashSet<>();
    Set<String> aggregates = committedAggregateIds();
    for (DomainEvent e : delivered()) {
      if (!ids.add(e.eventId())) {
        throw new AssertionError("event delivered twice: " + e.type() + " " + e.eventId());
      }
      if (!aggregates.contains(e.aggregateId())) {
        throw new AssertionError(
            "event " + e.type() + " about " + e.aggregateId() + ", which was never committed");
      }
    }
  }

  private Set<String> committedAggregateIds() {
    SalesStores s = stores();
    List<Aggregate<?, ?>> all = new ArrayList<>();
    Stream.of(
            s.leads().findAll(),
            s.opportunities().findAll(),
            s.orders().findAll(),
            s.returns().findAll(),
            s.cases().findAll(),
            s.accounts().findAll(),
            s.contacts().findAll())
        .forEach(all::addAll);
    Set<String> ids = new HashSet<>();
    for (Aggregate<?, ?> a : all) {
      ids.add(String.valueOf(a.id()));
    }
    return ids;
  }
}
