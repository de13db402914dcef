package dev.revops.core.pipeline;

/**
 * Whether an opportunity is open, won or lost: the state of revops-sales' opportunity lifecycle,
 * and what revops-metrics' sales KPIs (win rate, pipeline) read. Stage moves happen inside {@link
 * #OPEN}; stages are configuration of the sales pipeline. Immutable and thread-safe.
 */
public enum OpportunityStatus {
  /** Being worked, in one of the open stages. */
  OPEN,
  /** Closed won; final. */
  WON,
  /** Closed lost, with a reason; can be reopened. */
  LOST
}
