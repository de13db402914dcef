package dev.revops.sales.referral;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import java.util.Optional;

/**
 * Stores issued codes under their referrer's account id (one per account), with optimistic
 * versioning. A host implements it over a table with a unique index on the code; {@link
 * InMemoryReferralCodeRepository} is the embedded default. Implementations must be thread-safe.
 */
public interface ReferralCodeRepository extends Repository<AccountId, IssuedCode> {
  /**
   * Finds the account a code was issued to.
   *
   * @param code the code (never null)
   * @return the issued code, or empty when no account has it
   */
  Optional<IssuedCode> findByCode(ReferralCode code);

  @Override
  default String typeName() {
    return "IssuedCode";
  }
}
