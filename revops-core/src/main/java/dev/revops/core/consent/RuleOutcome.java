package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

/**
 * What one rule said about an intended contact. Immutable.
 *
 * @param ruleId the rule's stable id, e.g. {@code "consent.opted-out"}
 * @param verdict allow, block, or not applicable
 * @param reason why, in words (never personal data)
 */
public record RuleOutcome(String ruleId, Verdict verdict, String reason) {
  /** Checks the fields. */
  public RuleOutcome {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(verdict, "verdict");
    requireNonNull(reason, "reason");
  }

  /**
   * An outcome that allows the contact.
   *
   * @param ruleId the rule
   * @param reason why
   * @return the outcome
   */
  public static RuleOutcome allow(String ruleId, String reason) {
    return new RuleOutcome(ruleId, Verdict.ALLOW, reason);
  }

  /**
   * An outcome that blocks the contact.
   *
   * @param ruleId the rule
   * @param reason why
   * @return the outcome
   */
  public static RuleOutcome block(String ruleId, String reason) {
    return new RuleOutcome(ruleId, Verdict.BLOCK, reason);
  }

  /**
   * An outcome for a rule that does not apply (another channel, another purpose).
   *
   * @param ruleId the rule
   * @param reason why not
   * @return the outcome
   */
  public static RuleOutcome notApplicable(String ruleId, String reason) {
    return new RuleOutcome(ruleId, Verdict.NOT_APPLICABLE, reason);
  }

  /**
   * Tells whether this outcome blocks.
   *
   * @return true for BLOCK
   */
  public boolean blocks() {
    return verdict == Verdict.BLOCK;
  }

  /** A rule's verdict. */
  public enum Verdict {
    /** The rule allows the contact. */
    ALLOW,
    /** The rule forbids the contact. */
    BLOCK,
    /** The rule does not apply. */
    NOT_APPLICABLE
  }
}
