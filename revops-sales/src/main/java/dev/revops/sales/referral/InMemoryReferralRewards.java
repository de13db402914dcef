package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread-safe in-memory {@link ReferralRewards} that records each grant once per idempotency key
 * and counts every call: the embedded default, and what tests read.
 */
public final class InMemoryReferralRewards implements ReferralRewards {
  private final Map<String, RewardGrant> grants = new ConcurrentHashMap<>();
  private final List<RewardGrant> order = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  /** Creates an empty ledger. */
  public InMemoryReferralRewards() {}

  @Override
  public String grant(RewardGrant grant) {
    requireNonNull(grant, "grant");
    calls.incrementAndGet();
    if (grants.putIfAbsent(grant.idempotencyKey(), grant) == null) {
      synchronized (order) {
        order.add(grant);
      }
    }
    return "grant:" + grant.idempotencyKey();
  }

  /**
   * Returns the grants applied, once each, in the order they were applied.
   *
   * @return a snapshot
   */
  public List<RewardGrant> grants() {
    synchronized (order) {
      return List.copyOf(order);
    }
  }

  /**
   * Returns the grants applied to one referrer.
   *
   * @param referrer the referrer
   * @return a snapshot, in order
   */
  public List<RewardGrant> grantsOf(AccountId referrer) {
    return grants().stream().filter(g -> g.referrer().equals(referrer)).toList();
  }

  /**
   * Returns how many times {@link #grant(RewardGrant)} was called, repeats included.
   *
   * @return the number of calls
   */
  public int calls() {
    return calls.get();
  }
}
