package dev.revops.billing.port;

import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import java.util.List;

/** Stores subscriptions with optimistic versions. Implementations must be thread-safe. */
public interface SubscriptionRepository extends Repository<SubscriptionId, Subscription> {
  /**
   * Returns an account's subscriptions.
   *
   * @param account the account
   * @return a snapshot, any order
   */
  List<Subscription> findByAccount(AccountId account);
}
