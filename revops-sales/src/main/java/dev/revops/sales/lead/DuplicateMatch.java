package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

/**
 * An existing lead a capture matched. Immutable.
 *
 * @param lead the existing lead
 * @param matchedOn {@code "email"}, {@code "phone"} or {@code "name+company"}
 * @param similarity 1.0 for exact matches, else the lower of the name and company similarities
 */
public record DuplicateMatch(Lead lead, String matchedOn, double similarity) {
  /** Checks the parts. */
  public DuplicateMatch {
    requireNonNull(lead, "lead");
    requireNonNull(matchedOn, "matchedOn");
  }
}
