package dev.revops.billing.port.memory;

import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.List;

/** Subscriptions in memory. Thread-safe. */
public final class InMemorySubscriptionRepository
    extends InMemoryRepository<SubscriptionId, Subscription> implements SubscriptionRepository {
  private final InMemoryIndex<AccountId, SubscriptionId, Subscription> byAccount =
      index(s -> List.of(s.account()));

  /** Creates an empty repository. */
  public InMemorySubscriptionRepository() {
    super("Subscription");
  }

  @Override
  public List<Subscription> findByAccount(AccountId account) {
    return findBy(byAccount, account);
  }
}
