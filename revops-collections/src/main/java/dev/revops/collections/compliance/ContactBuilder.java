package dev.revops.collections.compliance;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The fields an {@link IntendedContact} and a {@link DebtContactRequest} share, set one by one:
 * person, zones, channel, instant, account, debt, kind and facts. Mutable and not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class ContactBuilder<B extends ContactBuilder<B>> {
  AccountId account;
  ReceivableId debt;
  ContactPreferences preferences;
  Set<ZoneId> zones;
  Channel channel;
  Instant at;
  ContactKind kind;
  DebtFacts facts;

  ContactBuilder(ContactKind defaultKind) {
    this.kind = defaultKind;
  }

  abstract B self();

  /**
   * Sets the account.
   *
   * @param value account, never null
   * @return this builder
   */
  public B account(AccountId value) {
    this.account = value;
    return self();
  }

  /**
   * Sets the debt.
   *
   * @param value debt, never null
   * @return this builder
   */
  public B debt(ReceivableId value) {
    this.debt = value;
    return self();
  }

  /**
   * Sets the person's consent and preferences.
   *
   * @param value preferences, never null
   * @return this builder
   */
  public B preferences(ContactPreferences value) {
    this.preferences = value;
    return self();
  }

  /**
   * Sets the person's plausible zones, at least one.
   *
   * @param value zones, never null
   * @return this builder
   */
  public B zones(Set<ZoneId> value) {
    this.zones = value;
    return self();
  }

  /**
   * Sets the channel.
   *
   * @param value channel, never null
   * @return this builder
   */
  public B channel(Channel value) {
    this.channel = value;
    return self();
  }

  /**
   * Sets when the contact would be made.
   *
   * @param value at, never null
   * @return this builder
   */
  public B at(Instant value) {
    this.at = value;
    return self();
  }

  /**
   * Sets why the contact is made.
   *
   * @param value kind, never null
   * @return this builder
   */
  public B kind(ContactKind value) {
    this.kind = value;
    return self();
  }

  /**
   * Sets the debt's compliance facts.
   *
   * @param value facts, never null
   * @return this builder
   */
  public B facts(DebtFacts value) {
    this.facts = value;
    return self();
  }
}
