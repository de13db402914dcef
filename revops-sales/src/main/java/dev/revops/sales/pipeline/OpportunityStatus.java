package dev.revops.sales.pipeline;

/**
 * Whether an opportunity is open, won or lost. Stage moves happen inside {@link #OPEN} (stages are
 * configuration, see {@link PipelineConfig}); this enum is the lifecycle's state. Immutable.
 */
public enum OpportunityStatus {
  /** Being worked, in one of the open stages. */
  OPEN,
  /** Closed won; final. */
  WON,
  /** Closed lost, with a reason; can be reopened. */
  LOST
}
