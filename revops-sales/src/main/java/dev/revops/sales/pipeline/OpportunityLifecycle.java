package dev.revops.sales.pipeline;

import static dev.revops.core.pipeline.OpportunityStatus.LOST;
import static dev.revops.core.pipeline.OpportunityStatus.OPEN;
import static dev.revops.core.pipeline.OpportunityStatus.WON;

import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.core.statemachine.StateMachine;

/**
 * The opportunity lifecycle: open (moving between stages), won (final), lost with a reason
 * (reopenable). Stateless; the machine is immutable and thread-safe.
 */
public final class OpportunityLifecycle {
  /** The guard name on {@link OpportunityTrigger#LOSE}. */
  public static final String REASON_ACCEPTED = "an accepted lost reason";

  private OpportunityLifecycle() {}

  /**
   * Builds the machine for a pipeline: LOSE needs a reason the pipeline accepts.
   *
   * @param config the pipeline
   * @return the machine
   */
  public static StateMachine<OpportunityStatus, OpportunityTrigger> of(PipelineConfig config) {
    return StateMachine.<OpportunityStatus, OpportunityTrigger>builder(OPEN)
        .permit(OPEN, OpportunityTrigger.MOVE_STAGE, OPEN)
        .permit(OPEN, OpportunityTrigger.WIN, WON)
        .<String>permitIf(
            OPEN, OpportunityTrigger.LOSE, LOST, REASON_ACCEPTED, config::acceptsLostReason)
        .permit(LOST, OpportunityTrigger.REOPEN, OPEN)
        .terminal(WON)
        .build();
  }
}
