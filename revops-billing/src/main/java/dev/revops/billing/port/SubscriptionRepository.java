package dev.revops.billing.port;

import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Stores subscriptions with optimistic versions. Implementations must be thread-safe. */
public interface SubscriptionRepository extends Repository<SubscriptionId, Subscription> {
  /**
   * Returns an account's subscriptions.
   *
   * @param account the account
   * @return a snapshot, any order
   */
  List<Subscription> findByAccount(AccountId account);

  /**
   * Returns the subscriptions of several accounts at once: what a bill run reads for a claimed
   * batch. The default calls {@link #findByAccount} per account; a database adapter answers it with
   * one query.
   *
   * @param accounts the accounts (never null, no null element)
   * @return every account given, in the order given, mapped to its subscriptions in {@link
   *     #findByAccount} order (an empty list when it has none)
   */
  default Map<AccountId, List<Subscription>> findByAccounts(Collection<AccountId> accounts) {
    Objects.requireNonNull(accounts, "accounts");
    Map<AccountId, List<Subscription>> out = new LinkedHashMap<>();
    for (AccountId a : accounts) {
      out.put(a, findByAccount(Objects.requireNonNull(a, "account")));
    }
    return out;
  }

  /**
   * Returns {@code "Subscription"}: the name in {@code NotFoundException} messages and, as {@code
   * revops.subscription}, the logging-context key under which its saves run.
   *
   * @return the aggregate's type name
   */
  @Override
  default String typeName() {
    return "Subscription";
  }
}
