package dev.revops.sales.scoring;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something a lead did that engagement rules score: a page view, an e-mail open or click, a form, a
 * meeting. Immutable.
 *
 * @param type the event type, matched with {@link ScoringRules.EngagementRule#eventType()}
 * @param at when it happened
 */
public record EngagementEvent(String type, Instant at) {
  /** Checks the parts. */
  public EngagementEvent {
    requireNonNull(type, "type");
    requireNonNull(at, "at");
  }
}
