package dev.revops.billing.catalog;

/** What a price charges for. Immutable and thread-safe. */
public enum ChargeType {
  /** A recurring charge for each billing period, on the subscription's quantity. */
  RECURRING,
  /** A usage-metered charge for each period, on the usage recorded in it; always in arrear. */
  USAGE,
  /** A one-time (fixed) charge when the phase starts, such as a set-up fee. */
  ONE_TIME
}
