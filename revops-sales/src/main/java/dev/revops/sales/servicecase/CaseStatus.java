package dev.revops.sales.servicecase;

/**
 * A case's status, as in Zammad. NEW and OPEN run the SLA clock; the pending and closed states stop
 * it. Immutable.
 */
public enum CaseStatus {
  /** Just created, nobody has picked it up. */
  NEW,
  /** Being worked. */
  OPEN,
  /** Waiting (for the customer or a third party) until a reminder time. */
  PENDING_REMINDER,
  /** Solved, waiting to auto-close at a set time unless the customer answers. */
  PENDING_CLOSE,
  /** Closed; can be reopened. */
  CLOSED,
  /** Merged into another case; final. */
  MERGED
}
