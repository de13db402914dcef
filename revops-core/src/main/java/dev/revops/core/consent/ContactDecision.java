package dev.revops.core.consent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The answer to "may we contact this person on this channel at this instant?": allowed or not, with
 * every rule's outcome, so the decision can say why. Immutable.
 *
 * @param allowed true when no rule blocked
 * @param outcomes every rule's outcome, in evaluation order
 */
public record ContactDecision(boolean allowed, List<RuleOutcome> outcomes) {
  /** Copies the outcomes and checks {@code allowed} agrees with them. */
  public ContactDecision {
    outcomes = List.copyOf(outcomes);
    if (allowed == anyBlocks(outcomes)) {
      throw new IllegalArgumentException("a decision is allowed exactly when no rule blocks it");
    }
  }

  /**
   * Makes a decision from outcomes.
   *
   * @param outcomes every rule's outcome
   * @return allowed when none blocks
   */
  public static ContactDecision of(List<RuleOutcome> outcomes) {
    return new ContactDecision(!anyBlocks(outcomes), outcomes);
  }

  // loops, not streams: every contact a dunning run checks makes a decision
  private static boolean anyBlocks(List<RuleOutcome> outcomes) {
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).blocks()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the outcomes that blocked.
   *
   * @return the blocking outcomes, empty when allowed
   */
  public List<RuleOutcome> blockedBy() {
    return blocking(Function.identity());
  }

  /**
   * Returns the ids of the rules that blocked.
   *
   * @return rule ids, empty when allowed
   */
  public List<String> blockingRuleIds() {
    return blocking(RuleOutcome::ruleId);
  }

  private <T> List<T> blocking(Function<RuleOutcome, T> view) {
    if (allowed) {
      return List.of();
    }
    List<T> blocking = new ArrayList<>(2);
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).blocks()) {
        blocking.add(view.apply(outcomes.get(i)));
      }
    }
    return Collections.unmodifiableList(blocking);
  }
}
