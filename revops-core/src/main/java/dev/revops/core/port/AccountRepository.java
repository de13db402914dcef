package dev.revops.core.port;

import dev.revops.core.id.AccountId;
import dev.revops.core.party.Account;

/**
 * Stores accounts ({@link Account}) with optimistic versioning. A host implements it over its own
 * storage; {@code port.memory.InMemoryAccountRepository} is the embedded default. Implementations
 * must be thread-safe.
 */
public interface AccountRepository extends Repository<AccountId, Account> {
  @Override
  default String typeName() {
    return "Account";
  }
}
