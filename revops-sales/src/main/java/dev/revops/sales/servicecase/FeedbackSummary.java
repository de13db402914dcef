package dev.revops.sales.servicecase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * CSAT and NPS over a set of answers. CSAT % = satisfied answers (4 or 5) / CSAT answers x 100; NPS
 * = % promoters (9-10) - % detractors (0-6). Both with two decimals, half-even; empty when there is
 * no answer of the kind. Immutable.
 *
 * @param csatAnswers how many CSAT answers
 * @param csatPercent the CSAT %, or null without answers
 * @param npsAnswers how many NPS answers
 * @param nps the NPS, or null without answers
 */
public record FeedbackSummary(
    int csatAnswers, BigDecimal csatPercent, int npsAnswers, BigDecimal nps) {
  /**
   * Summarises answers.
   *
   * @param answers the answers
   * @return the summary
   */
  public static FeedbackSummary of(Collection<Feedback> answers) {
    int csat = 0;
    int satisfied = 0;
    int nps = 0;
    int promoters = 0;
    int detractors = 0;
    for (Feedback f : answers) {
      if (f.kind() == Feedback.Kind.CSAT) {
        csat++;
        satisfied += f.score() >= 4 ? 1 : 0;
      } else {
        nps++;
        promoters += f.score() >= 9 ? 1 : 0;
        detractors += f.score() <= 6 ? 1 : 0;
      }
    }
    return new FeedbackSummary(
        csat,
        csat == 0 ? null : percent(satisfied, csat),
        nps,
        nps == 0 ? null : percent(promoters - detractors, nps));
  }

  private static BigDecimal percent(int part, int whole) {
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the NPS, if any NPS answer was given.
   *
   * @return the NPS
   */
  public Optional<BigDecimal> netPromoterScore() {
    return Optional.ofNullable(nps);
  }
}
