package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An account's dunning state: which steps of the current episode already ran, which receivables
 * already raised an overdue alert, and whether service is suspended or changes are blocked. The
 * state is what makes evaluation idempotent. Immutable and thread-safe.
 *
 * @param id the account
 * @param anchor the due date of the oldest unpaid receivable the episode started from, or null when
 *     no episode is running
 * @param executedSteps ids of the steps done in this episode, in the order they ran
 * @param alerted receivables that already raised {@link PaymentOverdue}
 * @param suspended whether service is suspended
 * @param changesBlocked whether changes are blocked
 * @param version the stored version
 */
public record DunningCase(
    AccountId id,
    LocalDate anchor,
    List<String> executedSteps,
    Set<ReceivableId> alerted,
    boolean suspended,
    boolean changesBlocked,
    long version)
    implements Aggregate<AccountId, DunningCase> {

  /** Checks and copies the fields. */
  public DunningCase {
    requireNonNull(id, "id");
    executedSteps = List.copyOf(executedSteps);
    alerted = Set.copyOf(alerted);
  }

  /**
   * A case with nothing done yet.
   *
   * @param account the account
   * @return the case
   */
  public static DunningCase start(AccountId account) {
    return new DunningCase(account, null, List.of(), Set.of(), false, false, NEW);
  }

  /**
   * Tells whether an episode is running (some step ran or the service is restricted).
   *
   * @return true while dunning is active
   */
  @JsonIgnore // derived, not stored: keeps the JSON form to the components
  public boolean isActive() {
    return !executedSteps.isEmpty() || suspended || changesBlocked;
  }

  @Override
  public DunningCase withVersion(long newVersion) {
    return new DunningCase(
        id, anchor, executedSteps, alerted, suspended, changesBlocked, newVersion);
  }
}
