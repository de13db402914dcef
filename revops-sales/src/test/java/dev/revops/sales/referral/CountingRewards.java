package dev.revops.sales.referral;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * A rewards port that applies every call, without de-duplicating by key: what a careless host would
 * do. Counting its calls shows that the service itself asks once per referral.
 */
final class CountingRewards implements ReferralRewards {
  private final ConcurrentLinkedQueue<RewardGrant> calls = new ConcurrentLinkedQueue<>();

  @Override
  public String grant(RewardGrant grant) {
    calls.add(grant);
    return "grant-" + calls.size();
  }

  List<RewardGrant> calls() {
    return List.copyOf(calls);
  }

  Map<String, Long> callsPerKey() {
    return calls.stream()
        .collect(Collectors.groupingBy(RewardGrant::idempotencyKey, Collectors.counting()));
  }
}
