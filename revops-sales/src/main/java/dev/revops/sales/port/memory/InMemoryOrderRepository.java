package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderStatus;
import dev.revops.sales.port.OrderRepository;
import java.util.List;

/** A thread-safe in-memory {@link OrderRepository}: the embedded default. */
public final class InMemoryOrderRepository extends InMemoryRepository<OrderId, Order>
    implements OrderRepository {
  private final InMemoryIndex<OrderStatus, OrderId, Order> byStatus =
      index(o -> List.of(o.status()));

  /** Creates an empty repository. */
  public InMemoryOrderRepository() {
    super("Order");
  }

  @Override
  public List<Order> findByStatus(OrderStatus status) {
    return findBy(byStatus, status);
  }
}
