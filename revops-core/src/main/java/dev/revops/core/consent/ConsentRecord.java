package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One consent event: on this channel, this status, from this source, at this time. Immutable.
 *
 * @param channel the channel it is about
 * @param status opted in or out
 * @param source where it came from, e.g. {@code "web-form:pricing"}, {@code "sms-keyword:STOP"}
 * @param at when it was given
 */
public record ConsentRecord(Channel channel, ConsentStatus status, String source, Instant at) {
  /** Checks every field is present. */
  public ConsentRecord {
    requireNonNull(channel, "channel");
    requireNonNull(status, "status");
    requireNonNull(source, "source");
    requireNonNull(at, "at");
  }
}
