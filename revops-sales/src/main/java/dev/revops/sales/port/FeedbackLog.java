package dev.revops.sales.port;

import dev.revops.core.id.AccountId;
import dev.revops.sales.servicecase.Feedback;
import java.util.List;

/**
 * Keeps feedback answers (CSAT, NPS) by account; append-only. {@code
 * port.memory.InMemoryFeedbackLog} is the embedded default. Implementations must be thread-safe.
 */
public interface FeedbackLog {
  /**
   * Appends an answer.
   *
   * @param feedback the answer
   */
  void record(Feedback feedback);

  /**
   * Returns an account's answers.
   *
   * @param account the account
   * @return its answers, oldest first
   */
  List<Feedback> forAccount(AccountId account);
}
