package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.id.ContactId;

/**
 * One message of a campaign to one person: the campaign, the step (which fixes the channel) and the
 * contact. Its {@link #key()} identifies the message everywhere: in the send record, the activity
 * log and, with the attempt number, as the channel's idempotency key. Immutable.
 *
 * @param campaignId the campaign
 * @param stepId the step
 * @param contact the person
 * @param channel the step's channel
 */
public record SendTarget(String campaignId, String stepId, ContactId contact, Channel channel) {
  /** Checks the parts. */
  public SendTarget {
    requireNonNull(campaignId, "campaignId");
    requireNonNull(stepId, "stepId");
    requireNonNull(contact, "contact");
    requireNonNull(channel, "channel");
  }

  /**
   * Returns the message's key: {@code campaign/step/contact}.
   *
   * @return the key
   */
  public String key() {
    return campaignId + "/" + stepId + "/" + contact.value();
  }

  /**
   * Returns the idempotency key of one attempt at sending the message: {@code key#attempt}. Each
   * attempt has its own key, so a channel that de-duplicates on keys answers a retry afresh, and a
   * lookup by the last attempt's key says what became of that attempt.
   *
   * @param attempt the attempt's number, from 1
   * @return the idempotency key
   */
  public String attemptKey(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt numbers start at 1, got " + attempt);
    }
    return key() + "#" + attempt;
  }
}
