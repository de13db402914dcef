package dev.revops.sales.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.TransactionalResource;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.servicecase.Feedback;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread-safe in-memory {@link FeedbackLog}, the embedded default, that takes part in core's
 * in-memory unit of work: an answer recorded inside a unit of work is staged (seen by that unit of
 * work's own reads only) and appended at its commit, or dropped when it fails; outside one it is
 * appended at once. Answers are kept per account, in the order they were committed.
 */
public final class InMemoryFeedbackLog extends TransactionalResource<InMemoryFeedbackLog.Appends>
    implements FeedbackLog {
  private final Map<AccountId, List<Feedback>> byAccount = new HashMap<>();

  /** Creates an empty log. */
  public InMemoryFeedbackLog() {}

  /** The answers one unit of work recorded, in order; appended at commit. */
  public final class Appends implements TransactionalResource.Staged {
    private final List<Feedback> answers = new ArrayList<>();

    private Appends() {}

    @Override
    public void validate() {
      // an append-only log: nothing a concurrent commit can invalidate
    }

    @Override
    public void apply() {
      for (Feedback f : answers) {
        append(f);
      }
    }
  }

  @Override
  protected Appends newStaged() {
    return new Appends();
  }

  @Override
  public void record(Feedback feedback) {
    requireNonNull(feedback, "feedback");
    Appends staged = staged();
    if (staged != null) {
      staged.answers.add(feedback);
      return;
    }
    locked(
        () -> {
          append(feedback);
          return null;
        });
  }

  private void append(Feedback f) {
    byAccount.computeIfAbsent(f.account(), a -> new ArrayList<>()).add(f);
  }

  @Override
  public List<Feedback> forAccount(AccountId account) {
    requireNonNull(account, "account");
    List<Feedback> found =
        locked(() -> new ArrayList<>(byAccount.getOrDefault(account, List.of())));
    Appends own = stagedOrNull();
    if (own != null) {
      for (Feedback f : own.answers) {
        if (f.account().equals(account)) {
          found.add(f);
        }
      }
    }
    return List.copyOf(found);
  }
}
