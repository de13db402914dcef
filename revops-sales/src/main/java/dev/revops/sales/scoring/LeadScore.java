package dev.revops.sales.scoring;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.lead.LeadTrigger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A lead's rule-based score with its breakdown, its grade and whether it reached the MQL threshold.
 * The lines add up exactly to the total (checked on construction). Immutable.
 *
 * @param total the score, two decimal places
 * @param grade the grade
 * @param mql whether the score reached the MQL threshold
 * @param lines the breakdown
 */
public record LeadScore(BigDecimal total, String grade, boolean mql, List<ScoreLine> lines) {
  /** Checks the lines add up to the total. */
  public LeadScore {
    requireNonNull(total, "total");
    requireNonNull(grade, "grade");
    lines = List.copyOf(lines);
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    for (ScoreLine l : lines) {
      sum = sum.add(l.points());
    }
    if (sum.compareTo(total) != 0) {
      throw new IllegalArgumentException("score lines add up to " + sum + ", not " + total);
    }
  }

  /**
   * Returns the lifecycle trigger the score fires: {@link LeadTrigger#QUALIFY} at the MQL
   * threshold.
   *
   * @return the trigger, or empty
   */
  public Optional<LeadTrigger> lifecycleTrigger() {
    return mql ? Optional.of(LeadTrigger.QUALIFY) : Optional.empty();
  }
}
