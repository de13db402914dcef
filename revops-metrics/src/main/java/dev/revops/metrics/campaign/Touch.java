package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One marketing touch on a customer's journey: a campaign (and the variant of it the contact saw)
 * reaching the contact through a channel at an instant. Immutable and thread-safe.
 *
 * @param campaign the campaign's id, not blank
 * @param variant the variant's name, or null when the campaign has no variants
 * @param channel the channel, e.g. {@code "EMAIL"}, {@code "CALL"}, {@code "SMS"}; not blank
 * @param at when the touch happened
 */
public record Touch(String campaign, String variant, String channel, Instant at) {
  /** Checks the parts. */
  public Touch {
    requireNonNull(campaign, "campaign");
    requireNonNull(channel, "channel");
    requireNonNull(at, "at");
    if (campaign.isBlank() || channel.isBlank()) {
      throw new IllegalArgumentException("a touch needs a campaign and a channel");
    }
    if (variant != null && variant.isBlank()) {
      throw new IllegalArgumentException("a variant, when given, must not be blank");
    }
  }

  /**
   * Returns the campaign and variant this touch counts for.
   *
   * @return the key
   */
  public CampaignKey key() {
    return new CampaignKey(campaign, variant);
  }
}
