package dev.revops.sales.referral;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import java.time.Instant;

/**
 * Where the fraud rules get the parties' facts: the host answers from its contacts, its payment
 * provider's fingerprints and its billing history. The values it returns are personal data: revops
 * compares them and forgets them, never logs or stores them. {@link InMemoryReferralPartyFacts} is
 * the embedded default. Implementations must be thread-safe.
 */
public interface ReferralPartyFacts {
  /**
   * Returns an account's facts (its billing contact, payment method fingerprint, address).
   *
   * @param account the account (never null)
   * @return its facts; {@link PartyFacts#NONE} when nothing is known
   */
  PartyFacts ofAccount(AccountId account);

  /**
   * Returns a lead's facts (e-mail and phone as captured, an address when given).
   *
   * @param lead the lead (never null)
   * @return its facts; {@link PartyFacts#NONE} when nothing is known
   */
  PartyFacts ofLead(LeadId lead);

  /**
   * Tells whether an account already was a paying customer before a time (a paid invoice or an
   * active subscription): such an account is not referred.
   *
   * @param account the account (never null)
   * @param before the time (the attribution's)
   * @return true when it was a customer before that time
   */
  boolean wasCustomerBefore(AccountId account, Instant before);
}
