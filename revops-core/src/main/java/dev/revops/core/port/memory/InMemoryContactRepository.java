package dev.revops.core.port.memory;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.party.Contact;
import dev.revops.core.port.ContactRepository;
import java.util.List;

/** A thread-safe in-memory {@link ContactRepository}: the embedded default. */
public final class InMemoryContactRepository extends InMemoryRepository<ContactId, Contact>
    implements ContactRepository {
  private final InMemoryIndex<AccountId, ContactId, Contact> byAccount =
      index(c -> List.of(c.account()));

  /** Creates an empty repository. */
  public InMemoryContactRepository() {
    super("Contact");
  }

  @Override
  public List<Contact> findByAccount(AccountId account) {
    return findBy(byAccount, account);
  }
}
