package dev.revops.sales.order;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.sales.id.OrderId;
import java.time.Instant;

/** The domain events of orders. Immutable records. */
public final class OrderEvents {
  private OrderEvents() {}

  /** What every order event has: the order's id, which is its aggregate id. */
  public interface OrderEvent extends DomainEvent {
    /**
     * Returns the order the event is about.
     *
     * @return its id
     */
    OrderId order();

    @Override
    default String aggregateId() {
      return order().value();
    }
  }

  /**
   * An order was placed.
   *
   * @param eventId the event's id
   * @param order the order
   * @param total its total
   * @param occurredAt when
   */
  public record OrderPlaced(EventId eventId, OrderId order, Money total, Instant occurredAt)
      implements OrderEvent {}

  /**
   * An order's lifecycle status changed.
   *
   * @param eventId the event's id
   * @param order the order
   * @param from before
   * @param trigger what moved it
   * @param to after
   * @param occurredAt when
   */
  public record OrderStatusChanged(
      EventId eventId,
      OrderId order,
      OrderStatus from,
      OrderTrigger trigger,
      OrderStatus to,
      Instant occurredAt)
      implements OrderEvent {}

  /**
   * A payment, refund, authorisation or void changed an order's payment status.
   *
   * @param eventId the event's id
   * @param order the order
   * @param status the payment status after
   * @param amount the amount of this payment or refund (zero for authorise and void)
   * @param paid the total paid after
   * @param refunded the total refunded after
   * @param occurredAt when
   */
  public record OrderPaymentChanged(
      EventId eventId,
      OrderId order,
      PaymentStatus status,
      Money amount,
      Money paid,
      Money refunded,
      Instant occurredAt)
      implements OrderEvent {}

  /**
   * A shipment or hold changed an order's fulfilment status.
   *
   * @param eventId the event's id
   * @param order the order
   * @param status the fulfilment status after
   * @param occurredAt when
   */
  public record OrderFulfilmentChanged(
      EventId eventId, OrderId order, FulfilmentStatus status, Instant occurredAt)
      implements OrderEvent {}
}
