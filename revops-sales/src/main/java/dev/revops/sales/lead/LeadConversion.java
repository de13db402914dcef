package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.OpportunityId;
import java.time.Instant;
import java.util.Optional;

/**
 * What a converted lead became: the links it keeps. Immutable.
 *
 * @param account the account (new or existing)
 * @param contact the contact (new or existing)
 * @param opportunity the opportunity created with the conversion, or null
 * @param convertedAt when
 * @param conversionId the caller's id of the conversion ({@link ConvertLead#conversionId()}), or
 *     null when it was given none; a retry with this id returns this conversion
 */
public record LeadConversion(
    AccountId account,
    ContactId contact,
    OpportunityId opportunity,
    Instant convertedAt,
    String conversionId) {
  /** Checks the required links. */
  public LeadConversion {
    requireNonNull(account, "account");
    requireNonNull(contact, "contact");
    requireNonNull(convertedAt, "convertedAt");
    ConvertLead.checkConversionId(conversionId);
  }

  /**
   * Links of a conversion made without a conversion id.
   *
   * @param account the account
   * @param contact the contact
   * @param opportunity the opportunity, or null
   * @param convertedAt when
   */
  public LeadConversion(
      AccountId account, ContactId contact, OpportunityId opportunity, Instant convertedAt) {
    this(account, contact, opportunity, convertedAt, null);
  }

  /**
   * Tells whether this is the conversion a caller identified by an id.
   *
   * @param id the caller's conversion id, or null
   * @return true when both ids are given and equal
   */
  public boolean isConversion(String id) {
    return id != null && id.equals(conversionId);
  }

  /**
   * Returns the opportunity, if one was created.
   *
   * @return the opportunity id
   */
  public Optional<OpportunityId> opportunityId() {
    return Optional.ofNullable(opportunity);
  }
}
