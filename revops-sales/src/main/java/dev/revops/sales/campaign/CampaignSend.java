package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One campaign message to one person and everything that happened to it: its status, the attempts
 * handed to the channel, and its activity log entries. Saved under optimistic versioning, so of two
 * app instances that try to send the same message only the one whose save wins calls the channel.
 * Immutable; each method returns the record after the move.
 *
 * <p>The moves: a decision makes it {@link CampaignSendStatus#DEFERRED}, {@link
 * CampaignSendStatus#BLOCKED} or {@link CampaignSendStatus#SENDING} (an attempt, recorded before
 * the channel is called); the channel's answer, or a lookup, moves {@code SENDING} to delivered,
 * bounced, failed (or gave up after the last attempt), or back to a decision when the channel never
 * received it. An unknown answer leaves it {@code SENDING}: it is looked up, never resent blindly.
 *
 * @param target the message
 * @param status where it stands
 * @param attempts the attempts handed (or about to be handed) to the channel
 * @param activity its activity log entries, oldest first
 * @param version the stored version
 */
public record CampaignSend(
    SendTarget target,
    CampaignSendStatus status,
    int attempts,
    List<CampaignActivity> activity,
    long version)
    implements Aggregate<String, CampaignSend> {

  /** Checks the parts and copies the log. */
  public CampaignSend {
    requireNonNull(target, "target");
    requireNonNull(status, "status");
    activity = List.copyOf(activity);
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative, got " + attempts);
    }
    if (status == CampaignSendStatus.SENDING && attempts == 0) {
      throw new IllegalArgumentException("a message being sent has an attempt");
    }
  }

  /**
   * A message nothing has happened to yet (not stored; the first decision saves it).
   *
   * @param target the message
   * @return the record, deferred with no entry
   */
  public static CampaignSend fresh(SendTarget target) {
    return new CampaignSend(target, CampaignSendStatus.DEFERRED, 0, List.of(), NEW);
  }

  @Override
  public String id() {
    return target.key();
  }

  @Override
  public CampaignSend withVersion(long value) {
    return new CampaignSend(target, status, attempts, activity, value);
  }

  /**
   * Returns the idempotency key of the current attempt.
   *
   * @return the key
   * @throws IllegalStateException before the first attempt
   */
  public String attemptKey() {
    if (attempts == 0) {
      throw new IllegalStateException(target.key() + " has no attempt yet");
    }
    return target.attemptKey(attempts);
  }

  /**
   * Tells whether a run should decide the message again: it was deferred, or failed with attempts
   * left.
   *
   * @return true when a decision is due
   */
  public boolean awaitsDecision() {
    return status == CampaignSendStatus.DEFERRED || status == CampaignSendStatus.FAILED;
  }

  /**
   * Records that rules held the message back for now. A deferral by the same rules as the last
   * entry adds no entry (a message deferred by quiet hours every hour of a night logs it once).
   *
   * @param rules the blocking rule ids
   * @param at when
   * @return the record
   */
  public CampaignSend defer(List<String> rules, Instant at) {
    requireDeciding();
    CampaignSendStatus next = CampaignSendStatus.DEFERRED;
    if (status == CampaignSendStatus.FAILED) {
      next = CampaignSendStatus.FAILED;
    }
    CampaignActivity last = activity.isEmpty() ? null : activity.get(activity.size() - 1);
    if (last != null
        && last.kind() == CampaignActivity.Kind.DEFERRED
        && last.rules().equals(List.copyOf(rules))) {
      return this;
    }
    return with(next, attempts, entry(at, CampaignActivity.Kind.DEFERRED, rules, null, null));
  }

  /**
   * Records that rules (or the message's own content) blocked it for good.
   *
   * @param rules the blocking rule ids
   * @param detail an explanation, or null
   * @param at when
   * @return the record, blocked
   */
  public CampaignSend block(List<String> rules, String detail, Instant at) {
    requireDeciding();
    return with(
        CampaignSendStatus.BLOCKED,
        attempts,
        entry(at, CampaignActivity.Kind.BLOCKED, rules, null, detail));
  }

  /**
   * Records an attempt the rules allowed, before the channel is called.
   *
   * @param rules the rule ids that allowed it
   * @param at when
   * @return the record, sending, with one more attempt
   */
  public CampaignSend attempt(List<String> rules, Instant at) {
    requireDeciding();
    return with(
        CampaignSendStatus.SENDING,
        attempts + 1,
        entry(at, CampaignActivity.Kind.ALLOWED, rules, null, null));
  }

  /**
   * Takes back an attempt recorded but never handed to the channel (the final check under the
   * person's lock blocked it): the attempt count goes back and the record is deferred or blocked.
   *
   * @param rules the blocking rule ids
   * @param lasting whether the block is for good
   * @param at when
   * @return the record
   */
  public CampaignSend withdraw(List<String> rules, boolean lasting, Instant at) {
    requireSending();
    CampaignActivity.Kind kind =
        lasting ? CampaignActivity.Kind.BLOCKED : CampaignActivity.Kind.DEFERRED;
    CampaignSendStatus next =
        lasting
            ? CampaignSendStatus.BLOCKED
            : attempts > 1 ? CampaignSendStatus.FAILED : CampaignSendStatus.DEFERRED;
    return with(next, attempts - 1, entry(at, kind, rules, null, null));
  }

  /**
   * Records the channel's answer to the current attempt.
   *
   * @param result the answer
   * @param maxAttempts the most attempts a message gets
   * @param at when
   * @return the record; still sending when the answer is unknown
   */
  public CampaignSend answer(SendResult result, int maxAttempts, Instant at) {
    return settle(result, maxAttempts, at, CampaignActivity.Kind.ANSWERED);
  }

  /**
   * Records what a lookup by the current attempt's key found.
   *
   * @param result the answer found
   * @param maxAttempts the most attempts a message gets
   * @param at when
   * @return the record; still sending when the lookup does not know either
   */
  public CampaignSend resolve(SendResult result, int maxAttempts, Instant at) {
    return settle(result, maxAttempts, at, CampaignActivity.Kind.RESOLVED);
  }

  /**
   * Records that a lookup found the channel never received the current attempt (the process stopped
   * between recording it and calling the channel). The attempt is taken back, so the next one
   * reuses its idempotency key: should the first call still reach the channel, the channel
   * de-duplicates the two. The message is then decided again.
   *
   * @param at when
   * @return the record, deferred (or failed when an earlier attempt failed)
   */
  public CampaignSend notReceived(Instant at) {
    requireSending();
    return with(
        attempts > 1 ? CampaignSendStatus.FAILED : CampaignSendStatus.DEFERRED,
        attempts - 1,
        entry(at, CampaignActivity.Kind.NOT_RECEIVED, List.of(), null, null));
  }

  /**
   * Returns when the current attempt was recorded.
   *
   * @return the instant of the last {@code ALLOWED} entry
   * @throws IllegalStateException before the first attempt
   */
  public Instant attemptedAt() {
    for (int i = activity.size() - 1; i >= 0; i--) {
      if (activity.get(i).kind() == CampaignActivity.Kind.ALLOWED) {
        return activity.get(i).at();
      }
    }
    throw new IllegalStateException(target.key() + " has no attempt yet");
  }

  private CampaignSend settle(
      SendResult result, int maxAttempts, Instant at, CampaignActivity.Kind kind) {
    requireNonNull(result, "result");
    requireSending();
    CampaignSendStatus next =
        switch (result.status()) {
          case DELIVERED -> CampaignSendStatus.DELIVERED;
          case BOUNCED -> CampaignSendStatus.BOUNCED;
          case FAILED ->
              attempts >= maxAttempts ? CampaignSendStatus.GAVE_UP : CampaignSendStatus.FAILED;
          case UNKNOWN -> CampaignSendStatus.SENDING;
        };
    CampaignActivity last = activity.get(activity.size() - 1);
    if (next == CampaignSendStatus.SENDING && last.answer() == SendStatus.UNKNOWN) {
      return this;
    }
    return with(next, attempts, entry(at, kind, List.of(), result.status(), result.detail()));
  }

  private void requireDeciding() {
    if (!awaitsDecision()) {
      throw new IllegalStateException(
          target.key() + " is " + status + "; only a deferred or failed message is decided again");
    }
  }

  private void requireSending() {
    if (status != CampaignSendStatus.SENDING) {
      throw new IllegalStateException(target.key() + " is " + status + ", not SENDING");
    }
  }

  private CampaignActivity entry(
      Instant at,
      CampaignActivity.Kind kind,
      List<String> rules,
      SendStatus answer,
      String detail) {
    return new CampaignActivity(target, at, kind, rules, answer, detail);
  }

  private CampaignSend with(CampaignSendStatus next, int tries, CampaignActivity added) {
    List<CampaignActivity> log = new ArrayList<>(activity.size() + 1);
    log.addAll(activity);
    log.add(added);
    return new CampaignSend(target, next, tries, log, version);
  }
}
