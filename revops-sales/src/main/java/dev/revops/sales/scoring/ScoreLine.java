package dev.revops.sales.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a score's breakdown (like Mautic's point log): which rule, how many points, when.
 * Decay, caps and the zero floor are lines too, so the lines always add up to the score. Immutable.
 *
 * @param rule the rule id; {@code source:X}, {@code decay:RULE}, {@code cap:GROUP}, {@code
 *     cap:overall} or {@code decay:floor} for the built-in lines
 * @param group the group the line counts in, or null
 * @param points the points, two decimal places
 * @param at when the scored thing happened (events, decay), or null for fit and caps
 */
public record ScoreLine(String rule, String group, BigDecimal points, Instant at) {
  /** Checks the parts. */
  public ScoreLine {
    requireNonNull(rule, "rule");
    requireNonNull(points, "points");
  }
}
