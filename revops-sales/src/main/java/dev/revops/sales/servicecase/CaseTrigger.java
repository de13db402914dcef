package dev.revops.sales.servicecase;

/** What moves a case between statuses. Immutable. */
public enum CaseTrigger {
  /** An agent picks the case up. */
  OPEN,
  /** Wait until a reminder time. */
  WAIT,
  /** The reminder time came or the customer answered. */
  RESUME,
  /** Solved; close automatically at a set time. */
  PENDING_CLOSE,
  /** The pending-close time came. */
  AUTO_CLOSE,
  /** Close now. */
  CLOSE,
  /** Reopen a closed case. */
  REOPEN,
  /** Merge into another case. */
  MERGE
}
