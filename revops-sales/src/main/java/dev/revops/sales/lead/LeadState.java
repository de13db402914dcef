package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.UserId;
import dev.revops.core.statemachine.TransitionRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a lead stands in its lifecycle: the status, why it was disqualified, who works it, what it
 * became and every status change. Immutable and thread-safe; a null {@code history} becomes empty.
 *
 * @param status the current status; never null
 * @param disqualificationReason why it was disqualified, or null
 * @param owner the user working it, or null
 * @param conversion what it became, or null before conversion
 * @param history every status change, oldest first
 */
public record LeadState(
    LeadStatus status,
    String disqualificationReason,
    UserId owner,
    LeadConversion conversion,
    List<TransitionRecord<LeadStatus, LeadTrigger>> history) {

  /** Checks the status and copies the history. */
  public LeadState {
    requireNonNull(status, "status");
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * Returns the state a new lead starts in.
   *
   * @param initial the lifecycle's initial status
   * @return the state: no owner, no history
   */
  public static LeadState initial(LeadStatus initial) {
    return new LeadState(initial, null, null, null, List.of());
  }

  /**
   * Returns the state after a move.
   *
   * @param move the recorded transition
   * @param reason the disqualification reason it sets, or null
   * @return the copy, with the move appended to the history
   */
  public LeadState after(TransitionRecord<LeadStatus, LeadTrigger> move, String reason) {
    List<TransitionRecord<LeadStatus, LeadTrigger>> h = new ArrayList<>(history);
    h.add(move);
    return new LeadState(move.to(), reason, owner, conversion, h);
  }

  /**
   * Returns a copy linked to what the lead became.
   *
   * @param links the conversion
   * @return the copy
   */
  public LeadState convertedTo(LeadConversion links) {
    return new LeadState(status, disqualificationReason, owner, links, history);
  }

  /**
   * Returns a copy owned by another user.
   *
   * @param newOwner the owner, or null
   * @return the copy
   */
  public LeadState ownedBy(UserId newOwner) {
    return new LeadState(status, disqualificationReason, newOwner, conversion, history);
  }
}
