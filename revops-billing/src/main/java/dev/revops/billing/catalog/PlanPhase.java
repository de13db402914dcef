package dev.revops.billing.catalog;

import dev.revops.core.time.BillingInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One phase of a plan (Kill Bill): a trial, a discount, a fixed term or the evergreen phase, with
 * its duration and its prices. Immutable and thread-safe.
 *
 * @param type the kind of phase
 * @param duration how long it lasts; null only for the last, evergreen phase
 * @param prices what it charges; empty for a free trial (null reads as empty)
 */
public record PlanPhase(
    @NotNull PhaseType type, @Valid BillingInterval duration, List<@Valid @NotNull Price> prices) {
  /** Copies the prices. */
  public PlanPhase {
    prices = prices == null ? List.of() : List.copyOf(prices);
  }

  /**
   * A free trial.
   *
   * @param duration how long it lasts
   * @return the phase
   */
  public static PlanPhase trial(BillingInterval duration) {
    return new PlanPhase(PhaseType.TRIAL, duration, List.of());
  }

  /**
   * The evergreen phase.
   *
   * @param prices what it charges
   * @return the phase
   */
  public static PlanPhase evergreen(Price... prices) {
    return new PlanPhase(PhaseType.EVERGREEN, null, List.of(prices));
  }
}
