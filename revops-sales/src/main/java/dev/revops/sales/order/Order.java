package dev.revops.sales.order;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.event.Changed;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.OrderEvents.OrderFulfilmentChanged;
import dev.revops.sales.order.OrderEvents.OrderPaymentChanged;
import dev.revops.sales.order.OrderEvents.OrderPlaced;
import dev.revops.sales.order.OrderEvents.OrderStatusChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's order: lines, a lifecycle status, and separate payment and fulfilment statuses. Paid
 * and refunded amounts are tracked exactly; refunds never exceed what was paid. Immutable and
 * thread-safe; changes return a {@link Changed} with the events.
 *
 * @param id the id
 * @param account the customer
 * @param lines the lines, at least one, all in one currency
 * @param status the lifecycle status
 * @param payment the payment status
 * @param fulfilment the fulfilment status
 * @param paid the total paid (captured)
 * @param refunded the total refunded
 * @param placedAt when it was placed
 * @param version the stored version
 */
public record Order(
    OrderId id,
    AccountId account,
    List<OrderLine> lines,
    OrderStatus status,
    PaymentStatus payment,
    FulfilmentStatus fulfilment,
    Money paid,
    Money refunded,
    Instant placedAt,
    long version)
    implements Aggregate<OrderId, Order> {

  /**
   * Checks the parts: lines present, unique numbers, one currency, refunded between zero and paid.
   */
  public Order {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(status, "status");
    requireNonNull(payment, "payment");
    requireNonNull(fulfilment, "fulfilment");
    requireNonNull(paid, "paid");
    requireNonNull(refunded, "refunded");
    requireNonNull(placedAt, "placedAt");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("order " + id + ": needs at least one line");
    }
    Set<Integer> numbers = new HashSet<>();
    for (OrderLine l : lines) {
      if (!numbers.add(l.lineNo())) {
        throw new IllegalArgumentException("order " + id + ": line " + l.lineNo() + " twice");
      }
      if (!l.unitPrice().isSameCurrency(paid)) {
        throw new IllegalArgumentException("order " + id + ": all lines must be in one currency");
      }
    }
    if (paid.isNegative() || refunded.isNegative() || refunded.isGreaterThan(paid)) {
      throw new IllegalArgumentException("order " + id + ": needs 0 <= refunded <= paid");
    }
  }

  /**
   * Places an order.
   *
   * @param id the id
   * @param account the customer
   * @param lines the lines
   * @param at when
   * @return the order and {@link OrderPlaced}
   */
  public static Changed<Order> place(
      OrderId id, AccountId account, List<OrderLine> lines, Instant at) {
    if (lines.isEmpty()) {
      throw InvalidInputException.of("order", "lines", "an order needs at least one line");
    }
    Money zero = Money.zero(lines.get(0).unitPrice().currency());
    Order o =
        new Order(
            id,
            account,
            lines,
            OrderStatus.CREATED,
            PaymentStatus.PENDING,
            FulfilmentStatus.UNFULFILLED,
            zero,
            zero,
            at,
            NEW);
    return Changed.of(
        o, new OrderPlaced(EventId.forChange(id, NEW, OrderPlaced.class), id, o.total(), at));
  }

  /**
   * Returns the order's total: the sum of line totals (net plus tax).
   *
   * @return the total
   */
  public Money total() {
    Money t = Money.zero(paid.currency());
    for (OrderLine l : lines) {
      t = t.plus(l.total());
    }
    return t;
  }

  /**
   * Returns what is still to pay.
   *
   * @return total minus paid
   */
  public Money amountDue() {
    return total().minus(paid);
  }

  /**
   * Finds a line.
   *
   * @param lineNo the number
   * @return the line, or empty
   */
  public Optional<OrderLine> line(int lineNo) {
    return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
  }

  /**
   * Moves the lifecycle.
   *
   * @param trigger the trigger
   * @param at when
   * @return the order and {@link OrderStatusChanged}
   * @throws IllegalTransitionException when the lifecycle refuses
   */
  public Changed<Order> fire(OrderTrigger trigger, Instant at) {
    OrderStatus next = OrderLifecycles.ORDER.next(status, trigger);
    return Changed.of(
        with(next, payment, fulfilment, lines, paid, refunded),
        new OrderStatusChanged(
            EventId.forChange(id, version, OrderStatusChanged.class),
            id,
            status,
            trigger,
            next,
            at));
  }

  /**
   * Decides whether the order may be cancelled at an instant: the lifecycle must allow it and the
   * cancellation window must still be open.
   *
   * @param policy the order policy
   * @param at when
   * @return the decision with its reason
   */
  public CancelDecision cancellation(OrderPolicy policy, Instant at) {
    if (!OrderLifecycles.ORDER.canFire(status, OrderTrigger.CANCEL)) {
      return new CancelDecision(
          false, "order " + id + " is " + status + " and cannot be cancelled");
    }
    Instant closes = placedAt.plus(policy.cancellationWindow());
    if (!at.isBefore(closes)) {
      return new CancelDecision(
          false,
          "the cancellation window of "
              + policy.cancellationWindow().toDays()
              + " days closed at "
              + closes);
    }
    return new CancelDecision(true, "within the cancellation window");
  }

  /**
   * Cancels the order if {@link #cancellation} allows it.
   *
   * @param policy the order policy
   * @param at when
   * @return the cancelled order with its event
   * @throws dev.revops.core.error.IllegalTransitionException with the decision's reason when it is
   *     refused (from the status, CANCEL, the status's allowed events)
   */
  public Changed<Order> cancel(OrderPolicy policy, Instant at) {
    CancelDecision d = cancellation(policy, at);
    if (!d.allowed()) {
      throw new dev.revops.core.error.IllegalTransitionException(
          status, OrderTrigger.CANCEL, OrderLifecycles.ORDER.allowedEvents(status), d.reason());
    }
    return fire(OrderTrigger.CANCEL, at);
  }

  /**
   * Tells whether the order stayed unconfirmed too long.
   *
   * @param policy the order policy
   * @param now the instant
   * @return true when still CREATED at or after placed plus the expiry
   */
  public boolean isExpired(OrderPolicy policy, Instant now) {
    return status == OrderStatus.CREATED
        && !now.isBefore(placedAt.plus(policy.unconfirmedExpiry()));
  }

  /**
   * Records an authorisation.
   *
   * @param at when
   * @return the order and {@link OrderPaymentChanged}
   */
  public Changed<Order> authorize(Instant at) {
    return payment(PaymentTrigger.AUTHORIZE, Money.zero(paid.currency()), paid, refunded, at);
  }

  /**
   * Voids an authorisation before anything was paid.
   *
   * @param at when
   * @return the order and {@link OrderPaymentChanged}
   */
  public Changed<Order> voidPayment(Instant at) {
    return payment(PaymentTrigger.VOID, Money.zero(paid.currency()), paid, refunded, at);
  }

  /**
   * Records a captured payment.
   *
   * @param amount the amount, positive and at most the amount due
   * @param at when
   * @return the order and {@link OrderPaymentChanged}
   * @throws InvalidInputException when the amount is not positive or exceeds the amount due
   * @throws IllegalTransitionException when the order is cancelled, rejected or expired
   */
  public Changed<Order> pay(Money amount, Instant at) {
    if (status == OrderStatus.CANCELLED
        || status == OrderStatus.REJECTED
        || status == OrderStatus.EXPIRED) {
      throw new IllegalTransitionException(
          status, "PAY", OrderLifecycles.ORDER.allowedEvents(status), "the order is closed");
    }
    if (!amount.isPositive() || amount.isGreaterThan(amountDue())) {
      throw InvalidInputException.of(
          "payment", "amount", "must be positive and at most the amount due " + amountDue());
    }
    Money newPaid = paid.plus(amount);
    PaymentTrigger t = newPaid.equals(total()) ? PaymentTrigger.PAY_FULL : PaymentTrigger.PAY_PART;
    return payment(t, amount, newPaid, refunded, at);
  }

  /**
   * Records a refund.
   *
   * @param amount the amount, positive and at most paid minus refunded
   * @param at when
   * @return the order and {@link OrderPaymentChanged}
   * @throws InvalidInputException when the amount is not positive or exceeds what is refundable
   */
  public Changed<Order> refund(Money amount, Instant at) {
    Money refundable = paid.minus(refunded);
    if (!amount.isPositive() || amount.isGreaterThan(refundable)) {
      throw InvalidInputException.of(
          "refund", "amount", "must be positive and at most the refundable " + refundable);
    }
    Money newRefunded = refunded.plus(amount);
    PaymentTrigger t =
        newRefunded.equals(paid) ? PaymentTrigger.REFUND_FULL : PaymentTrigger.REFUND_PART;
    return payment(t, amount, paid, newRefunded, at);
  }

  private Changed<Order> payment(
      PaymentTrigger t, Money amount, Money newPaid, Money newRefunded, Instant at) {
    PaymentStatus next = OrderLifecycles.PAYMENT.next(payment, t);
    return Changed.of(
        with(status, next, fulfilment, lines, newPaid, newRefunded),
        new OrderPaymentChanged(
            EventId.forChange(id, version, OrderPaymentChanged.class),
            id,
            next,
            amount,
            newPaid,
            newRefunded,
            at));
  }

  /**
   * Records a shipment of some quantities. Only an APPROVED order ships; when everything has
   * shipped the order moves to SENT.
   *
   * @param quantities line number to quantity shipped now
   * @param at when
   * @return the order and its events
   * @throws IllegalTransitionException when the order is not approved or fulfilment is on hold
   * @throws InvalidInputException naming every line with an unknown number or too much quantity
   */
  public Changed<Order> fulfil(Map<Integer, Long> quantities, Instant at) {
    if (status != OrderStatus.APPROVED) {
      throw new IllegalTransitionException(
          status,
          "FULFIL",
          OrderLifecycles.ORDER.allowedEvents(status),
          "only APPROVED orders ship");
    }
    List<Violation> problems = new ArrayList<>();
    List<OrderLine> next = new ArrayList<>();
    for (OrderLine l : lines) {
      long q = quantities.getOrDefault(l.lineNo(), 0L);
      if (q < 0 || q > l.remaining()) {
        problems.add(
            new Violation("quantities[" + l.lineNo() + "]", "must be within 0.." + l.remaining()));
        next.add(l);
      } else {
        next.add(l.withFulfilled(l.fulfilled() + q));
      }
    }
    for (Integer n : quantities.keySet()) {
      if (line(n).isEmpty()) {
        problems.add(new Violation("quantities[" + n + "]", "no such line"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("shipment", problems);
    }
    boolean all = next.stream().allMatch(l -> l.remaining() == 0);
    FulfilmentStatus f =
        OrderLifecycles.FULFILMENT.next(
            fulfilment, all ? FulfilmentTrigger.FULFIL_ALL : FulfilmentTrigger.FULFIL_PART);
    List<DomainEvent> events = new ArrayList<>();
    events.add(
        new OrderFulfilmentChanged(
            EventId.forChange(id, version, OrderFulfilmentChanged.class), id, f, at));
    Order shipped = with(status, payment, f, next, paid, refunded);
    if (all) {
      Changed<Order> sent = shipped.fire(OrderTrigger.SEND, at);
      events.addAll(sent.events());
      shipped = sent.value();
    }
    return Changed.of(shipped, events);
  }

  /**
   * Holds or releases fulfilment.
   *
   * @param trigger {@link FulfilmentTrigger#HOLD} or {@link FulfilmentTrigger#RELEASE}
   * @param at when
   * @return the order and {@link OrderFulfilmentChanged}
   */
  public Changed<Order> fulfilment(FulfilmentTrigger trigger, Instant at) {
    FulfilmentStatus f = OrderLifecycles.FULFILMENT.next(fulfilment, trigger);
    return Changed.of(
        with(status, payment, f, lines, paid, refunded),
        new OrderFulfilmentChanged(
            EventId.forChange(id, version, OrderFulfilmentChanged.class), id, f, at));
  }

  private Order with(
      OrderStatus s,
      PaymentStatus p,
      FulfilmentStatus f,
      List<OrderLine> l,
      Money newPaid,
      Money newRefunded) {
    return new Order(id, account, l, s, p, f, newPaid, newRefunded, placedAt, version);
  }

  @Override
  public Order withVersion(long newVersion) {
    return new Order(
        id, account, lines, status, payment, fulfilment, paid, refunded, placedAt, newVersion);
  }
}
