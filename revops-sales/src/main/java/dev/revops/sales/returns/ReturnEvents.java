package dev.revops.sales.returns;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import java.time.Instant;

/** The domain events of returns. Immutable records. */
public final class ReturnEvents {
  private ReturnEvents() {}

  /**
   * A return changed status (requested is a change from nothing: {@code from} is null).
   *
   * @param eventId the event's id
   * @param returnId the return
   * @param order the order
   * @param from before, or null when requested
   * @param to after
   * @param refund the refunded amount when completed, else null
   * @param occurredAt when
   */
  public record ReturnStatusChanged(
      EventId eventId,
      ReturnId returnId,
      OrderId order,
      ReturnStatus from,
      ReturnStatus to,
      Money refund,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return returnId.value();
    }
  }
}
