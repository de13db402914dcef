package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.ServiceCase;
import java.util.List;

/**
 * Stores service cases ({@link ServiceCase}) with optimistic versioning. A host implements it over
 * its own storage; {@code port.memory.InMemoryCaseRepository} is the embedded default.
 * Implementations must be thread-safe.
 */
public interface CaseRepository extends Repository<CaseId, ServiceCase> {
  /**
   * Returns the cases in a status: the query the pending timers make (a database answers it from an
   * index on the status column).
   *
   * @param status the status (never null)
   * @return the cases in it now, oldest first; empty when none
   */
  List<ServiceCase> findByStatus(CaseStatus status);

  @Override
  default String typeName() {
    return "ServiceCase";
  }
}
