package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.Order;

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
