package dev.revops.metrics.sales;

/** Where an opportunity stands, for metrics. Immutable and thread-safe. */
public enum OpportunityStatus {
  /** Still being worked. */
  OPEN,
  /** Closed won. */
  WON,
  /** Closed lost. */
  LOST
}
