package dev.revops.core.port.memory;

import dev.revops.core.id.LeadId;
import dev.revops.core.lead.Lead;
import dev.revops.core.port.LeadRepository;

/** A thread-safe in-memory {@link LeadRepository}: the embedded default. */
public final class InMemoryLeadRepository extends InMemoryRepository<LeadId, Lead>
    implements LeadRepository {
  /** Creates an empty repository. */
  public InMemoryLeadRepository() {
    super("Lead");
  }
}
