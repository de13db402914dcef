package dev.revops.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.compliance.DebtContactRequest;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.port.ActivityLog;
import dev.revops.collections.port.PaymentStatusPort;
import dev.revops.collections.port.PlanRepository;
import dev.revops.collections.port.PromiseRepository;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.port.memory.InMemoryPlanRepository;
import dev.revops.collections.port.memory.InMemoryPromiseRepository;
import dev.revops.collections.service.ContactGate;
import dev.revops.collections.service.DunningDispatcher;
import dev.revops.collections.service.DunningService;
import dev.revops.collections.service.PlanService;
import dev.revops.collections.service.PromiseService;
import dev.revops.core.consent.ContactPolicy;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.Repository;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.UuidIdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.core.service.OutboxRelay;
import java.time.Clock;
import java.util.Optional;

/**
 * revops-collections wired in one line: the stores, the event publisher, the clock and the contact
 * policy in, the use cases out.
 *
 * <p>Every use case runs in the {@link #unitOfWork() unit of work} (a new {@link
 * InMemoryUnitOfWork} unless one is given) and appends its events to the {@link #outbox() outbox},
 * so a change, its activity-log entries and its events commit together or not at all. Without a
 * given outbox the module makes an {@link InMemoryOutbox} and a {@link #relay() relay} to the
 * host's publisher, which runs after each commit of an in-memory unit of work (the embedded
 * default); with a given outbox the host owns delivery and there is no relay. Contact decisions
 * serialise per debt through the {@link #locks() locks} (a new {@link InMemoryLocks} unless given):
 * share one {@link Locks} between every module instance over the same activity log, so the
 * frequency rules hold across them.
 *
 * <pre>{@code
 * CollectionsModule collections =
 *     CollectionsModule.builder()
 *         .stores(CollectionsModule.Stores.inMemory())
 *         .events(events)
 *         .clock(clock)
 *         .contactPolicy(CollectionsContactPolicy.forJurisdiction(Jurisdiction.US_FEDERAL, calendar))
 *         .build();
 * collections.dispatcher().run(facts, ladder, debtor, clock.instant());
 * }</pre>
 *
 * <p>Immutable and thread-safe when its stores, publisher, unit of work, outbox and locks are. It
 * starts nothing and holds no state of its own beyond the services.
 */
public final class CollectionsModule {
  private final Stores stores;
  private final Clock clock;
  private final UnitOfWork unitOfWork;
  private final Outbox outbox;
  private final OutboxRelay relay;
  private final Locks locks;
  private final DunningService dunning;
  private final ContactGate gate;
  private final DunningDispatcher dispatcher;
  private final PromiseService promises;
  private final PlanService plans;

  private CollectionsModule(Builder b) {
    this.stores = requireNonNull(b.stores, "stores");
    EventPublisher events = requireNonNull(b.events, "events");
    this.clock = requireNonNull(b.clock, "clock");
    ContactPolicy<DebtContactRequest> policy = requireNonNull(b.contactPolicy, "contactPolicy");
    IdGenerator ids = b.ids == null ? new UuidIdGenerator() : b.ids;
    this.unitOfWork = b.unitOfWork == null ? new InMemoryUnitOfWork() : b.unitOfWork;
    if (b.outbox == null) {
      this.outbox = new InMemoryOutbox();
      this.relay = new OutboxRelay(outbox, events);
      if (unitOfWork instanceof InMemoryUnitOfWork inMemory) {
        inMemory.afterCommit(relay::deliverPendingQuietly);
      }
    } else {
      this.outbox = b.outbox;
      this.relay = null;
    }
    this.locks = b.locks == null ? new InMemoryLocks() : b.locks;
    Aggregates aggregates = new Aggregates(unitOfWork, outbox);
    this.dunning = new DunningService(stores.dunningCases(), aggregates);
    this.gate =
        new ContactGate(
            policy, stores.activityLog(), stores.paymentStatus(), ids, unitOfWork, locks);
    this.dispatcher = new DunningDispatcher(dunning, gate);
    this.promises = new PromiseService(stores.promises(), aggregates);
    this.plans = new PlanService(stores.plans(), aggregates);
  }

  /**
   * Starts the wiring.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the dunning use case.
   *
   * @return the service, never null
   */
  public DunningService dunning() {
    return dunning;
  }

  /**
   * Returns the contact gate every debt contact goes through.
   *
   * @return the gate, never null
   */
  public ContactGate gate() {
    return gate;
  }

  /**
   * Returns dunning runs whose contacts pass the gate.
   *
   * @return the dispatcher, never null
   */
  public DunningDispatcher dispatcher() {
    return dispatcher;
  }

  /**
   * Returns the promise-to-pay use cases.
   *
   * @return the service, never null
   */
  public PromiseService promises() {
    return promises;
  }

  /**
   * Returns the payment-plan use cases.
   *
   * @return the service, never null
   */
  public PlanService plans() {
    return plans;
  }

