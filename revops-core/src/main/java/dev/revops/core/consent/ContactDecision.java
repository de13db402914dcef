package dev.revops.core.consent;

import java.util.List;

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
    boolean blocked = outcomes.stream().anyMatch(RuleOutcome::blocks);
    if (allowed == blocked) {
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
    return new ContactDecision(outcomes.stream().noneMatch(RuleOutcome::blocks), outcomes);
  }

  /**
   * Returns the outcomes that blocked.
   *
   * @return the blocking outcomes, empty when allowed
   */
  public List<RuleOutcome> blockedBy() {
    return outcomes.stream().filter(RuleOutcome::blocks).toList();
  }

  /**
   * Returns the ids of the rules that blocked.
   *
   * @return rule ids, empty when allowed
   */
  public List<String> blockingRuleIds() {
    return blockedBy().stream().map(RuleOutcome::ruleId).toList();
  }
}
