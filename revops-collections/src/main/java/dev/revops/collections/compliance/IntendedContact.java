package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A contact someone (dunning, a campaign, a collector) wants to make: person, channel, debt,
 * instant. Immutable and thread-safe. Build one with {@link #builder()} rather than the positional
 * constructor.
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

  /**
   * The compliance request for this contact.
   *
   * @param effectiveFacts the facts compliance decides on (the intent's, or stricter ones the
   *     activity log implies)
   * @param history the contacts placed for the debt before
   * @return the request, with purpose {@code COLLECTION}
   */
  public DebtContactRequest toRequest(DebtFacts effectiveFacts, List<ContactAttempt> history) {
    return DebtContactRequest.builder()
        .preferences(preferences)
        .zones(zones)
        .channel(channel)
        .at(at)
        .account(account)
        .debt(debt)
        .facts(effectiveFacts)
        .history(history)
        .kind(kind)
        .build();
  }

  /**
   * Starts an intended contact; every field but the kind (default: {@code COLLECTION}) must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IntendedContact} field by field; the kind is {@code COLLECTION} unless set.
   * Mutable and not thread-safe.
   */
  public static final class Builder extends ContactBuilder<Builder> {
    private Builder() {
      super(ContactKind.COLLECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the intended contact.
     *
     * @return the intended contact
     * @throws NullPointerException naming the first field not set
     */
    public IntendedContact build() {
      return new IntendedContact(account, debt, preferences, zones, channel, at, kind, facts);
    }
  }
}
