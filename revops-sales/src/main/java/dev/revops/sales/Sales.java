package dev.revops.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.returns.RefundPolicy;
import dev.revops.sales.service.CaseService;
import dev.revops.sales.service.LeadRules;
import dev.revops.sales.service.LeadService;
import dev.revops.sales.service.OpportunityService;
import dev.revops.sales.service.OrderService;
import dev.revops.sales.service.ReturnService;
import dev.revops.sales.service.SalesStores;
import dev.revops.sales.servicecase.EscalationPolicy;
import dev.revops.sales.servicecase.SlaPolicies;
import java.time.Clock;

/**
 * revops-sales wired in one line: the use-case services over one set of ports, one event publisher,
 * one id generator and one clock.
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
 * <p>The lead rules default to {@link LeadRules#standard()} (their pipeline is also the one {@link
 * #opportunities()} uses), orders to {@link OrderPolicy#defaults()}, refunds to {@link
 * RefundPolicy#full()}; service cases need their SLA and escalation policies only when {@link
 * #cases()} is called. Immutable; thread-safe when its ports, publisher and id generator are. The
 * services are made once, in {@link Builder#build()}.
 */
public final class Sales {
  private final SalesStores stores;
  private final LeadService leads;
  private final OpportunityService opportunities;
  private final OrderService orders;
  private final ReturnService returns;
  private final CaseService cases;

  private Sales(Builder b) {
    this.stores = b.stores;
    EventPublisher events = required(b.events, "events");
    IdGenerator ids = required(b.ids, "ids");
    Clock clock = required(b.clock, "clock");
    PipelineConfig pipeline = b.leadRules.pipeline();
    this.leads = new LeadService(stores, events, ids, clock).withRules(b.leadRules);
    this.opportunities =
        new OpportunityService(stores.opportunities(), events, ids, clock, pipeline);
    this.orders = new OrderService(stores.orders(), events, ids, clock, b.orderPolicy);
    this.returns =
        new ReturnService(stores.returns(), stores.orders(), events, ids, clock, b.refundPolicy);
    this.cases =
        b.slas == null || b.escalation == null
            ? null
            : new CaseService(
                stores.cases(),
                stores.accounts(),
                stores.valuation(),
                stores.feedback(),
                events,
                ids,
                clock,
                b.slas,
                b.escalation);
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Sales.builder(): " + name + "(...) is required");
    }
    return value;
  }

  /**
   * Starts a builder. The events, the ids and the clock must be given; the rest has defaults.
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
     * Where committed events go (required).
     *
     * @param events the publisher
     * @return this builder
     */
    public Builder events(EventPublisher events) {
      this.events = requireNonNull(events, "events");
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
