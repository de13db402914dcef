package dev.revops.sales.referral;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.port.Repository;
import java.util.List;

/**
 * Stores referrals with optimistic versioning. A host implements it over its own storage (indexes
 * on the referrer, the referred lead and the referred account); {@link InMemoryReferralRepository}
 * is the embedded default. Implementations must be thread-safe.
 */
public interface ReferralRepository extends Repository<ReferralId, Referral> {
  /**
   * Returns a referrer's referrals, whatever their status: what the cap rules count.
   *
   * @param referrer the referrer (never null)
   * @return its referrals, oldest first; empty when none
   */
  List<Referral> findByReferrer(AccountId referrer);

  /**
   * Returns the referrals that name a referred account.
   *
   * @param referred the referred account (never null)
   * @return the referrals, oldest first; empty when none
   */
  List<Referral> findByReferredAccount(AccountId referred);

  /**
   * Returns the referrals of a referred lead.
   *
   * @param lead the lead (never null)
   * @return the referrals, oldest first; empty when none
   */
  List<Referral> findByReferredLead(LeadId lead);

  @Override
  default String typeName() {
    return "Referral";
  }
}
