package dev.revops.sales.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.servicecase.Feedback;
import java.util.ArrayList;
import java.util.List;

/** A thread-safe in-memory {@link FeedbackLog}: the embedded default. */
public final class InMemoryFeedbackLog implements FeedbackLog {
  private final List<Feedback> all = new ArrayList<>();

  /** Creates an empty log. */
  public InMemoryFeedbackLog() {}

  @Override
  public synchronized void record(Feedback feedback) {
    all.add(requireNonNull(feedback, "feedback"));
  }

  @Override
  public synchronized List<Feedback> forAccount(AccountId account) {
    return all.stream().filter(f -> f.account().equals(account)).toList();
  }
}
