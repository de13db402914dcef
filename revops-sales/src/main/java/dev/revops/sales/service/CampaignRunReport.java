package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one {@link CampaignSender#sendDue} run did, counted per message (a step for a person) or per
 * person ({@link Outcome#ENTERED}, {@link Outcome#CONVERTED}). Immutable.
 *
 * @param campaignId the campaign
 * @param at when the run started
 * @param counts how many of each outcome; outcomes that did not happen are absent
 */
public record CampaignRunReport(String campaignId, Instant at, Map<Outcome, Integer> counts) {

  /** What happened to a person or a message in a run. */
  public enum Outcome {
    /** A person entered the campaign in this run. */
    ENTERED,
    /** A person had already reached the goal: nothing more is sent to them. */
    CONVERTED,
    /** A step's delay has not passed yet. */
    NOT_DUE,
    /** A step is due but the local time is outside the send window in one of the person's zones. */
    OUTSIDE_WINDOW,
    /** The channel delivered the message. */
    DELIVERED,
    /** The address does not take messages. */
    BOUNCED,
    /** The attempt failed; another follows on a later run. */
    FAILED,
    /** The last attempt failed. */
    GAVE_UP,
    /** The channel does not know yet; the message is looked up on a later run. */
    UNKNOWN,
    /** An attempt without an answer is younger than the lookup delay: left alone. */
    IN_FLIGHT,
    /** A rule that depends on time held it back. */
    DEFERRED,
    /** A rule blocked it for good. */
    BLOCKED,
    /** Another instance of the application decided or sent it at the same moment. */
    TAKEN_BY_ANOTHER,
    /** It was settled on an earlier run. */
    ALREADY_SETTLED
  }

  /** Copies the counts. */
  public CampaignRunReport {
    requireNonNull(campaignId, "campaignId");
    requireNonNull(at, "at");
    counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /**
   * Returns how many times an outcome happened.
   *
   * @param outcome the outcome
   * @return the count, 0 when it did not happen
   */
  public int count(Outcome outcome) {
    return counts.getOrDefault(outcome, 0);
  }
}
