package dev.revops.core.port;

import dev.revops.core.id.OrderId;
import dev.revops.core.order.Order;

/**
 * Stores orders ({@link Order}) with optimistic versioning. A host implements it over its own
 * storage; {@code port.memory.InMemoryOrderRepository} is the embedded default. Implementations
 * must be thread-safe.
 */
public interface OrderRepository extends Repository<OrderId, Order> {
  @Override
  default String typeName() {
    return "Order";
  }
}
