package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import java.time.Instant;

/**
 * A referrer's code, stored under the referrer's account id, so an account has one code at most.
 * Immutable.
 *
 * @param account the referrer (the aggregate's id)
 * @param code its code
 * @param issuedAt when it was first issued
 * @param version the stored version ({@link Aggregate#NEW} before the first save)
 */
public record IssuedCode(AccountId account, ReferralCode code, Instant issuedAt, long version)
    implements Aggregate<AccountId, IssuedCode> {
  /** Checks the parts. */
  public IssuedCode {
    requireNonNull(account, "account");
    requireNonNull(code, "code");
    requireNonNull(issuedAt, "issuedAt");
  }

  @Override
  public AccountId id() {
    return account;
  }

  @Override
  public IssuedCode withVersion(long newVersion) {
    return new IssuedCode(account, code, issuedAt, newVersion);
  }
}
