package dev.revops.billing.port.memory;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryRepository;

/** Credit balances in memory. Thread-safe. */
public final class InMemoryCreditBalanceRepository
    extends InMemoryRepository<AccountId, CreditBalance> implements CreditBalanceRepository {
  /** Creates an empty repository. */
  public InMemoryCreditBalanceRepository() {
    super("CreditBalance");
  }
}
