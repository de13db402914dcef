package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.CancelDecision;
import dev.revops.sales.order.CancelOutcome;
import dev.revops.sales.order.FulfilmentTrigger;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.order.OrderStatus;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.port.OrderRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Places orders and moves them through lifecycle, payment and fulfilment, through the ports: each
 * step saves the order with its loaded version and appends its events to the outbox in one unit of
 * work (joining the caller's), so a failure leaves neither a half-recorded payment or shipment nor
 * an event without its change. Thread-safe when its ports are.
 */
public final class OrderService {
  private final OrderRepository orders;
  private final Aggregates aggregates;
  private final IdGenerator ids;
  private final Clock clock;
  private final OrderPolicy policy;

  /**
   * Creates the service on the embedded unit of work and outbox ({@link SalesContext#embedded}).
   *
   * @param orders the store
   * @param events where events go after each commit
   * @param ids makes new ids
   * @param clock the clock
   * @param policy the cancellation window and expiry
   * @deprecated give the unit of work and outbox: {@link #OrderService(OrderRepository,
   *     SalesContext, OrderPolicy)}
   */
  @Deprecated
  public OrderService(
      OrderRepository orders,
      EventPublisher events,
      IdGenerator ids,
      Clock clock,
      OrderPolicy policy) {
    this(orders, SalesContext.embedded(events, ids, clock), policy);
  }

  /**
   * Creates the service.
   *
   * @param orders the store
   * @param context the unit of work, outbox, ids and clock
   * @param policy the cancellation window and expiry
   */
  public OrderService(OrderRepository orders, SalesContext context, OrderPolicy policy) {
    this.orders = requireNonNull(orders, "orders");
    this.aggregates = requireNonNull(context, "context").aggregates();
    this.ids = context.ids();
    this.clock = context.clock();
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * Places an order.
   *
   * @param account the customer
   * @param lines the lines
   * @return the stored order
   */
  public Order place(AccountId account, List<OrderLine> lines) {
    Changed<Order> c = Order.place(ids.next(OrderId::of), account, lines, clock.instant());
    return aggregates.create(orders, c).value();
  }

  /**
   * Fires a lifecycle trigger (approve, process, hold, reject, send, complete, reopen).
   *
   * @param id the order
   * @param trigger the trigger; CANCEL goes through {@link #cancel}
   * @return the stored order
   */
  public Order fire(OrderId id, OrderTrigger trigger) {
    if (trigger == OrderTrigger.CANCEL) {
      throw new IllegalArgumentException("cancel through cancel(id): it checks the window");
    }
    return change(id, o -> o.fire(trigger, clock.instant()));
  }

  /**
   * Cancels an order if the lifecycle and the cancellation window allow it.
   *
   * @param id the order
   * @return the outcome with its reason
   */
  public CancelOutcome cancel(OrderId id) {
    return aggregates.inTransaction(
        () -> {
          Order o = orders.get(id);
          CancelDecision d = o.cancellation(policy, clock.instant());
          if (!d.allowed()) {
            return new CancelOutcome(o, d);
          }
          return new CancelOutcome(change(id, x -> x.cancel(policy, clock.instant())), d);
        });
  }

  /**
   * Expires every order left unconfirmed longer than the policy allows, each order in its own unit
   * of work (a failure stops the pass; the orders expired before it stay expired, and a second pass
   * picks up the rest).
   *
   * @return the expired orders
   */
  public List<Order> expireUnconfirmed() {
    List<Order> expired = new ArrayList<>();
    for (Order o : orders.findByStatus(OrderStatus.CREATED)) {
      if (o.isExpired(policy, clock.instant())) {
        expired.add(change(o.id(), x -> x.fire(OrderTrigger.EXPIRE, clock.instant())));
      }
    }
    return expired;
  }

  /**
   * Records a captured payment.
   *
   * @param id the order
   * @param amount the amount
   * @return the stored order
   */
  public Order pay(OrderId id, Money amount) {
    return change(id, o -> o.pay(amount, clock.instant()));
  }

  /**
   * Records an authorisation.
   *
   * @param id the order
   * @return the stored order
   */
  public Order authorize(OrderId id) {
    return change(id, o -> o.authorize(clock.instant()));
  }

  /**
   * Records a shipment.
   *
   * @param id the order
   * @param quantities line number to quantity shipped
   * @return the stored order
   */
  public Order fulfil(OrderId id, Map<Integer, Long> quantities) {
    return change(id, o -> o.fulfil(quantities, clock.instant()));
  }

  /**
   * Holds or releases fulfilment.
   *
   * @param id the order
   * @param trigger HOLD or RELEASE
   * @return the stored order
   */
  public Order fulfilment(OrderId id, FulfilmentTrigger trigger) {
    return change(id, o -> o.fulfilment(trigger, clock.instant()));
  }

  /**
   * Returns the policy.
   *
   * @return the order policy
   */
  public OrderPolicy policy() {
    return policy;
  }

  private Order change(OrderId id, Function<Order, Changed<Order>> f) {
    return aggregates.change(orders, id, f).value();
  }
}
