package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.marketing.MessageContent;
import java.time.Duration;
import java.util.Map;

/**
 * How a {@link CampaignSender} sends: what every e-mail and text carries (CAN-SPAM's opt-out,
 * sender and postal address), the sender's template values ({@code sender.name}, {@code
 * sender.postalAddress}, which defaults to the content's postal address, ...; a recipient's own
 * values win), the most attempts a message gets, and how long an attempt whose answer was not
 * recorded is left alone before it is looked up (it may still be in flight on another instance).
 * Immutable.
 *
 * @param content what each message carries
 * @param senderValues template values shared by every recipient
 * @param maxAttempts the most attempts per message, 1 to 10
 * @param lookupAfter the age from which an unanswered attempt is looked up; not negative
 */
public record CampaignSendSettings(
    MessageContent content,
    Map<String, String> senderValues,
    int maxAttempts,
    Duration lookupAfter) {
  /** Checks the parts and copies the values. */
  public CampaignSendSettings {
    requireNonNull(content, "content");
    senderValues = Map.copyOf(senderValues);
    requireNonNull(lookupAfter, "lookupAfter");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be from 1 to 10, got " + maxAttempts);
    }
    if (lookupAfter.isNegative()) {
      throw new IllegalArgumentException("lookupAfter must not be negative, got " + lookupAfter);
    }
  }

  /**
   * Three attempts, unanswered attempts looked up after a minute.
   *
   * @param content what each message carries
   * @param senderValues the sender's template values
   * @return the settings
   */
  public static CampaignSendSettings of(MessageContent content, Map<String, String> senderValues) {
    return new CampaignSendSettings(content, senderValues, 3, Duration.ofMinutes(1));
  }
}
