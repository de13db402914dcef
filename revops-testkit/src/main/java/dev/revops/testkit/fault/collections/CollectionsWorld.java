package dev.revops.testkit.fault.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.CollectionsModule;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.Jurisdiction;
import dev.revops.collections.port.ActivityLog;
import dev.revops.collections.port.PaymentStatusPort;
import dev.revops.collections.port.PlanRepository;
import dev.revops.collections.port.PromiseRepository;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.OutboxEntry;
import dev.revops.core.port.Repository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.OutboxRelay;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultyUnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a collections fault scenario: a {@link CollectionsModule} over a backend's fresh
 * adapters, every store, the activity log, the payment status and the outbox wrapped by the {@link
 * FaultPlan}, the unit of work wrapped by a {@link FaultyUnitOfWork}; the module's events go to the
 * outbox only, and a relay (on the real outbox) delivers them to a recording publisher when the
 * scenario says so. The raw adapters are kept for checks, which must not count as calls. Not
 * thread-safe (one run, one thread).
 */
public final class CollectionsWorld {
  /** The time zone of the scenarios' debtor. */
  public static final ZoneId NY = ZoneId.of("America/New_York");

  private final CollectionsModule.Stores raw;
  private final Outbox outbox;
  private final OutboxRelay relay;
  private final List<DomainEvent> delivered = new ArrayList<>();
  private final CollectionsModule module;

  /**
   * Builds the world.
   *
   * @param backend where the fresh adapters come from (never null)
   * @param plan the fault plan of this run (never null)
   */
  @SuppressWarnings("unchecked")
  public CollectionsWorld(CollectionsBackend backend, FaultPlan plan) {
    requireNonNull(backend, "backend");
    requireNonNull(plan, "plan");
    this.raw = backend.newStores();
    this.outbox = backend.newOutbox();
    EventPublisher recording = delivered::addAll;
    this.relay = new OutboxRelay(outbox, recording);
    CollectionsModule.Stores wrapped =
        new CollectionsModule.Stores(
            plan.wrap(Repository.class, raw.dunningCases(), "dunningCases"),
            plan.wrap(PromiseRepository.class, raw.promises(), "promises"),
            plan.wrap(PlanRepository.class, raw.plans(), "plans"),
            plan.wrap(ActivityLog.class, raw.activityLog(), "activityLog"),
            plan.wrap(PaymentStatusPort.class, raw.paymentStatus(), "paymentStatus"));
    this.module =
        CollectionsModule.builder()
            .stores(wrapped)
            .events(recording)
            .outbox(plan.wrap(Outbox.class, outbox, "outbox", "publish"))
            .unitOfWork(new FaultyUnitOfWork(backend.newUnitOfWork(), plan))
            .locks(backend.newLocks())
            .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
            .contactPolicy(
                CollectionsContactPolicy.forJurisdiction(
                    Jurisdiction.US_FEDERAL, BusinessCalendar.builder(NY).build()))
            .ids(new SequentialIdGenerator("act-"))
            .build();
  }

  /**
   * Returns the module whose ports the plan wraps: the use cases under test.
   *
   * @return the module
   */
  public CollectionsModule module() {
    return module;
  }

  /**
   * Returns the stores without the plan's wrapping, for set-up and checks.
   *
   * @return the raw stores
   */
  public CollectionsModule.Stores raw() {
    return raw;
  }

  /**
   * Returns the events committed to the outbox and not delivered yet.
   *
   * @return the pending events, oldest first
   */
  public List<DomainEvent> pendingEvents() {
    List<DomainEvent> out = new ArrayList<>();
    for (OutboxEntry e : outbox.pending(Integer.MAX_VALUE)) {
      out.add(e.event());
    }
    return out;
  }

  /**
   * Delivers every pending event to the recording publisher (the host's relay run).
   *
   * @return how many were delivered
   */
  public int deliver() {
    return relay.deliverPending();
  }

  /**
   * Returns the events delivered so far, in delivery order.
   *
   * @return a snapshot
   */
  public List<DomainEvent> delivered() {
    return List.copyOf(delivered);
  }

  /**
   * Returns every event committed so far: delivered, then pending.
   *
   * @return a snapshot
   */
  public List<DomainEvent> committedEvents() {
    List<DomainEvent> out = new ArrayList<>(delivered);
    out.addAll(pendingEvents());
    return out;
  }

  /**
   * Returns the ids of events, as text, in order.
   *
   * @param events the events
   * @return their ids
   */
  public static List<String> ids(List<DomainEvent> events) {
    return events.stream().map(e -> e.eventId().value()).toList();
  }
}
