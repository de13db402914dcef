package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.returns.ReturnAuthorization;

/**
 * Stores returns ({@link ReturnAuthorization}) with optimistic versioning. A host implements it
 * over its own storage; {@code port.memory.InMemoryReturnRepository} is the embedded default.
 * Implementations must be thread-safe.
 */
public interface ReturnRepository extends Repository<ReturnId, ReturnAuthorization> {
  @Override
  default String typeName() {
    return "ReturnAuthorization";
  }
}
