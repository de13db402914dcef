package dev.revops.collections.guidance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;

/**
 * The next best action with the channel and local hour to use and the reason. The contact itself
 * still goes through the contact gate. Immutable.
 *
 * @param action the action
 * @param channel the suggested channel, or null when no contact is suggested
 * @param hour the suggested local hour, or null
 * @param reason why, in words (no personal data)
 */
public record NextBestAction(NextAction action, Channel channel, Integer hour, String reason) {
  /** Checks the fields. */
  public NextBestAction {
    requireNonNull(action, "action");
    requireNonNull(reason, "reason");
  }
}
