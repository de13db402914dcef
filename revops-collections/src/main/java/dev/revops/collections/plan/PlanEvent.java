package dev.revops.collections.plan;

/** What moves a payment plan. */
public enum PlanEvent {
  /** The debtor accepted. */
  ACCEPT,
  /** The last installment was paid. */
  COMPLETE,
  /** An installment was missed past grace. */
  DEFAULT,
  /** The plan was withdrawn. */
  CANCEL
}
