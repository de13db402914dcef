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
import dev.revops.core.port.Repository;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.UuidIdGenerator;
import java.time.Clock;

/**
 * revops-collections wired in one line: the stores, the event publisher, the clock and the contact
 * policy in, the use cases out.
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
 * <p>Immutable and thread-safe when its stores and publisher are. It starts nothing and holds no
 * state of its own beyond the services.
 */
public final class CollectionsModule {
  private final Stores stores;
  private final Clock clock;
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
    this.dunning = new DunningService(stores.dunningCases(), events);
    this.gate = new ContactGate(policy, stores.activityLog(), stores.paymentStatus(), ids);
    this.dispatcher = new DunningDispatcher(dunning, gate);
    this.promises = new PromiseService(stores.promises(), events);
    this.plans = new PlanService(stores.plans(), events);
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
   * events, clock and contact policy; ids default to random UUIDs.
   */
  public static final class Builder {
    private Stores stores;
    private EventPublisher events;
    private Clock clock;
    private ContactPolicy<DebtContactRequest> contactPolicy;
    private IdGenerator ids;

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
     * Sets where committed events go.
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
