package dev.revops.sales.pipeline;

import dev.revops.core.pipeline.OpportunityStatus;

/** What moves an opportunity between {@link OpportunityStatus} values. Immutable. */
public enum OpportunityTrigger {
  /** Move to another open stage (stays open). */
  MOVE_STAGE,
  /** Close as won. */
  WIN,
  /** Close as lost, with a reason. */
  LOSE,
  /** Reopen a lost opportunity. */
  REOPEN
}
