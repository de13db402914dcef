package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.servicecase.ServiceCase;

/** A thread-safe in-memory {@link CaseRepository}: the embedded default. */
public final class InMemoryCaseRepository extends InMemoryRepository<CaseId, ServiceCase>
    implements CaseRepository {
  /** Creates an empty repository. */
  public InMemoryCaseRepository() {
    super("ServiceCase");
  }
}
