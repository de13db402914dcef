package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.consent.Channel;
import java.time.Instant;

/**
 * A contact that was placed for a debt, as the frequency rules see it. Immutable.
 *
 * @param channel the channel
 * @param at when it was placed
 * @param conversation whether it led to a conversation with the debtor
 */
public record ContactAttempt(Channel channel, Instant at, boolean conversation) {
  /** Checks the fields. */
  public ContactAttempt {
    requireNonNull(channel, "channel");
    requireNonNull(at, "at");
  }

  /**
   * Tells whether the attempt was a telephone call (live or automated).
   *
   * @return true for calls
   */
  @JsonIgnore // derived, not stored: keeps the JSON form to the components
  public boolean isCall() {
    return DebtContactRules.isCall(channel);
  }
}
