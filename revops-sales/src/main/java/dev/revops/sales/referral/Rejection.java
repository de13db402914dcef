package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

/**
 * Why a referral was rejected: the id of the rule that refused it ({@link ReferralRules}) and a
 * reason in words. Neither ever holds personal data: a self-referral names the kind of fact that
 * matched (e-mail, phone), never its value. Immutable.
 *
 * @param ruleId the rule's stable id, e.g. {@link ReferralRules#SELF_EMAIL}
 * @param reason the reason (not blank)
 */
public record Rejection(String ruleId, String reason) {
  /** Checks the parts. */
  public Rejection {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(reason, "reason");
    if (ruleId.isBlank() || reason.isBlank()) {
      throw new IllegalArgumentException("a rejection needs a rule id and a reason");
    }
  }
}
