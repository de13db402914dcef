package dev.revops.sales.pipeline;

import static java.util.Objects.requireNonNull;

import dev.revops.core.pipeline.OpportunityStatus;
import java.time.Instant;

/**
 * Where an opportunity stands in its pipeline: the stage, open/won/lost, why it was lost and when
 * it closed. Immutable and thread-safe.
 *
 * @param stage the current stage's name; never null
 * @param status open, won or lost; never null
 * @param lostReason the reason when lost, else null
 * @param closedAt when it was won or lost, else null
 */
public record OpportunityProgress(
    String stage, OpportunityStatus status, String lostReason, Instant closedAt) {

  /** Checks the required fields. */
  public OpportunityProgress {
    requireNonNull(stage, "stage");
    requireNonNull(status, "status");
  }
}
