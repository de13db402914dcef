package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe in-memory {@link ReferralPartyFacts}, filled by the host or a test: the embedded
 * default.
 */
public final class InMemoryReferralPartyFacts implements ReferralPartyFacts {
  private final Map<AccountId, PartyFacts> accounts = new ConcurrentHashMap<>();
  private final Map<LeadId, PartyFacts> leads = new ConcurrentHashMap<>();
  private final Map<AccountId, Instant> customersSince = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryReferralPartyFacts() {}

  /**
   * Sets an account's facts.
   *
   * @param account the account
   * @param facts its facts
   * @return this store
   */
  public InMemoryReferralPartyFacts putAccount(AccountId account, PartyFacts facts) {
    accounts.put(requireNonNull(account, "account"), requireNonNull(facts, "facts"));
    return this;
  }

  /**
   * Sets a lead's facts.
   *
   * @param lead the lead
   * @param facts its facts
   * @return this store
   */
  public InMemoryReferralPartyFacts putLead(LeadId lead, PartyFacts facts) {
    leads.put(requireNonNull(lead, "lead"), requireNonNull(facts, "facts"));
    return this;
  }

  /**
   * Records that an account is a customer from a time on.
   *
   * @param account the account
   * @param since when it first paid
   * @return this store
   */
  public InMemoryReferralPartyFacts customerSince(AccountId account, Instant since) {
    customersSince.merge(
        requireNonNull(account, "account"),
        requireNonNull(since, "since"),
        (a, b) -> a.isBefore(b) ? a : b);
    return this;
  }

  @Override
  public PartyFacts ofAccount(AccountId account) {
    return accounts.getOrDefault(account, PartyFacts.NONE);
  }

  @Override
  public PartyFacts ofLead(LeadId lead) {
    return leads.getOrDefault(lead, PartyFacts.NONE);
  }

  @Override
  public boolean wasCustomerBefore(AccountId account, Instant before) {
    Instant since = customersSince.get(account);
    return since != null && since.isBefore(before);
  }
}
