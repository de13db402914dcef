package dev.revops.sales.port.memory;

import dev.revops.core.id.OpportunityId;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.port.OpportunityRepository;

/** A thread-safe in-memory {@link OpportunityRepository}: the embedded default. */
public final class InMemoryOpportunityRepository
    extends InMemoryRepository<OpportunityId, Opportunity> implements OpportunityRepository {
  /** Creates an empty repository. */
  public InMemoryOpportunityRepository() {
    super("Opportunity");
  }
}
