package dev.revops.sales.port;

import dev.revops.core.id.AccountId;
import dev.revops.sales.offer.Holdings;

/**
 * Tells what a customer holds now (its plans and products), for eligibility and the model. The host
 * answers from billing's subscriptions and its orders; {@code port.memory.InMemoryOfferHoldings} is
 * the embedded default. Implementations must be thread-safe.
 */
public interface OfferHoldings {
  /**
   * Returns what a customer holds.
   *
   * @param account the customer (never null)
   * @return its holdings; empty sets for a customer that holds nothing
   */
  Holdings of(AccountId account);
}
