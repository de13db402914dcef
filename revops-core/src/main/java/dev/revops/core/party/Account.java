package dev.revops.core.party;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer: a company or a person the business sells to and bills. Immutable and thread-safe.
 *
 * @param id the account's id
 * @param name the account's display name (personal data for consumers: never logged)
 * @param timeZone the zone billing dates and days past due are computed in
 * @param currency the currency it is billed in
 * @param country ISO 3166 alpha-2 country, upper case
 * @param region a state or province code, or null when unknown
 * @param owner the user who owns the relationship, or null
 * @param version the stored version ({@link Aggregate#NEW} before the first save)
 */
public record Account(
    AccountId id,
    String name,
    ZoneId timeZone,
    Currency currency,
    String country,
    String region,
    UserId owner,
    long version)
    implements Aggregate<AccountId, Account> {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** Checks the required fields and normalises the country code. */
  public Account {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(timeZone, "timeZone");
    requireNonNull(currency, "currency");
    requireNonNull(country, "country");
    if (name.isBlank()) {
      throw new IllegalArgumentException("account " + id + ": name must not be blank");
    }
    country = country.trim().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "account " + id + ": country must be an ISO 3166 alpha-2 code such as US");
    }
  }

  /**
   * A new, unsaved account.
   *
   * @param id the id
   * @param name the display name
   * @param timeZone the zone
   * @param currency the billing currency
   * @param country the ISO country code
   * @return the account
   */
  public static Account of(
      AccountId id, String name, ZoneId timeZone, Currency currency, String country) {
    return new Account(id, name, timeZone, currency, country, null, null, NEW);
  }

  /**
   * Returns the owner, if any.
   *
   * @return the owning user
   */
  public Optional<UserId> ownerId() {
    return Optional.ofNullable(owner);
  }

  /**
   * Returns a copy with another owner.
   *
   * @param newOwner the owner, or null for none
   * @return the copy
   */
  public Account withOwner(UserId newOwner) {
    return new Account(id, name, timeZone, currency, country, region, newOwner, version);
  }

  @Override
  public Account withVersion(long newVersion) {
    return new Account(id, name, timeZone, currency, country, region, owner, newVersion);
  }
}
