package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.sales.marketing.CustomerRelationship;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person in a campaign's audience, as the host knows them when a run starts: their account, their
 * consent history (core's model), where they can be reached, their relationship with the seller,
 * and the values of the template tokens. Immutable.
 *
 * @param account the account
 * @param contact the person's consent history, opt-outs and do-not-call flag
 * @param reach the plausible zones, the jurisdiction and the addresses per channel
 * @param relationship purchases, inquiries and objection
 * @param values the template token values, such as {@code contact.firstName}
 */
public record CampaignRecipient(
    AccountId account,
    ContactPreferences contact,
    Reach reach,
    CustomerRelationship relationship,
    Map<String, String> values) {

  /** Checks the parts and copies the values. */
  public CampaignRecipient {
    requireNonNull(account, "account");
    requireNonNull(contact, "contact");
    requireNonNull(reach, "reach");
    relationship = relationship == null ? CustomerRelationship.none() : relationship;
    values = Map.copyOf(values);
  }

  /**
   * Where a person can be reached: their plausible time zones (every rule of time holds in each),
   * the jurisdiction whose rules apply, and an address per channel (an e-mail address for {@code
   * EMAIL}, a number for calls and texts). Immutable.
   *
   * @param zones the plausible zones, at least one
   * @param jurisdiction the jurisdiction code, such as {@code "US"}
   * @param addresses the address per channel; a channel without one is not used
   */
  public record Reach(Set<ZoneId> zones, String jurisdiction, Map<Channel, String> addresses) {
    /** Checks the parts and copies the collections. */
    public Reach {
      zones = Set.copyOf(zones);
      requireNonNull(jurisdiction, "jurisdiction");
      if (zones.isEmpty()) {
        throw new IllegalArgumentException("a recipient needs at least one plausible zone");
      }
      addresses = addresses.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(addresses));
    }

    /**
     * Returns the address for a channel; calls and automated calls share the phone number when only
     * one is given.
     *
     * @param channel the channel
     * @return the address, if the person has one
     */
    public Optional<String> address(Channel channel) {
      String a = addresses.get(channel);
      if (a == null && channel == Channel.AUTOMATED_CALL) {
        a = addresses.get(Channel.PHONE);
      }
      return Optional.ofNullable(a);
    }
  }

  /** Leaves the token values out: they hold names. */
  @Override
  public String toString() {
    return "CampaignRecipient[" + contact.contact() + " of " + account + "]";
  }
}
