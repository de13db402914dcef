package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/**
 * How to convert a lead. Immutable.
 *
 * @param existingAccount the account to convert into, or null to create one
 * @param timeZone the zone of a new account and of the contact
 * @param currency the currency of a new account
 * @param owner the owner of the account (fills an empty owner of an existing account) and of the
 *     opportunity
 * @param contactRole the contact's role, or null
 * @param opportunityName the name of an opportunity to create, or null for none
 * @param opportunityAmount its amount (required with a name)
 * @param opportunityCloseDate its expected close date (required with a name)
 */
public record ConvertLead(
    AccountId existingAccount,
    ZoneId timeZone,
    Currency currency,
    UserId owner,
    String contactRole,
    String opportunityName,
    Money opportunityAmount,
    LocalDate opportunityCloseDate) {
  /** Checks the parts. */
  public ConvertLead {
    requireNonNull(timeZone, "timeZone");
    requireNonNull(currency, "currency");
    requireNonNull(owner, "owner");
    if (opportunityName != null && (opportunityAmount == null || opportunityCloseDate == null)) {
      throw new IllegalArgumentException(
          "an opportunity needs an amount and a close date along with its name");
    }
  }

  /**
   * Converts into a new account, without an opportunity.
   *
   * @param zone the zone
   * @param currency the currency
   * @param owner the owner
   * @return the command
   */
  public static ConvertLead newAccount(ZoneId zone, Currency currency, UserId owner) {
    return new ConvertLead(null, zone, currency, owner, null, null, null, null);
  }

  /**
   * Returns a copy converting into an existing account.
   *
   * @param account the account
   * @return the copy
   */
  public ConvertLead into(AccountId account) {
    return new ConvertLead(
        account,
        timeZone,
        currency,
        owner,
        contactRole,
        opportunityName,
        opportunityAmount,
        opportunityCloseDate);
  }

  /**
   * Returns a copy that also creates an opportunity.
   *
   * @param name its name
   * @param amount its amount
   * @param closeDate its expected close date
   * @return the copy
   */
  public ConvertLead withOpportunity(String name, Money amount, LocalDate closeDate) {
    return new ConvertLead(
        existingAccount, timeZone, currency, owner, contactRole, name, amount, closeDate);
  }
}
