package dev.revops.core.port.memory;

import dev.revops.core.id.CaseId;
import dev.revops.core.port.CaseRepository;
import dev.revops.core.servicecase.ServiceCase;

/** A thread-safe in-memory {@link CaseRepository}: the embedded default. */
public final class InMemoryCaseRepository extends InMemoryRepository<CaseId, ServiceCase>
    implements CaseRepository {
  /** Creates an empty repository. */
  public InMemoryCaseRepository() {
    super("ServiceCase");
  }
}
