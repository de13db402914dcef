package dev.revops.billing.catalog;

/** When a period is charged. Immutable and thread-safe. */
public enum BillingMode {
  /** Charge the coming period at its start (the default for recurring prices). */
  IN_ADVANCE,
  /** Charge the past period at its end (usage always; never produces proration credits). */
  IN_ARREAR
}
