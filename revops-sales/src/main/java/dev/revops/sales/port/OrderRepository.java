package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderStatus;
import java.util.List;

/**
 * Stores orders ({@link Order}) with optimistic versioning. A host implements it over its own
 * storage; {@code port.memory.InMemoryOrderRepository} is the embedded default. Implementations
 * must be thread-safe.
 */
public interface OrderRepository extends Repository<OrderId, Order> {
  /**
   * Returns the orders in a status: the query the expiry of unconfirmed orders makes (a database
   * answers it from an index on the status column).
   *
   * @param status the status (never null)
   * @return the orders in it now, oldest first; empty when none
   */
  List<Order> findByStatus(OrderStatus status);

  @Override
  default String typeName() {
    return "Order";
  }
}
