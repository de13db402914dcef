package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.returns.ReturnAuthorization;
import java.util.List;

/**
 * Stores returns ({@link ReturnAuthorization}) with optimistic versioning. A host implements it
 * over its own storage; {@code port.memory.InMemoryReturnRepository} is the embedded default.
 * Implementations must be thread-safe.
 */
public interface ReturnRepository extends Repository<ReturnId, ReturnAuthorization> {
  /**
   * Returns an order's returns, whatever their status: the query a refund makes to count what was
   * returned already (a database answers it from an index on the order column).
   *
   * @param order the order (never null)
   * @return its returns, oldest first; empty when none
   */
  List<ReturnAuthorization> findByOrder(OrderId order);

  @Override
  default String typeName() {
    return "ReturnAuthorization";
  }
}
