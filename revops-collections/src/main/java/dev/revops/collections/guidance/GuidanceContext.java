package dev.revops.collections.guidance;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.priority.ContactInsight;
import dev.revops.collections.priority.Propensity;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * What a collector sees about an account: balance, age, recent contacts, promises, the plan,
 * propensity, sentiment and compliance facts. Immutable.
 *
 * @param account the account
 * @param balance what it owes now
 * @param bucket its aging bucket
 * @param daysPastDue days past due of the oldest unpaid receivable
 * @param recentActivity the latest activity-log entries, newest last
 * @param promises its promises to pay, oldest first
 * @param plan its payment plan, or null
 * @param propensity the predicted propensity to pay
 * @param sentiment the latest sentiment
 * @param facts the compliance facts of its debt
 * @param insight the learned best channel and hour
 */
public record GuidanceContext(
    AccountId account,
    Money balance,
    String bucket,
    long daysPastDue,
    List<Activity> recentActivity,
    List<PromiseToPay> promises,
    PaymentPlan plan,
    Propensity propensity,
    Sentiment sentiment,
    DebtFacts facts,
    ContactInsight insight) {
  /** Checks and copies the fields. */
  public GuidanceContext {
    requireNonNull(account, "account");
    requireNonNull(balance, "balance");
    requireNonNull(bucket, "bucket");
    recentActivity = List.copyOf(recentActivity);
    promises = List.copyOf(promises);
    requireNonNull(propensity, "propensity");
    requireNonNull(sentiment, "sentiment");
    requireNonNull(facts, "facts");
    requireNonNull(insight, "insight");
  }

  /**
   * Returns the plan.
   *
   * @return the plan, if any
   */
  public Optional<PaymentPlan> planIfAny() {
    return Optional.ofNullable(plan);
  }
}
