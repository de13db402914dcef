package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactPreferences;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * An intended marketing contact: this person (their consent history from core), in these plausible
 * time zones, under this jurisdiction, reached this way, at this instant, with what the seller
 * knows of the relationship and what the message carries. Immutable.
 *
 * @param contact the person's consent history, opt-outs and do-not-call flag (core's model)
 * @param zones the person's plausible time zones, at least one; time rules hold in every one
 * @param jurisdiction the code whose rule switches apply, e.g. {@code "US"} or {@code "EU"}; a code
 *     the configuration does not name gets every rule
 * @param outreach channel, automation, address, purpose and product
 * @param at when the contact would happen
 * @param relationship purchases, inquiries and objection, {@link CustomerRelationship#none()} for a
 *     prospect
 * @param message what the message carries (e-mail and texts), or null when unknown (an e-mail
 *     without it is blocked)
 */
public record MarketingContactRequest(
    ContactPreferences contact,
    Set<ZoneId> zones,
    String jurisdiction,
    Outreach outreach,
    Instant at,
    CustomerRelationship relationship,
    MessageContent message) {

  /** Checks the fields and copies the zones. */
  public MarketingContactRequest {
    requireNonNull(contact, "contact");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(outreach, "outreach");
    requireNonNull(at, "at");
    requireNonNull(zones, "zones");
    zones = Set.copyOf(zones);
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("a marketing contact needs at least one plausible zone");
    }
    if (jurisdiction.isBlank()) {
      throw new IllegalArgumentException("jurisdiction must not be blank");
    }
    relationship = relationship == null ? CustomerRelationship.none() : relationship;
  }

  /**
   * A request for a prospect with no relationship and no message content.
   *
   * @param contact the person's preferences
   * @param zones the plausible zones
   * @param jurisdiction the jurisdiction code
   * @param outreach how and why
   * @param at when
   * @return the request
   */
  public static MarketingContactRequest of(
      ContactPreferences contact,
      Set<ZoneId> zones,
      String jurisdiction,
      Outreach outreach,
      Instant at) {
    return new MarketingContactRequest(
        contact, zones, jurisdiction, outreach, at, CustomerRelationship.none(), null);
  }

  /**
   * Returns the same request with a relationship.
   *
   * @param value the relationship
   * @return the new request
   */
  public MarketingContactRequest withRelationship(CustomerRelationship value) {
    return new MarketingContactRequest(contact, zones, jurisdiction, outreach, at, value, message);
  }

  /**
   * Returns the same request with the message's content.
   *
   * @param value the content
   * @return the new request
   */
  public MarketingContactRequest withMessage(MessageContent value) {
    return new MarketingContactRequest(
        contact, zones, jurisdiction, outreach, at, relationship, value);
  }

  /**
   * Returns the same request at another instant.
   *
   * @param value the instant
   * @return the new request
   */
  public MarketingContactRequest withAt(Instant value) {
    return new MarketingContactRequest(
        contact, zones, jurisdiction, outreach, value, relationship, message);
  }

  /**
   * Returns the same request with other preferences.
   *
   * @param value the preferences
   * @return the new request
   */
  public MarketingContactRequest withContact(ContactPreferences value) {
    return new MarketingContactRequest(
        value, zones, jurisdiction, outreach, at, relationship, message);
  }
}
