package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.Order;
import dev.revops.sales.port.OrderRepository;

/** A thread-safe in-memory {@link OrderRepository}: the embedded default. */
public final class InMemoryOrderRepository extends InMemoryRepository<OrderId, Order>
    implements OrderRepository {
  /** Creates an empty repository. */
  public InMemoryOrderRepository() {
    super("Order");
  }
}