  /**
   * Returns the unit of work every use case runs in.
   *
   * @return the unit of work, never null
   */
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /**
   * Returns the outbox every use case appends its events to.
   *
   * @return the outbox, never null
   */
  public Outbox outbox() {
    return outbox;
  }

  /**
   * Returns the relay from the outbox to the host's publisher, when the module made the outbox.
   *
   * @return the relay; empty when the host gave the outbox and delivers it itself
   */
  public Optional<OutboxRelay> relay() {
    return Optional.ofNullable(relay);
  }

  /**
   * Returns the per-debt locks contact decisions serialise on.
   *
   * @return the locks, never null
   */
  public Locks locks() {
    return locks;
  }

  /**
   * Returns the stores the services use.
   *
   * @return the stores, never null
   */
  public Stores stores() {
    return stores;
  }

  /**
   * Returns the clock the host reads "now" from for the services' instants.
   *
   * @return the clock, never null
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Where collections keeps its state: the ports a host implements (or takes from {@link
   * #inMemory()}). Immutable; thread-safe when its parts are.
   *
   * @param dunningCases dunning states keyed by account, never null
   * @param promises promises to pay, never null
   * @param plans payment plans, never null
   * @param activityLog the append-only contact log, never null
   * @param paymentStatus the latest-payment check, never null
   */
  public record Stores(
      Repository<AccountId, DunningCase> dunningCases,
      PromiseRepository promises,
      PlanRepository plans,
      ActivityLog activityLog,
      PaymentStatusPort paymentStatus) {
    /** Checks the parts. */
    public Stores {
      requireNonNull(dunningCases, "dunningCases");
      requireNonNull(promises, "promises");
      requireNonNull(plans, "plans");
      requireNonNull(activityLog, "activityLog");
      requireNonNull(paymentStatus, "paymentStatus");
    }

    /**
     * Fresh, empty, indexed in-memory stores: the embedded default for prototypes, the demo and
     * tests. The payment status is an {@link InMemoryPaymentStatus} the host updates.
     *
     * @return the stores
     */
    public static Stores inMemory() {
      return new Stores(
          new InMemoryRepository<>(DunningService.TYPE_NAME),
          new InMemoryPromiseRepository(),
          new InMemoryPlanRepository(),
          new InMemoryActivityLog(),
          new InMemoryPaymentStatus());
    }
  }

  /**
   * Collects the wiring; {@link #build()} checks it. Mutable and not thread-safe. Required: stores,
   * events, clock and contact policy; ids default to random UUIDs, the unit of work to a new {@link
   * InMemoryUnitOfWork}, the outbox to a new {@link InMemoryOutbox} delivered to the events by a
   * relay, the locks to a new {@link InMemoryLocks}.
   */
  public static final class Builder {
    private Stores stores;
    private EventPublisher events;
    private Clock clock;
    private ContactPolicy<DebtContactRequest> contactPolicy;
    private IdGenerator ids;
    private UnitOfWork unitOfWork;
    private Outbox outbox;
    private Locks locks;

    private Builder() {}

    /**
     * Sets the stores.
     *
     * @param value the stores, e.g. {@link Stores#inMemory()}; never null
     * @return this builder
     */
    public Builder stores(Stores value) {
      this.stores = value;
      return this;
    }

    /**
     * Sets the host's publisher: where committed events go (the relay's target when the module
     * makes the outbox).
     *
     * @param value the publisher, never null
     * @return this builder
     */
    public Builder events(EventPublisher value) {
      this.events = value;
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param value the clock, never null
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Sets the compliance policy the gate asks.
     *
     * @param value e.g. {@code CollectionsContactPolicy.forJurisdiction(...)}; never null
     * @return this builder
     */
    public Builder contactPolicy(ContactPolicy<DebtContactRequest> value) {
      this.contactPolicy = value;
      return this;
    }

    /**
     * Sets how activity ids are made.
     *
     * @param value the generator; random UUIDs unless set
     * @return this builder
     */
    public Builder ids(IdGenerator value) {
      this.ids = value;
      return this;
    }

    /**
     * Sets the unit of work every use case runs in.
     *
     * @param value e.g. the host's, shared with the other modules; a new {@link InMemoryUnitOfWork}
     *     unless set
     * @return this builder
     */
    public Builder unitOfWork(UnitOfWork value) {
      this.unitOfWork = value;
      return this;
    }

    /**
     * Sets the outbox events are appended to; the host then delivers it (the module makes no
     * relay).
     *
     * @param value the outbox; unless set, a new {@link InMemoryOutbox} with a relay to the events
     * @return this builder
     */
    public Builder outbox(Outbox value) {
      this.outbox = value;
      return this;
    }

    /**
     * Sets the per-debt locks contact decisions serialise on.
     *
     * @param value shared by every module instance over the same activity log; a new {@link
     *     InMemoryLocks} unless set
     * @return this builder
     */
    public Builder locks(Locks value) {
      this.locks = value;
      return this;
    }

    /**
     * Wires the services.
     *
     * @return the module
     * @throws NullPointerException naming the first required part not set
     */
    public CollectionsModule build() {
      return new CollectionsModule(this);
    }
  }
}
