package dev.revops.core.port;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.party.Contact;
import java.util.List;

/**
 * Stores contacts ({@link Contact}) with optimistic versioning. A host implements it over its own
 * storage; {@code port.memory.InMemoryContactRepository} is the embedded default. Implementations
 * must be thread-safe.
 */
public interface ContactRepository extends Repository<ContactId, Contact> {
  /**
   * Returns an account's contacts: the query a lead conversion makes to reuse a contact with the
   * lead's e-mail or phone (a database answers it from an index on the account column).
   *
   * @param account the account (never null)
   * @return its contacts, in the order they were first saved; empty when none
   */
  List<Contact> findByAccount(AccountId account);

  @Override
  default String typeName() {
    return "Contact";
  }
}
