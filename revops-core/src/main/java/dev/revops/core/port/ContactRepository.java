package dev.revops.core.port;

import dev.revops.core.id.ContactId;
import dev.revops.core.party.Contact;

/**
 * Stores contacts ({@link Contact}) with optimistic versioning. A host implements it over its own
 * storage; {@code port.memory.InMemoryContactRepository} is the embedded default. Implementations
 * must be thread-safe.
 */
public interface ContactRepository extends Repository<ContactId, Contact> {
  @Override
  default String typeName() {
    return "Contact";
  }
}
