package dev.revops.sales.marketing;

import dev.revops.core.consent.ContactDecision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to "may this campaign contact this person now?": allowed or blocked, with every rule's
 * outcome, its regulation and its reason, so the decision says why. Immutable.
 *
 * @param allowed true when no rule blocked
 * @param outcomes every rule's outcome, in evaluation order
 */
public record MarketingDecision(boolean allowed, List<MarketingRuleOutcome> outcomes) {
  /** Copies the outcomes and checks {@code allowed} agrees with them. */
  public MarketingDecision {
    outcomes = List.copyOf(outcomes);
    boolean blocked = outcomes.stream().anyMatch(MarketingRuleOutcome::blocks);
    if (allowed == blocked) {
      throw new IllegalArgumentException("a decision is allowed exactly when no rule blocks it");
    }
  }

  /**
   * Makes a decision from core's, adding each rule's citation.
   *
   * @param decision the core decision
   * @param citations rule id to regulation
   * @return the decision
   */
  static MarketingDecision of(ContactDecision decision, Map<String, String> citations) {
    List<MarketingRuleOutcome> out = new ArrayList<>(decision.outcomes().size());
    decision
        .outcomes()
        .forEach(
            o ->
                out.add(
                    MarketingRuleOutcome.of(o, citations.getOrDefault(o.ruleId(), "host rule"))));
    return new MarketingDecision(decision.allowed(), out);
  }

  /**
   * Returns the outcomes that blocked: the rules that decided a "no".
   *
   * @return the blocking outcomes, empty when allowed
   */
  public List<MarketingRuleOutcome> blockedBy() {
    List<MarketingRuleOutcome> b = new ArrayList<>(2);
    for (MarketingRuleOutcome o : outcomes) {
      if (o.blocks()) {
        b.add(o);
      }
    }
    return Collections.unmodifiableList(b);
  }

  /**
   * Returns the ids of the rules that blocked.
   *
   * @return the ids, empty when allowed
   */
  public List<String> blockingRuleIds() {
    return blockedBy().stream().map(MarketingRuleOutcome::ruleId).toList();
  }

  /**
   * Returns the outcome of one rule.
   *
   * @param ruleId the rule's id
   * @return the outcome, empty when the rule did not run (switched off)
   */
  public Optional<MarketingRuleOutcome> outcome(String ruleId) {
    return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * Returns core's decision (without citations), for an activity log that keeps core outcomes.
   *
   * @return the decision
   */
  public ContactDecision asContactDecision() {
    return ContactDecision.of(outcomes.stream().map(MarketingRuleOutcome::asRuleOutcome).toList());
  }
}
