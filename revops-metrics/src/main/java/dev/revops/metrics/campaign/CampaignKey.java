package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

/**
 * A campaign, or one variant of it. Immutable and thread-safe.
 *
 * @param campaign the campaign's id, not blank
 * @param variant the variant's name, or null for the campaign as a whole (or one without variants)
 */
public record CampaignKey(String campaign, String variant) implements Comparable<CampaignKey> {
  /** Checks the campaign is present. */
  public CampaignKey {
    requireNonNull(campaign, "campaign");
    if (campaign.isBlank()) {
      throw new IllegalArgumentException("campaign must not be blank");
    }
  }

  /**
   * Returns the key of the whole campaign.
   *
   * @param campaign the campaign's id
   * @return the key without variant
   */
  public static CampaignKey of(String campaign) {
    return new CampaignKey(campaign, null);
  }

  /** Orders by campaign, then variant (the whole campaign first). */
  @Override
  public int compareTo(CampaignKey other) {
    int c = campaign.compareTo(other.campaign);
    if (c != 0) {
      return c;
    }
    if (variant == null || other.variant == null) {
      return variant == null ? (other.variant == null ? 0 : -1) : 1;
    }
    return variant.compareTo(other.variant);
  }

  /** Writes {@code campaign} or {@code campaign/variant}. */
  @Override
  public String toString() {
    return variant == null ? campaign : campaign + "/" + variant;
  }
}
