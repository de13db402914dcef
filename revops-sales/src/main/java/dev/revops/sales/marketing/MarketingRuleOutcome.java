package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.consent.RuleOutcome.Verdict;

/**
 * What one marketing rule said, with the regulation it implements. Immutable.
 *
 * @param ruleId the rule's stable id, e.g. {@code "tcpa.quiet-hours"}
 * @param citation the regulation, e.g. {@code "TCPA 47 CFR 64.1200(c)(1)"}
 * @param verdict allow, block or not applicable
 * @param reason why, in words (never personal data)
 */
public record MarketingRuleOutcome(String ruleId, String citation, Verdict verdict, String reason) {
  /** Checks the fields. */
  public MarketingRuleOutcome {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(citation, "citation");
    requireNonNull(verdict, "verdict");
    requireNonNull(reason, "reason");
  }

  /**
   * Adds the citation to a core outcome.
   *
   * @param outcome the outcome
   * @param citation the regulation
   * @return the marketing outcome
   */
  public static MarketingRuleOutcome of(RuleOutcome outcome, String citation) {
    return new MarketingRuleOutcome(
        outcome.ruleId(), citation, outcome.verdict(), outcome.reason());
  }

  /**
   * Tells whether this outcome blocks.
   *
   * @return true for BLOCK
   */
  public boolean blocks() {
    return verdict == Verdict.BLOCK;
  }

  /**
   * Returns the core outcome (without the citation), for the activity log.
   *
   * @return the outcome
   */
  public RuleOutcome asRuleOutcome() {
    return new RuleOutcome(ruleId, verdict, reason);
  }

  @Override
  public String toString() {
    return ruleId + " " + verdict + " [" + citation + "]: " + reason;
  }
}
