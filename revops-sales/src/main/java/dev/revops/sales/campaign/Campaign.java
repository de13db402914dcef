package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.statemachine.StateMachine;
import dev.revops.core.statemachine.TransitionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign: its definition, where it is in its lifecycle ({@link CampaignLifecycle}), when it
 * starts, why it was cancelled, and every move it made. Each method returns the campaign after the
 * move; an illegal move throws {@link dev.revops.core.error.IllegalTransitionException} naming the
 * state and the moves allowed from it. Immutable.
 *
 * @param definition what the campaign is
 * @param status where it is
 * @param startAt when it starts, once scheduled; null in draft
 * @param cancelReason why it was cancelled; null unless cancelled
 * @param history every move, oldest first
 */
public record Campaign(
    CampaignDefinition definition,
    CampaignStatus status,
    Instant startAt,
    String cancelReason,
    List<TransitionRecord<CampaignStatus, CampaignTrigger>> history) {
  private static final StateMachine<CampaignStatus, CampaignTrigger> MACHINE =
      CampaignLifecycle.standard();

  /** Checks the parts and copies the history. */
  public Campaign {
    requireNonNull(definition, "definition");
    requireNonNull(status, "status");
    history = List.copyOf(history);
  }

  /**
   * A new campaign, in draft.
   *
   * @param definition what it is (checked: {@link CampaignDefinition#problems()} must be empty)
   * @return the draft
   * @throws IllegalArgumentException when the definition has problems
   */
  public static Campaign draft(CampaignDefinition definition) {
    if (!definition.problems().isEmpty()) {
      throw new IllegalArgumentException(
          "campaign " + definition.id() + " has problems: " + definition.problems());
    }
    return new Campaign(definition, CampaignStatus.DRAFT, null, null, List.of());
  }

  /**
   * Schedules the campaign to start at an instant.
   *
   * @param at when it starts; not before {@code now}
   * @param now the current instant
   * @param actor who schedules it
   * @return the scheduled campaign
   * @throws IllegalArgumentException when {@code at} is in the past
   */
  public Campaign schedule(Instant at, Instant now, String actor) {
    requireNonNull(at, "at");
    if (at.isBefore(now)) {
      throw new IllegalArgumentException(
          "campaign " + definition.id() + " cannot start at " + at + ", before now (" + now + ")");
    }
    return move(CampaignTrigger.SCHEDULE, null, now, actor, at, null);
  }

  /**
   * Takes a scheduled campaign back to draft.
   *
   * @param now the current instant
   * @param actor who does it
   * @return the draft
   */
  public Campaign unschedule(Instant now, String actor) {
    return move(CampaignTrigger.UNSCHEDULE, null, now, actor, null, null);
  }

  /**
   * Starts a scheduled campaign.
   *
   * @param now the current instant; not before its start
   * @param actor who starts it (usually the scheduler)
   * @return the running campaign
   * @throws IllegalStateException when its start instant has not come
   */
  public Campaign start(Instant now, String actor) {
    if (status == CampaignStatus.SCHEDULED && now.isBefore(startAt)) {
      throw new IllegalStateException(
          "campaign " + definition.id() + " starts at " + startAt + ", not at " + now);
    }
    return move(CampaignTrigger.START, null, now, actor, startAt, null);
  }

  /**
   * Pauses a running campaign.
   *
   * @param now the current instant
   * @param actor who pauses it
   * @return the paused campaign
   */
  public Campaign pause(Instant now, String actor) {
    return move(CampaignTrigger.PAUSE, null, now, actor, startAt, null);
  }

  /**
   * Resumes a paused campaign.
   *
   * @param now the current instant
   * @param actor who resumes it
   * @return the running campaign
   */
  public Campaign resume(Instant now, String actor) {
    return move(CampaignTrigger.RESUME, null, now, actor, startAt, null);
  }

  /**
   * Completes a running campaign whose steps have all been sent.
   *
   * @param now the current instant
   * @param actor who completes it
   * @return the completed campaign
   */
  public Campaign complete(Instant now, String actor) {
    return move(CampaignTrigger.COMPLETE, null, now, actor, startAt, null);
  }

  /**
   * Cancels a campaign that is not final.
   *
   * @param reason why (not blank: the guard refuses a cancellation without one)
   * @param now the current instant
   * @param actor who cancels it
   * @return the cancelled campaign
   */
  public Campaign cancel(String reason, Instant now, String actor) {
    return move(CampaignTrigger.CANCEL, reason, now, actor, startAt, reason);
  }

  /**
   * Tells whether messages may be sent now.
   *
   * @return true while running
   */
  public boolean isSending() {
    return status == CampaignStatus.RUNNING;
  }

  private Campaign move(
      CampaignTrigger trigger,
      Object context,
      Instant now,
      String actor,
      Instant start,
      String reason) {
    requireNonNull(now, "now");
    requireNonNull(actor, "actor");
    TransitionRecord<CampaignStatus, CampaignTrigger> r =
        MACHINE.fire(status, trigger, context, now, actor);
    List<TransitionRecord<CampaignStatus, CampaignTrigger>> moves = new ArrayList<>(history);
    moves.add(r);
    return new Campaign(definition, r.to(), start, reason, moves);
  }
}
