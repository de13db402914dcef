package dev.revops.sales.port.memory;

import dev.revops.core.id.LeadId;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.port.LeadRepository;

/** A thread-safe in-memory {@link LeadRepository}: the embedded default. */
public final class InMemoryLeadRepository extends InMemoryRepository<LeadId, Lead>
    implements LeadRepository {
  /** Creates an empty repository. */
  public InMemoryLeadRepository() {
    super("Lead");
  }
}
