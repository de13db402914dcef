package dev.revops.core.port.memory;

import dev.revops.core.id.ContactId;
import dev.revops.core.party.Contact;
import dev.revops.core.port.ContactRepository;

/** A thread-safe in-memory {@link ContactRepository}: the embedded default. */
public final class InMemoryContactRepository extends InMemoryRepository<ContactId, Contact>
    implements ContactRepository {
  /** Creates an empty repository. */
  public InMemoryContactRepository() {
    super("Contact");
  }
}
