package dev.revops.core.port.memory;

import dev.revops.core.id.OrderId;
import dev.revops.core.order.Order;
import dev.revops.core.port.OrderRepository;

/** A thread-safe in-memory {@link OrderRepository}: the embedded default. */
public final class InMemoryOrderRepository extends InMemoryRepository<OrderId, Order>
    implements OrderRepository {
  /** Creates an empty repository. */
  public InMemoryOrderRepository() {
    super("Order");
  }
}
