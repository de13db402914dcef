package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.ServiceCase;
import java.util.List;

/** A thread-safe in-memory {@link CaseRepository}: the embedded default. */
public final class InMemoryCaseRepository extends InMemoryRepository<CaseId, ServiceCase>
    implements CaseRepository {
  private final InMemoryIndex<CaseStatus, CaseId, ServiceCase> byStatus =
      index(c -> List.of(c.status()));

  /** Creates an empty repository. */
  public InMemoryCaseRepository() {
    super("ServiceCase");
  }

  @Override
  public List<ServiceCase> findByStatus(CaseStatus status) {
    return findBy(byStatus, status);
  }
}
