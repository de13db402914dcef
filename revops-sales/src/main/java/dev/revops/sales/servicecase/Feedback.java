package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.sales.id.CaseId;
import java.time.Instant;

/**
 * A customer's answer to a feedback interview or survey, attached to the account (and to a case
 * when it follows one). CSAT scores 1-5, NPS 0-10. Immutable.
 *
 * @param account the account
 * @param caseId the case it follows, or null
 * @param kind CSAT or NPS
 * @param score the answer
 * @param comment free text, or null (may hold personal data: never logged)
 * @param at when it was given
 */
public record Feedback(
    AccountId account, CaseId caseId, Kind kind, int score, String comment, Instant at) {
  /** The survey kinds. */
  public enum Kind {
    /** Customer satisfaction, 1 (very unsatisfied) to 5 (very satisfied). */
    CSAT,
    /** Net promoter score, 0 to 10. */
    NPS
  }

  /** Checks the score's range. */
  public Feedback {
    requireNonNull(account, "account");
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    int min = kind == Kind.CSAT ? 1 : 0;
    int max = kind == Kind.CSAT ? 5 : 10;
    if (score < min || score > max) {
      throw new IllegalArgumentException(kind + " score must be " + min + "-" + max);
    }
  }
}
