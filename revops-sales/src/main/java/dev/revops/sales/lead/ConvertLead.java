package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/**
 * How to convert a lead. Immutable.
 *
 * <p>A conversion id makes the conversion idempotent: a retry with the same id (after a timeout, a
 * crash, or a failure the caller cannot tell apart from a success) returns what the first attempt
 * produced instead of creating a second account, contact or opportunity, and concurrent conversions
 * of one lead with one id all get that same result. Without an id a conversion is still atomic (all
 * of it or nothing), but converting a lead that is already converted is refused with an {@code
 * IllegalTransitionException}, whoever converted it.
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
 * @param conversionId the caller's id of this conversion (at most 200 characters, not blank), kept
 *     on the converted lead; null for none. An id, never personal data: it is logged and published
 */
public record ConvertLead(
    AccountId existingAccount,
    ZoneId timeZone,
    Currency currency,
    UserId owner,
    String contactRole,
    String opportunityName,
    Money opportunityAmount,
    LocalDate opportunityCloseDate,
    String conversionId) {
  /** The longest conversion id accepted. */
  public static final int MAX_CONVERSION_ID = 200;

  /** Checks the parts. */
  public ConvertLead {
    checkConversionId(conversionId);
    requireNonNull(timeZone, "timeZone");
    requireNonNull(currency, "currency");
    requireNonNull(owner, "owner");
    if (opportunityName != null && (opportunityAmount == null || opportunityCloseDate == null)) {
      throw new IllegalArgumentException(
          "an opportunity needs an amount and a close date along with its name");
    }
  }

  /**
   * A conversion without a conversion id (see the class comment).
   *
   * @param existingAccount the account to convert into, or null to create one
   * @param timeZone the zone of a new account and of the contact
   * @param currency the currency of a new account
   * @param owner the owner of the account and of the opportunity
   * @param contactRole the contact's role, or null
   * @param opportunityName the name of an opportunity to create, or null for none
   * @param opportunityAmount its amount (required with a name)
   * @param opportunityCloseDate its expected close date (required with a name)
   */
  public ConvertLead(
      AccountId existingAccount,
      ZoneId timeZone,
      Currency currency,
      UserId owner,
      String contactRole,
      String opportunityName,
      Money opportunityAmount,
      LocalDate opportunityCloseDate) {
    this(
        existingAccount,
        timeZone,
        currency,
        owner,
        contactRole,
        opportunityName,
        opportunityAmount,
        opportunityCloseDate,
        null);
  }

  /**
   * Checks a conversion id: null, or 1 to {@link #MAX_CONVERSION_ID} characters, not blank.
   *
   * @param conversionId the id, or null
   * @throws InvalidInputException naming {@code conversionId} when it is blank or too long
   */
  public static void checkConversionId(String conversionId) {
    if (conversionId == null) {
      return;
    }
    if (conversionId.isBlank()) {
      throw InvalidInputException.of("lead conversion", "conversionId", "must not be blank");
    }
    if (conversionId.length() > MAX_CONVERSION_ID) {
      throw InvalidInputException.of(
          "lead conversion",
          "conversionId",
          "must be at most " + MAX_CONVERSION_ID + " characters, got " + conversionId.length());
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
    return copy(account, opportunityName, opportunityAmount, opportunityCloseDate, conversionId);
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
    return copy(existingAccount, name, amount, closeDate, conversionId);
  }

  /**
   * Returns a copy with a conversion id, so retries and concurrent calls make one conversion.
   *
   * @param id the caller's id of this conversion (not blank, at most {@link #MAX_CONVERSION_ID}
   *     characters), e.g. a UUID made once per user action
   * @return the copy
   * @throws InvalidInputException naming {@code conversionId} when the id is null, blank or too
   *     long
   */
  public ConvertLead withConversionId(String id) {
    if (id == null) {
      throw InvalidInputException.of("lead conversion", "conversionId", "must not be null");
    }
    return copy(existingAccount, opportunityName, opportunityAmount, opportunityCloseDate, id);
  }

  /** The one place a copy lists every component: the copies differ only in these. */
  private ConvertLead copy(
      AccountId account, String name, Money amount, LocalDate closeDate, String id) {
    return new ConvertLead(
        account, timeZone, currency, owner, contactRole, name, amount, closeDate, id);
  }
}
