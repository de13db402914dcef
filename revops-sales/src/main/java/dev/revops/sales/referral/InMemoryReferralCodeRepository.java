package dev.revops.sales.referral;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.List;
import java.util.Optional;

/** A thread-safe in-memory {@link ReferralCodeRepository}: the embedded default. */
public final class InMemoryReferralCodeRepository extends InMemoryRepository<AccountId, IssuedCode>
    implements ReferralCodeRepository {
  private final InMemoryIndex<ReferralCode, AccountId, IssuedCode> byCode =
      index(c -> List.of(c.code()));

  /** Creates an empty repository. */
  public InMemoryReferralCodeRepository() {
    super("IssuedCode");
  }

  @Override
  public Optional<IssuedCode> findByCode(ReferralCode code) {
    return findBy(byCode, code).stream().findFirst();
  }
}
