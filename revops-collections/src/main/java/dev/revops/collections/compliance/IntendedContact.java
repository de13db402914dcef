package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * A contact someone (dunning, a campaign, a collector) wants to make: person, channel, debt,
 * instant. Immutable.
 *
 * @param account the account
 * @param debt the debt
 * @param preferences the person's consent and preferences
 * @param zones the person's plausible zones, at least one
 * @param channel the channel
 * @param at when
 * @param kind why
 * @param facts the debt's compliance facts
 */
public record IntendedContact(
    AccountId account,
    ReceivableId debt,
    ContactPreferences preferences,
    Set<ZoneId> zones,
    Channel channel,
    Instant at,
    ContactKind kind,
    DebtFacts facts) {
  /** Checks and copies the fields. */
  public IntendedContact {
    requireNonNull(account, "account");
    requireNonNull(debt, "debt");
    requireNonNull(preferences, "preferences");
    zones = Set.copyOf(zones);
    requireNonNull(channel, "channel");
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(facts, "facts");
  }
}
