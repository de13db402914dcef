package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What eligibility reads about one customer besides the catalog: its holdings, when it last
 * declined each offer, which offers are presented and unanswered, and now. Immutable.
 *
 * @param holdings what it holds
 * @param lastDeclined offer id to the instant of its latest decline; may be empty
 * @param open ids of offers presented and not yet accepted or declined; may be empty
 * @param now the instant eligibility is decided at
 */
public record EligibilityFacts(
    Holdings holdings, Map<String, Instant> lastDeclined, Set<String> open, Instant now) {
  /** Copies the collections. */
  public EligibilityFacts {
    requireNonNull(holdings, "holdings");
    requireNonNull(now, "now");
    lastDeclined = Map.copyOf(lastDeclined);
    open = Set.copyOf(open);
  }

  /**
   * Facts with no past offer.
   *
   * @param holdings what the customer holds
   * @param now now
   * @return the facts
   */
  public static EligibilityFacts of(Holdings holdings, Instant now) {
    return new EligibilityFacts(holdings, Map.of(), Set.of(), now);
  }
}
