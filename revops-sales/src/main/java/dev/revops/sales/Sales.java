package dev.revops.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.service.OutboxRelay;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.returns.RefundPolicy;
import dev.revops.sales.service.CaseService;
import dev.revops.sales.service.LeadRules;
import dev.revops.sales.service.LeadService;
import dev.revops.sales.service.OpportunityService;
import dev.revops.sales.service.OrderService;
import dev.revops.sales.service.ReturnService;
import dev.revops.sales.service.SalesContext;
import dev.revops.sales.service.SalesStores;
import dev.revops.sales.servicecase.EscalationPolicy;
import dev.revops.sales.servicecase.SlaPolicies;
import java.time.Clock;
import java.util.Optional;

/**
 * revops-sales wired in one line: the use-case services over one set of ports, one unit of work,
 * one outbox, one set of locks, one id generator and one clock.
 *
 * <pre>{@code
 * Sales sales = Sales.builder()
 *     .stores(SalesStores.inMemory())      // or the host's adapters
 *     .events(events)
 *     .ids(ids)
 *     .clock(clock)
 *     .build();
 * Lead lead = sales.leads().capture(form).lead();
 * }</pre>
 *
 * <p>Every use case runs in the {@link #unitOfWork() unit of work} (default: a new {@link
 * InMemoryUnitOfWork}) and appends its events to the {@link #outbox() outbox} in it. When the
 * builder is given no outbox it makes an {@link InMemoryOutbox} and an {@link OutboxRelay} from it
 * to {@link Builder#events(EventPublisher) events}; with an in-memory unit of work the relay runs
 * after each commit, so events reach {@code events} right after their change commits (with another
 * unit of work the host runs {@link #relay()} itself). When the builder is given an outbox it makes
 * no relay: the host owns delivery (and {@code events} is not needed). Lead captures and
 * conversions are serialised through the {@link #locks() locks} (default: new {@link
 * InMemoryLocks}; share one instance, or one database, between every instance of the host's
 * application).
 *
 * <p>The lead rules default to {@link LeadRules#standard()} (their pipeline is also the one {@link
 * #opportunities()} uses), orders to {@link OrderPolicy#defaults()}, refunds to {@link
 * RefundPolicy#full()}; service cases need their SLA and escalation policies only when {@link
 * #cases()} is called. Immutable; thread-safe when its ports, publisher and id generator are. The
 * services are made once, in {@link Builder#build()}.
 */
public final class Sales {
  private final SalesStores stores;
  private final SalesContext context;
  private final OutboxRelay relay;
  private final LeadService leads;
  private final OpportunityService opportunities;
  private final OrderService orders;
  private final ReturnService returns;
  private final CaseService cases;

