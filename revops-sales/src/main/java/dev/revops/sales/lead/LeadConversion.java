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
 */
public record LeadConversion(
    AccountId account, ContactId contact, OpportunityId opportunity, Instant convertedAt) {
  /** Checks the required links. */
  public LeadConversion {
    requireNonNull(account, "account");
    requireNonNull(contact, "contact");
    requireNonNull(convertedAt, "convertedAt");
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
