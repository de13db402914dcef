package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.Feedback;
import dev.revops.sales.servicecase.ServiceCase;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a service contact into a sales moment: a case resolved ({@link CaseStatus#CLOSED}; a merged
 * case is not resolved) whose customer answered the case's CSAT survey at or above the threshold
 * makes the top eligible offer available to the agent. The case's latest CSAT answer counts; an NPS
 * answer or an answer to another case does not. Immutable and thread-safe.
 *
 * @param csatThreshold the lowest satisfying CSAT score, 1 to 5
 */
public record CaseOfferRule(int csatThreshold) {
  /** Checks the threshold. */
  public CaseOfferRule {
    if (csatThreshold < 1 || csatThreshold > 5) {
      throw new IllegalArgumentException("CSAT threshold must be 1-5, got " + csatThreshold);
    }
  }

  /**
   * Whether a case makes an offer available, and why.
   *
   * @param triggered true when an offer may be presented
   * @param reason what decided, in words (ids and scores only)
   */
  public record Decision(boolean triggered, String reason) {
    /** Checks the reason. */
    public Decision {
      requireNonNull(reason, "reason");
    }
  }

  /**
   * Decides for one case.
   *
   * @param serviceCase the case
   * @param answers the account's feedback answers (any order)
   * @return the decision
   */
  public Decision decide(ServiceCase serviceCase, List<Feedback> answers) {
    requireNonNull(serviceCase, "serviceCase");
    requireNonNull(answers, "answers");
    if (serviceCase.status() != CaseStatus.CLOSED) {
      return new Decision(
          false, "case " + serviceCase.id() + " is " + serviceCase.status() + ", not resolved");
    }
    Optional<Feedback> latest =
        answers.stream()
            .filter(f -> f.kind() == Feedback.Kind.CSAT && serviceCase.id().equals(f.caseId()))
            .max(Comparator.comparing(Feedback::at));
    if (latest.isEmpty()) {
      return new Decision(false, "no CSAT answer for case " + serviceCase.id());
    }
    int score = latest.get().score();
    if (score < csatThreshold) {
      return new Decision(false, "CSAT " + score + " is below the threshold " + csatThreshold);
    }
    return new Decision(true, "CSAT " + score + " meets the threshold " + csatThreshold);
  }
}
