package dev.revops.sales.referral;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.List;

/** A thread-safe in-memory {@link ReferralRepository}: the embedded default. */
public final class InMemoryReferralRepository extends InMemoryRepository<ReferralId, Referral>
    implements ReferralRepository {
  private final InMemoryIndex<AccountId, ReferralId, Referral> byReferrer =
      index(r -> List.of(r.referrer()));
  private final InMemoryIndex<AccountId, ReferralId, Referral> byReferred =
      index(r -> r.referredAccount() == null ? List.of() : List.of(r.referredAccount()));
  private final InMemoryIndex<LeadId, ReferralId, Referral> byLead =
      index(r -> List.of(r.referredLead()));

  /** Creates an empty repository. */
  public InMemoryReferralRepository() {
    super("Referral");
  }

  @Override
  public List<Referral> findByReferrer(AccountId referrer) {
    return findBy(byReferrer, referrer);
  }

  @Override
  public List<Referral> findByReferredAccount(AccountId referred) {
    return findBy(byReferred, referred);
  }

  @Override
  public List<Referral> findByReferredLead(LeadId lead) {
    return findBy(byLead, lead);
  }
}
