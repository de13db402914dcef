package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.servicecase.ServiceCase;

/**
 * Stores service cases ({@link ServiceCase}) with optimistic versioning. A host implements it over
 * its own storage; {@code port.memory.InMemoryCaseRepository} is the embedded default.
 * Implementations must be thread-safe.
 */
public interface CaseRepository extends Repository<CaseId, ServiceCase> {
  @Override
  default String typeName() {
    return "ServiceCase";
  }
}
