package dev.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.LeadId;
import java.time.LocalDate;

/**
 * A lead as metrics sees it: where it came from, when, how far down the funnel it got, and when it
 * became a customer. Ids only, no personal data. Immutable and thread-safe.
 *
 * @param id the lead's id
 * @param source the lead source, e.g. "referral", "web-form", not blank
 * @param createdOn the day the lead was created
 * @param furthestStage the name of the furthest funnel stage it reached, not blank
 * @param convertedOn the day it became a customer; null when it has not (yet)
 */
public record LeadFact(
    LeadId id, String source, LocalDate createdOn, String furthestStage, LocalDate convertedOn) {
  /** Checks the fields. */
  public LeadFact {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(createdOn, "createdOn");
    requireNonNull(furthestStage, "furthestStage");
    if (source.isBlank() || furthestStage.isBlank()) {
      throw new IllegalArgumentException("lead " + id + ": source and stage must not be blank");
    }
    if (convertedOn != null && convertedOn.isBefore(createdOn)) {
      throw new IllegalArgumentException("lead " + id + ": converted before it was created");
    }
  }

  /**
   * Tells whether the lead became a customer.
   *
   * @return true when {@code convertedOn} is set
   */
  public boolean isConverted() {
    return convertedOn != null;
  }
}
