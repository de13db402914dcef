package dev.revops.core.party;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person at an account. E-mails are stored lower-cased and phones in E.164, so duplicates and
 * consent match reliably. {@code zones} are the plausible time zones of the person: one when the
 * address is known, several when only a phone area code or a region hints at it; compliance checks
 * a contact is convenient in every one of them. Immutable and thread-safe.
 *
 * @param id the contact's id
 * @param account the account the person belongs to
 * @param name the person's name (personal data: never logged)
 * @param role the person's role, e.g. {@code "billing"}; may be blank
 * @param emails normalised e-mail addresses, first is primary
 * @param phones E.164 phone numbers, first is primary
 * @param zones plausible time zones, at least one
 * @param version the stored version
 */
public record Contact(
    ContactId id,
    AccountId account,
    String name,
    String role,
    List<String> emails,
    List<String> phones,
    Set<ZoneId> zones,
    long version)
    implements Aggregate<ContactId, Contact> {
  private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");

  /** Checks and normalises the fields. */
  public Contact {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(name, "name");
    role = role == null ? "" : role;
    emails = emails.stream().map(ContactPoints::email).distinct().toList();
    for (String p : phones) {
      if (!E164.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "contact " + id + ": phones must be E.164; normalise with ContactPoints.phone");
      }
    }
    phones = List.copyOf(new LinkedHashSet<>(phones));
    zones = Set.copyOf(zones);
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("contact " + id + ": needs at least one time zone");
    }
  }

  @Override
  public Contact withVersion(long newVersion) {
    return new Contact(id, account, name, role, emails, phones, zones, newVersion);
  }
}
