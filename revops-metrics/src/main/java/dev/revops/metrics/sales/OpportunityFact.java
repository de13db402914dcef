package dev.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.OpportunityId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.pipeline.OpportunityStatus;
import java.time.LocalDate;

/**
 * An opportunity as metrics sees it. Immutable and thread-safe.
 *
 * @param id the opportunity's id
 * @param amount the deal amount, at least zero
 * @param probability the probability of winning (a stage's probability), between 0 and 1
 * @param createdOn the day it was created
 * @param status open, won or lost
 * @param closedOn the day it closed; null exactly when it is open
 */
public record OpportunityFact(
    OpportunityId id,
    Money amount,
    Percentage probability,
    LocalDate createdOn,
    OpportunityStatus status,
    LocalDate closedOn) {
  /** Checks the fields. */
  public OpportunityFact {
    requireNonNull(id, "id");
    requireNonNull(amount, "amount");
    requireNonNull(probability, "probability");
    requireNonNull(createdOn, "createdOn");
    requireNonNull(status, "status");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("opportunity " + id + ": amount must be >= 0");
    }
    if (!probability.isAtMostHundred()) {
      throw new IllegalArgumentException("opportunity " + id + ": probability must be <= 100%");
    }
    if ((status == OpportunityStatus.OPEN) != (closedOn == null)) {
      throw new IllegalArgumentException(
          "opportunity " + id + ": closedOn must be set exactly when it is closed");
    }
    if (closedOn != null && closedOn.isBefore(createdOn)) {
      throw new IllegalArgumentException("opportunity " + id + ": closed before it was created");
    }
  }
}
