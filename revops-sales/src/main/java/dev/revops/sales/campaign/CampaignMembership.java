package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import java.time.Instant;

/**
 * A person's place in a campaign: when they entered it (the first run that found them in the
 * audience; each step's delay counts from here) and, once they reach the campaign's goal, when they
 * converted (no step is sent after that). Immutable.
 *
 * @param campaignId the campaign
 * @param contact the person
 * @param account their account
 * @param enteredAt when they entered
 * @param convertedAt when they reached the goal, or null
 * @param version the stored version
 */
public record CampaignMembership(
    String campaignId,
    ContactId contact,
    AccountId account,
    Instant enteredAt,
    Instant convertedAt,
    long version)
    implements Aggregate<String, CampaignMembership> {

  /** Checks the parts. */
  public CampaignMembership {
    requireNonNull(campaignId, "campaignId");
    requireNonNull(contact, "contact");
    requireNonNull(account, "account");
    requireNonNull(enteredAt, "enteredAt");
    if (convertedAt != null && convertedAt.isBefore(enteredAt)) {
      throw new IllegalArgumentException(
          "converted at " + convertedAt + ", before entering at " + enteredAt);
    }
  }

  /**
   * The key of a person's membership of a campaign: {@code campaign/contact}.
   *
   * @param campaignId the campaign
   * @param contact the person
   * @return the key
   */
  public static String key(String campaignId, ContactId contact) {
    return campaignId + "/" + contact.value();
  }

  /**
   * A person entering a campaign.
   *
   * @param campaignId the campaign
   * @param contact the person
   * @param account their account
   * @param at when
   * @return the membership, not yet stored
   */
  public static CampaignMembership enter(
      String campaignId, ContactId contact, AccountId account, Instant at) {
    return new CampaignMembership(campaignId, contact, account, at, null, NEW);
  }

  @Override
  public String id() {
    return key(campaignId, contact);
  }

  @Override
  public CampaignMembership withVersion(long value) {
    return new CampaignMembership(campaignId, contact, account, enteredAt, convertedAt, value);
  }

  /**
   * Records the conversion; a second conversion keeps the first instant.
   *
   * @param at when
   * @return the membership, converted
   */
  public CampaignMembership convert(Instant at) {
    requireNonNull(at, "at");
    if (convertedAt != null) {
      return this;
    }
    Instant when = at.isBefore(enteredAt) ? enteredAt : at;
    return new CampaignMembership(campaignId, contact, account, enteredAt, when, version);
  }

  /**
   * Tells whether the person has reached the goal.
   *
   * @return true once converted
   */
  public boolean converted() {
    return convertedAt != null;
  }
}
