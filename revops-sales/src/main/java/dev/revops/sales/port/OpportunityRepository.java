package dev.revops.sales.port;

import dev.revops.core.id.OpportunityId;
import dev.revops.core.port.Repository;
import dev.revops.sales.pipeline.Opportunity;

/**
 * Stores opportunities ({@link Opportunity}) with optimistic versioning. A host implements it over
 * its own storage; {@code port.memory.InMemoryOpportunityRepository} is the embedded default.
 * Implementations must be thread-safe.
 */
public interface OpportunityRepository extends Repository<OpportunityId, Opportunity> {
  @Override
  default String typeName() {
    return "Opportunity";
  }
}
