package dev.revops.billing.retirement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What a subscriber was told: its plan is retired, from which renewal it pays what, and which plan
 * it moves to. Immutable and thread-safe.
 *
 * @param retiredPlanId the retired plan
 * @param successorPlanId the plan it moves to
 * @param pricePolicy the price policy
 * @param sentOn the day the notice was sent (the account's local date)
 * @param firstRenewal the first renewal at least the notice period after {@code sentOn} and on or
 *     after the retirement date: the successor's price starts here, or the grandfathered periods
 * @param migratesOn the renewal at which the plan changes to the successor: {@code firstRenewal},
 *     or the renewal after the grandfathered periods
 */
public record RetirementNotice(
    String retiredPlanId,
    String successorPlanId,
    PricePolicy pricePolicy,
    LocalDate sentOn,
    LocalDate firstRenewal,
    LocalDate migratesOn) {
  /** Checks the parts and their order. */
  public RetirementNotice {
    requireNonNull(retiredPlanId, "retiredPlanId");
    requireNonNull(successorPlanId, "successorPlanId");
    requireNonNull(pricePolicy, "pricePolicy");
    requireNonNull(sentOn, "sentOn");
    requireNonNull(firstRenewal, "firstRenewal");
    requireNonNull(migratesOn, "migratesOn");
    if (firstRenewal.isBefore(sentOn) || migratesOn.isBefore(firstRenewal)) {
      throw new IllegalArgumentException(
          "notice dates out of order: sent "
              + sentOn
              + ", first renewal "
              + firstRenewal
              + ", migrates "
              + migratesOn);
    }
  }
}
