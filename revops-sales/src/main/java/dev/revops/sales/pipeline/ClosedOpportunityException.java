package dev.revops.sales.pipeline;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.pipeline.OpportunityStatus;
import java.util.Set;

/**
 * An opportunity that is won or lost was asked to change its amount or close date ({@code "UPDATE"}
 * is not an event of its lifecycle: only an open opportunity takes it). The allowed events are
 * those of the closed status: REOPEN for a lost one, none for a won one. Reopen a lost opportunity
 * first. Immutable.
 */
public final class ClosedOpportunityException extends IllegalTransitionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param id the opportunity
   * @param status its closed status
   */
  public ClosedOpportunityException(OpportunityId id, OpportunityStatus status) {
    super(
        status,
        "UPDATE",
        status == OpportunityStatus.LOST ? Set.of(OpportunityTrigger.REOPEN) : Set.of(),
        "opportunity " + id + " is " + status + ": reopen it first");
  }
}
