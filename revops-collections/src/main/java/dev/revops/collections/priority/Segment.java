package dev.revops.collections.priority;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;

/**
 * An account's segment: performing or delinquent, its bucket, value tier and likelihood to pay.
 * {@link #key()} is a stable name such as {@code "delinquent/31-60/high-value/likely"}. Immutable.
 *
 * @param account the account
 * @param performing true when nothing is past due
 * @param bucket the aging bucket's name
 * @param highValue whether the balance reaches the high-value threshold
 * @param likelyToPay whether the propensity reaches the likely threshold
 * @param brokenPromises whether the account broke a promise (payment history)
 */
public record Segment(
    AccountId account,
    boolean performing,
    String bucket,
    boolean highValue,
    boolean likelyToPay,
    boolean brokenPromises) {
  /** Checks the fields. */
  public Segment {
    requireNonNull(account, "account");
    requireNonNull(bucket, "bucket");
  }

  /**
   * Returns the segment's stable name.
   *
   * @return e.g. {@code "performing"} or {@code "delinquent/31-60/low-value/unlikely"}
   */
  public String key() {
    if (performing) {
      return "performing";
    }
    return "delinquent/"
        + bucket
        + (highValue ? "/high-value" : "/low-value")
        + (likelyToPay ? "/likely" : "/unlikely")
        + (brokenPromises ? "/broke-promise" : "");
  }
}
