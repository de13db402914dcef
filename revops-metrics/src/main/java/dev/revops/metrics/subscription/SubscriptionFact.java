package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One priced period of a subscription, as metrics sees it: the account pays {@code price} every
 * {@code interval} from {@code start} (inclusive) until {@code end} (exclusive). A plan change is
 * the old fact ending and a new one starting on the same day. A host builds these from billing's
 * events or its own warehouse. Immutable and thread-safe.
 *
 * @param subscriptionId the host's id of the subscription, not blank
 * @param account the paying account
 * @param price the recurring price per interval, after discounts, at least zero (zero = free plan
 *     or trial, which is not paid MRR)
 * @param interval the billing interval
 * @param start the first day the price applies
 * @param end the first day it no longer applies; null while the subscription is open-ended
 */
public record SubscriptionFact(
    String subscriptionId,
    AccountId account,
    Money price,
    BillingInterval interval,
    LocalDate start,
    LocalDate end) {

  /** Checks the fields. */
  public SubscriptionFact {
    requireNonNull(subscriptionId, "subscriptionId");
    if (subscriptionId.isBlank()) {
      throw new IllegalArgumentException("subscriptionId must not be blank");
    }
    requireNonNull(account, "account");
    requireNonNull(price, "price");
    requireNonNull(interval, "interval");
    requireNonNull(start, "start");
    if (price.isNegative()) {
      throw new IllegalArgumentException(
          "price of subscription " + subscriptionId + " must be >= 0");
    }
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end of subscription " + subscriptionId + " is before its start");
    }
  }

  /**
   * Returns the normalised monthly amount, a weekly price normalised with {@link
   * WeeklyNormalisation#DEFAULT}.
   *
   * @return the MRR of this fact
   */
  public Money mrr() {
    return mrr(WeeklyNormalisation.DEFAULT);
  }

  /**
   * Returns the normalised monthly amount, a weekly price normalised as chosen.
   *
   * @param weekly how a weekly price becomes a monthly one
   * @return the MRR of this fact
   */
  public Money mrr(WeeklyNormalisation weekly) {
    return Mrr.normalise(price, interval, weekly);
  }

  /**
   * Returns the end, if any.
   *
   * @return the first day the price no longer applies, or empty when open-ended
   */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(end);
  }
}
