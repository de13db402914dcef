package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the referral programme did in a run. Immutable, its maps sorted by key.
 *
 * @param codesIssued referral codes taken by satisfied customers
 * @param byStatus referrals per lifecycle status
 * @param rejectedByRule rejected referrals per fraud rule id
 * @param rewardsGranted the account credits granted to referrers
 */
public record ReferralSummary(
    int codesIssued,
    Map<String, Long> byStatus,
    Map<String, Long> rejectedByRule,
    Money rewardsGranted) {
  /** Copies the maps. */
  public ReferralSummary {
    byStatus = Collections.unmodifiableMap(new TreeMap<>(byStatus));
    rejectedByRule = Collections.unmodifiableMap(new TreeMap<>(rejectedByRule));
    requireNonNull(rewardsGranted, "rewardsGranted");
  }

  /**
   * Returns how many referrals are in a status.
   *
   * @param status the status name
   * @return the count
   */
  public long count(String status) {
    return byStatus.getOrDefault(status, 0L);
  }
}
