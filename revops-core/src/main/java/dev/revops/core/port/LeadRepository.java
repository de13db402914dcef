package dev.revops.core.port;

import dev.revops.core.id.LeadId;
import dev.revops.core.lead.Lead;

/**
 * Stores leads ({@link Lead}) with optimistic versioning. A host implements it over its own
 * storage; {@code port.memory.InMemoryLeadRepository} is the embedded default. Implementations must
 * be thread-safe.
 */
public interface LeadRepository extends Repository<LeadId, Lead> {
  @Override
  default String typeName() {
    return "Lead";
  }
}
