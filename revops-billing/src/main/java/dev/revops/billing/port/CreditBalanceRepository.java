package dev.revops.billing.port;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores accounts' credit balances (one currency per account) with optimistic versions.
 * Implementations must be thread-safe.
 */
public interface CreditBalanceRepository extends Repository<AccountId, CreditBalance> {
  /**
   * Returns the stored balances of several accounts at once: what a bill run reads for the accounts
   * of a claimed batch that have something to invoice. The default calls {@link #find} per account;
   * a database adapter answers it with one query.
   *
   * @param accounts the accounts (never null, no null element)
   * @return the accounts that have a stored balance, mapped to it (with its stored version); an
   *     account without one is absent
   */
  default Map<AccountId, CreditBalance> findByAccounts(Collection<AccountId> accounts) {
    Objects.requireNonNull(accounts, "accounts");
    Map<AccountId, CreditBalance> out = new LinkedHashMap<>();
    for (AccountId a : accounts) {
      Optional<CreditBalance> b = find(Objects.requireNonNull(a, "account"));
      b.ifPresent(v -> out.put(a, v));
    }
    return out;
  }

  /**
   * Returns {@code "CreditBalance"}: the name in {@code NotFoundException} messages and, as {@code
   * revops.creditBalance}, the logging-context key under which its saves run.
   *
   * @return the aggregate's type name
   */
  @Override
  default String typeName() {
    return "CreditBalance";
  }
}
