package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.event.Changed;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.Locks;
import dev.revops.core.service.Aggregates;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.port.OrderRepository;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.returns.Refund;
import dev.revops.sales.returns.RefundCalculator;
import dev.revops.sales.returns.RefundPolicy;
import dev.revops.sales.returns.ReturnAuthorization;
import dev.revops.sales.returns.ReturnLine;
import dev.revops.sales.returns.ReturnStatus;
import dev.revops.sales.returns.ReturnTrigger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Handles returns (RMAs) of orders: request (partial, per line, never more than shipped and not
 * already returned), accept, receive, refund (computed by {@link RefundCalculator} and recorded on
 * the order) and cancel. Each use case is one unit of work (a refund saves the order and the return
 * and appends both their events together, or nothing), and the requests and refunds of one order
 * are serialised through the {@link dev.revops.core.port.Locks} subject of the order, so two
 * concurrent requests can never return more than was shipped. Thread-safe when its ports are.
 */
public final class ReturnService {
  private final ReturnRepository returns;
  private final OrderRepository orders;
  private final Locks locks;
  private final Aggregates aggregates;
  private final IdGenerator ids;
  private final Clock clock;
  private final RefundPolicy policy;

  /**
   * Creates the service on the embedded unit of work and outbox ({@link SalesContext#embedded}).
   *
   * @param returns the return store
   * @param orders the order store
   * @param events where events go after each commit
   * @param ids makes new ids
   * @param clock the clock
   * @param policy the refund policy
   * @deprecated give the unit of work and outbox: {@link #ReturnService(ReturnRepository,
   *     OrderRepository, SalesContext, RefundPolicy)}
   */
  @Deprecated
  public ReturnService(
      ReturnRepository returns,
      OrderRepository orders,
      EventPublisher events,
      IdGenerator ids,
      Clock clock,
      RefundPolicy policy) {
    this(returns, orders, SalesContext.embedded(events, ids, clock), policy);
  }

  /**
   * Creates the service.
   *
   * @param returns the return store
   * @param orders the order store
   * @param context the unit of work, outbox, locks, ids and clock
   * @param policy the refund policy
   */
  public ReturnService(
      ReturnRepository returns, OrderRepository orders, SalesContext context, RefundPolicy policy) {
    this.returns = requireNonNull(returns, "returns");
    this.orders = requireNonNull(orders, "orders");
    this.aggregates = requireNonNull(context, "context").aggregates();
    this.locks = context.locks();
    this.ids = context.ids();
    this.clock = context.clock();
    this.policy = requireNonNull(policy, "policy");
  }

  private <T> T forOrder(OrderId order, Supplier<T> work) {
    return locks.withLock(
        "sales.order.returns:" + order.value(), () -> aggregates.inTransaction(work));
  }

  /**
   * Requests a return.
   *
   * @param order the order
   * @param lines the quantities per line
   * @param reason the customer's reason
   * @return the stored return
   * @throws InvalidInputException naming every line that is unknown or returns more than shipped
   *     and not yet returned
   */
  public ReturnAuthorization request(OrderId order, List<ReturnLine> lines, String reason) {
    requireNonNull(order, "order");
    requireNonNull(lines, "lines");
    return forOrder(order, () -> doRequest(order, lines, reason));
  }

  private ReturnAuthorization doRequest(OrderId order, List<ReturnLine> lines, String reason) {
    Order o = orders.get(order);
    Map<Integer, Long> open = returnedOrPending(order, false);
    List<Violation> problems = new ArrayList<>();
    Map<Integer, Long> asked = new HashMap<>();
    for (ReturnLine r : lines) {
      asked.merge(r.lineNo(), r.quantity(), Long::sum);
    }
    asked.forEach(
        (lineNo, q) -> {
          OrderLine l = o.line(lineNo).orElse(null);
          if (l == null) {
            problems.add(new Violation("lines[" + lineNo + "]", "no such order line"));
          } else {
            long returnable = l.fulfilled() - open.getOrDefault(lineNo, 0L);
            if (q > returnable) {
              problems.add(
                  new Violation(
                      "lines[" + lineNo + "]",
                      "at most " + returnable + " can be returned (shipped and not yet returned)"));
            }
          }
        });
    if (lines.isEmpty()) {
      problems.add(new Violation("lines", "a return needs at least one line"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("return request", problems);
    }
    Changed<ReturnAuthorization> c =
        ReturnAuthorization.request(ids.next(ReturnId::of), order, lines, reason, clock.instant());
    return aggregates.create(returns, c).value();
  }

  /**
   * Fires ACCEPT, RECEIVE or CANCEL.
   *
   * @param id the return
   * @param trigger the trigger
   * @return the stored return
   */
  public ReturnAuthorization fire(ReturnId id, ReturnTrigger trigger) {
    return aggregates.change(returns, id, r -> r.fire(trigger, clock.instant())).value();
  }

  /**
   * Refunds a received return (or an accepted one: a manual refund), records the refund on the
   * order and completes the return.
   *
   * @param id the return
   * @return the completed return with its refund
   */
  public ReturnAuthorization refund(ReturnId id) {
    requireNonNull(id, "id");
    OrderId order = returns.get(id).order();
    return forOrder(order, () -> doRefund(id));
  }

  private ReturnAuthorization doRefund(ReturnId id) {
    ReturnAuthorization r = returns.get(id);
    Order o = orders.get(r.order());
    Refund refund =
        RefundCalculator.compute(o, r.lines(), returnedOrPending(r.order(), true), policy);
    Changed<ReturnAuthorization> done = r.complete(refund, clock.instant());
    if (refund.amount().isPositive()) {
      aggregates.commit(orders, o, o.refund(refund.amount(), clock.instant()));
    }
    return aggregates.commit(returns, r, done).value();
  }

  /**
   * Returns per line the quantities of an order's returns: completed only, or all not cancelled.
   *
   * @param order the order
   * @param completedOnly true for refunded returns only
   * @return line number to quantity
   */
  private Map<Integer, Long> returnedOrPending(OrderId order, boolean completedOnly) {
    Map<Integer, Long> result = new HashMap<>();
    for (ReturnAuthorization r : returns.findByOrder(order)) {
      boolean counts =
          completedOnly
              ? r.status() == ReturnStatus.COMPLETED
              : r.status() != ReturnStatus.CANCELLED;
      if (r.order().equals(order) && counts) {
        for (ReturnLine l : r.lines()) {
          result.merge(l.lineNo(), l.quantity(), Long::sum);
        }
      }
    }
    return result;
  }
}
