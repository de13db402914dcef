package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.receivable.Receivable;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What dunning reads about an account at one instant: its receivables, zone, tags, last decline
 * reason, and the receivables paused by a current payment plan. Immutable.
 *
 * @param account the account
 * @param zone the debtor's zone (steps fall due at 00:00 local)
 * @param receivables the account's receivables (settled ones may be included)
 * @param tags the account's tags
 * @param lastDeclineReason the last payment decline reason, or null
 * @param paused receivables under a current payment plan: dunning leaves them alone
 */
public record DunningFacts(
    AccountId account,
    ZoneId zone,
    List<Receivable> receivables,
    Set<String> tags,
    String lastDeclineReason,
    Set<ReceivableId> paused) {

  /** Checks and copies the fields. */
  public DunningFacts {
    requireNonNull(account, "account");
    requireNonNull(zone, "zone");
    receivables = List.copyOf(receivables);
    tags = Set.copyOf(tags);
    paused = Set.copyOf(paused);
    for (Receivable r : receivables) {
      if (!r.account().equals(account)) {
        throw new IllegalArgumentException(
            "receivable " + r.id() + " belongs to " + r.account() + ", not " + account);
      }
    }
  }

  /**
   * Facts with no tags, no decline reason and nothing paused.
   *
   * @param account the account
   * @param zone the debtor's zone
   * @param receivables the receivables
   * @return the facts
   */
  public static DunningFacts of(AccountId account, ZoneId zone, List<Receivable> receivables) {
    return new DunningFacts(account, zone, receivables, Set.of(), null, Set.of());
  }

  /**
   * Returns a copy with other receivables (after payments).
   *
   * @param newReceivables the receivables
   * @return the copy
   */
  public DunningFacts withReceivables(List<Receivable> newReceivables) {
    return new DunningFacts(account, zone, newReceivables, tags, lastDeclineReason, paused);
  }

  /**
   * Returns a copy with other paused receivables.
   *
   * @param newPaused the receivables under a current plan
   * @return the copy
   */
  public DunningFacts withPaused(Set<ReceivableId> newPaused) {
    return new DunningFacts(account, zone, receivables, tags, lastDeclineReason, newPaused);
  }

  /**
   * Returns a copy with tags and a decline reason.
   *
   * @param newTags the tags
   * @param declineReason the last decline reason, or null
   * @return the copy
   */
  public DunningFacts withTags(Set<String> newTags, String declineReason) {
    return new DunningFacts(account, zone, receivables, newTags, declineReason, paused);
  }
}
