package dev.revops.collections.plan;

/** The states of a payment plan. */
public enum PlanStatus {
  /** Offered, not yet accepted. */
  PROPOSED,
  /** Accepted and running. */
  ACTIVE,
  /** Every installment paid. */
  COMPLETED,
  /** An installment was missed past grace. */
  DEFAULTED,
  /** Withdrawn. */
  CANCELLED
}
