package dev.revops.core.port.memory;

import dev.revops.core.id.AccountId;
import dev.revops.core.party.Account;
import dev.revops.core.port.AccountRepository;

/** A thread-safe in-memory {@link AccountRepository}: the embedded default. */
public final class InMemoryAccountRepository extends InMemoryRepository<AccountId, Account>
    implements AccountRepository {
  /** Creates an empty repository. */
  public InMemoryAccountRepository() {
    super("Account");
  }
}
