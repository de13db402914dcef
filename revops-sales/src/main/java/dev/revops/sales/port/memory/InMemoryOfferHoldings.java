package dev.revops.sales.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.sales.offer.Holdings;
import dev.revops.sales.port.OfferHoldings;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe in-memory {@link OfferHoldings}: the host (or a test) puts each customer's
 * holdings; an unknown customer holds nothing.
 */
public final class InMemoryOfferHoldings implements OfferHoldings {
  private final ConcurrentHashMap<AccountId, Holdings> byAccount = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryOfferHoldings() {}

  /**
   * Sets what a customer holds, replacing what was there.
   *
   * @param holdings the holdings (never null)
   */
  public void put(Holdings holdings) {
    requireNonNull(holdings, "holdings");
    byAccount.put(holdings.account(), holdings);
  }

  @Override
  public Holdings of(AccountId account) {
    requireNonNull(account, "account");
    return byAccount.getOrDefault(account, new Holdings(account, Set.of(), Set.of()));
  }
}
