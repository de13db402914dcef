package dev.revops.billing.port;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;

/**
 * Stores accounts' credit balances (one currency per account) with optimistic versions.
 * Implementations must be thread-safe.
 */
public interface CreditBalanceRepository extends Repository<AccountId, CreditBalance> {}
