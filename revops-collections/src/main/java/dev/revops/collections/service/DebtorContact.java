package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.compliance.DebtFacts;
import dev.revops.core.consent.ContactPreferences;
import java.time.ZoneId;
import java.util.Set;

/**
 * Whom dunning contacts for an account: the billing contact's preferences and plausible zones, and
 * the compliance facts of the account's debts. Immutable.
 *
 * @param preferences the person's consent and preferences
 * @param zones the person's plausible zones
 * @param facts the debt's compliance facts
 */
public record DebtorContact(ContactPreferences preferences, Set<ZoneId> zones, DebtFacts facts) {
  /** Checks and copies the fields. */
  public DebtorContact {
    requireNonNull(preferences, "preferences");
    zones = Set.copyOf(zones);
    requireNonNull(facts, "facts");
  }
}
