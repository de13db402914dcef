package dev.revops.sales.port;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.util.Optional;

/**
 * Tells how much an account is worth (e.g. its monthly recurring revenue), so incidents on
 * high-value accounts escalate to their owner. The host implements it (from billing or a CRM).
 * Implementations must be thread-safe.
 */
public interface AccountValuation {
  /**
   * Returns an account's value.
   *
   * @param account the account
   * @return the value, or empty when unknown
   */
  Optional<Money> valueOf(AccountId account);
}
