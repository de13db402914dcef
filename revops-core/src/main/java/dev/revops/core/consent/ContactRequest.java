package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * An intended contact: this person (with their preferences and plausible zones), on this channel,
 * at this instant, for this purpose. Immutable.
 *
 * @param preferences what the person told us
 * @param zones the person's plausible time zones, at least one
 * @param channel the channel
 * @param at when the contact would happen
 * @param purpose why we contact them
 */
public record ContactRequest(
    ContactPreferences preferences,
    Set<ZoneId> zones,
    Channel channel,
    Instant at,
    Purpose purpose) {

  /** Checks the fields. */
  public ContactRequest {
    requireNonNull(preferences, "preferences");
    requireNonNull(channel, "channel");
    requireNonNull(at, "at");
    requireNonNull(purpose, "purpose");
    zones = Set.copyOf(zones);
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("a contact request needs at least one time zone");
    }
  }

  /** Why a person is contacted; rules differ by purpose. */
  public enum Purpose {
    /** Marketing or sales outreach. */
    MARKETING,
    /** Service or account messages the person needs (receipts, outages). */
    TRANSACTIONAL,
    /** Collecting a debt (collections adds its debt-specific rules). */
    COLLECTION
  }
}
