package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.sales.pipeline.Opportunity;
import java.util.Optional;

/**
 * What a conversion produced. Immutable.
 *
 * @param lead the converted lead, linked to the rest
 * @param account the account (new, or existing with empty fields filled)
 * @param contact the contact (new, or existing with empty fields filled)
 * @param opportunity the new opportunity, or null
 */
public record ConversionResult(
    Lead lead, Account account, Contact contact, Opportunity opportunity) {
  /** Checks the parts. */
  public ConversionResult {
    requireNonNull(lead, "lead");
    requireNonNull(account, "account");
    requireNonNull(contact, "contact");
  }

  /**
   * Returns the opportunity, if one was created.
   *
   * @return the opportunity
   */
  public Optional<Opportunity> createdOpportunity() {
    return Optional.ofNullable(opportunity);
  }
}