  private Sales(Builder b) {
    this.stores = b.stores;
    IdGenerator ids = required(b.ids, "ids");
    Clock clock = required(b.clock, "clock");
    UnitOfWork work = b.work != null ? b.work : new InMemoryUnitOfWork();
    Outbox outbox;
    if (b.outbox != null) {
      outbox = b.outbox;
      this.relay = null;
    } else {
      EventPublisher events = required(b.events, "events");
      outbox = new InMemoryOutbox();
      this.relay = new OutboxRelay(outbox, events);
      if (work instanceof InMemoryUnitOfWork memory) {
        memory.afterCommit(relay::deliverPendingQuietly);
      }
    }
    Locks locks = b.locks != null ? b.locks : new InMemoryLocks();
    this.context = new SalesContext(work, outbox, locks, ids, clock);
    PipelineConfig pipeline = b.leadRules.pipeline();
    this.leads = new LeadService(stores, context).withRules(b.leadRules);
    this.opportunities = new OpportunityService(stores.opportunities(), context, pipeline);
    this.orders = new OrderService(stores.orders(), context, b.orderPolicy);
    this.returns = new ReturnService(stores.returns(), stores.orders(), context, b.refundPolicy);
    this.cases =
        b.slas == null || b.escalation == null
            ? null
            : new CaseService(stores, context, b.slas, b.escalation);
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Sales.builder(): " + name + "(...) is required");
    }
    return value;
  }

  /**
   * Starts a builder. The ids and the clock must be given, and the events unless an outbox is; the
   * rest has defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ports the services use.
   *
   * @return the stores
   */
  public SalesStores stores() {
    return stores;
  }

  /**
   * Returns the unit of work every use case runs in.
   *
   * @return the unit of work
   */
  public UnitOfWork unitOfWork() {
    return context.work();
  }

  /**
   * Returns the outbox every use case appends its events to.
   *
   * @return the outbox
   */
  public Outbox outbox() {
    return context.outbox();
  }

  /**
   * Returns the relay from the outbox to the host's publisher, when the builder made one (it was
   * given no outbox).
   *
   * @return the relay, or empty when the host owns delivery
   */
  public Optional<OutboxRelay> relay() {
    return Optional.ofNullable(relay);
  }

  /**
   * Returns the locks lead captures and conversions are serialised through.
   *
   * @return the locks
   */
  public Locks locks() {
    return context.locks();
  }

  /**
   * Returns everything the services run on besides their stores (unit of work, outbox, locks, ids,
   * clock), to build a service by hand on the same wiring.
   *
   * @return the context
   */
  public SalesContext context() {
    return context;
  }

  /**
   * Returns the lead use cases (capture, work, convert).
   *
   * @return the service
   */
  public LeadService leads() {
    return leads;
  }

  /**
   * Returns the pipeline use cases (open, move, win, lose).
   *
   * @return the service
   */
  public OpportunityService opportunities() {
    return opportunities;
  }

  /**
   * Returns the order use cases (place, confirm, pay, fulfil, cancel, expire).
   *
   * @return the service
   */
  public OrderService orders() {
    return orders;
  }

  /**
   * Returns the return and refund use cases.
   *
   * @return the service
   */
  public ReturnService returns() {
    return returns;
  }

  /**
   * Returns the service-case use cases.
   *
   * @return the service
   * @throws IllegalStateException when the builder was given no SLA or escalation policy
   */
  public CaseService cases() {
    if (cases == null) {
      throw new IllegalStateException(
          "Sales.builder(): slas(...) and escalation(...) are required for cases()");
    }
    return cases;
  }

  /**
   * Collects what a {@link Sales} needs. Not thread-safe: one builder per wiring. Null is never a
   * valid argument.
   */
  public static final class Builder {
    private SalesStores stores = SalesStores.inMemory();
    private EventPublisher events;
    private UnitOfWork work;
    private Outbox outbox;
    private Locks locks;
    private IdGenerator ids;
    private Clock clock;
    private LeadRules leadRules = LeadRules.standard();
    private OrderPolicy orderPolicy = OrderPolicy.defaults();
    private RefundPolicy refundPolicy = RefundPolicy.full();
    private SlaPolicies slas;
    private EscalationPolicy escalation;

    private Builder() {}

    /**
     * The ports; by default {@link SalesStores#inMemory()}.
     *
     * @param stores the stores
     * @return this builder
     */
    public Builder stores(SalesStores stores) {
      this.stores = requireNonNull(stores, "stores");
      return this;
    }

    /**
     * The host's publisher: where the relay delivers committed events (required unless an {@link
     * #outbox(Outbox) outbox} is given).
     *
     * @param events the publisher
     * @return this builder
     */
    public Builder events(EventPublisher events) {
      this.events = requireNonNull(events, "events");
      return this;
    }

    /**
     * The unit of work every use case runs in; by default a new {@link InMemoryUnitOfWork}. Give
     * the one other modules share, so a host's call across modules is one unit of work.
     *
     * @param work the unit of work
     * @return this builder
     */
    public Builder unitOfWork(UnitOfWork work) {
      this.work = requireNonNull(work, "work");
      return this;
    }

    /**
     * The outbox every use case appends its events to, in its unit of work. Given one, the builder
     * makes no relay: the host delivers it (for example one {@link OutboxRelay} shared by every
     * module). By default a new {@link InMemoryOutbox} with a relay to {@link
     * #events(EventPublisher) events}.
     *
     * @param outbox the outbox
     * @return this builder
     */
    public Builder outbox(Outbox outbox) {
      this.outbox = requireNonNull(outbox, "outbox");
      return this;
    }

    /**
     * The locks lead captures (per normalised e-mail and phone) and conversions (per lead) are
     * serialised through; by default new {@link InMemoryLocks}. A host with several instances gives
     * one backed by its database.
     *
     * @param locks the locks
     * @return this builder
     */
    public Builder locks(Locks locks) {
      this.locks = requireNonNull(locks, "locks");
      return this;
    }

    /**
     * Makes the ids of new leads, accounts, contacts, opportunities, orders, returns and cases
     * (required).
     *
     * @param ids the generator
     * @return this builder
     */
    public Builder ids(IdGenerator ids) {
      this.ids = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The clock every use case reads "now" from (required).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The lead lifecycle, duplicate detector and pipeline; by default {@link LeadRules#standard()}.
     * The pipeline is also the opportunities' one.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder leadRules(LeadRules rules) {
      this.leadRules = requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The order policy; by default {@link OrderPolicy#defaults()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder orderPolicy(OrderPolicy policy) {
      this.orderPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The refund policy; by default {@link RefundPolicy#full()}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder refundPolicy(RefundPolicy policy) {
      this.refundPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The SLA policies of service cases (needed for {@link Sales#cases()}).
     *
     * @param policies the policies
     * @return this builder
     */
    public Builder slas(SlaPolicies policies) {
      this.slas = requireNonNull(policies, "policies");
      return this;
    }

    /**
     * When incidents escalate to the account's owner (needed for {@link Sales#cases()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder escalation(EscalationPolicy policy) {
      this.escalation = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Wires the services.
     *
     * @return the wired module
     * @throws IllegalStateException naming the first required part that is missing
     */
    public Sales build() {
      return new Sales(this);
    }
  }
}
