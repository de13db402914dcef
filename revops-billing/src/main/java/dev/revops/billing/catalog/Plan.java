package dev.revops.billing.catalog;

import dev.revops.core.time.BillingInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A way to buy a product: its billing interval and its phases in order. Immutable and thread-safe.
 *
 * @param id the plan's id, unique in the catalog
 * @param productId the product sold
 * @param interval how often its recurring prices bill
 * @param phases the phases in order; only the last has no duration
 */
public record Plan(
    @NotBlank String id,
    @NotBlank String productId,
    @NotNull @Valid BillingInterval interval,
    @NotEmpty List<@Valid @NotNull PlanPhase> phases) {
  /** Copies the phases. */
  public Plan {
    phases = phases == null ? null : List.copyOf(phases);
  }

  /**
   * Makes a plan.
   *
   * @param id the id
   * @param productId the product
   * @param interval the billing interval
   * @param phases the phases
   * @return the plan
   */
  public static Plan of(
      String id, String productId, BillingInterval interval, PlanPhase... phases) {
    return new Plan(id, productId, interval, List.of(phases));
  }

  /**
   * Tells whether the plan starts with a trial.
   *
   * @return true when the first phase is a trial
   */
  public boolean hasTrial() {
    return phases.get(0).type() == PhaseType.TRIAL;
  }
}
