package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One offer of the catalog, as a host writes it in JSON ({@link OfferCatalogLoader}):
 *
 * <pre>{@code
 * {"id": "crm-pro-upgrade", "kind": "UPSELL", "sells": "crm-pro",
 *  "when": {"fromPlans": ["crm-team"]},
 *  "value": {"margin": {"amount": "30.00", "currency": "USD"}}, "coolDownDays": 90}
 * }</pre>
 *
 * Immutable and thread-safe; the catalog's {@link OfferCatalog#problems()} checks what the fields'
 * annotations cannot (an upsell has upgrade paths, an add-on a base, a product offer a price).
 *
 * @param id the offer's id, unique in the catalog
 * @param kind upsell, cross-sell or add-on
 * @param sells the plan (upsell) or product (cross-sell, add-on) it sells
 * @param when the upgrade paths, requirements and exclusions; null reads as none
 * @param value price and margin
 * @param coolDownDays days after a decline during which the offer is not made again to that
 *     customer, 0 to {@value #MAX_COOL_DOWN_DAYS}
 */
public record Offer(
    @NotBlank String id,
    @NotNull OfferKind kind,
    @NotBlank String sells,
    @Valid OfferConditions when,
    @NotNull @Valid OfferValue value,
    @Min(0) @Max(MAX_COOL_DOWN_DAYS) int coolDownDays) {
  /** The longest cool-down after a decline, in days (ten years). */
  public static final int MAX_COOL_DOWN_DAYS = 3650;

  /** Reads a missing {@code when} as no condition. */
  public Offer {
    when = when == null ? OfferConditions.NONE : when;
  }

  /**
   * An offer with its parts checked in code rather than by the loader (for tests and hosts that
   * build catalogs in code; {@link OfferCatalog#problems()} still applies).
   *
   * @param id the id
   * @param kind the kind
   * @param sells what it sells
   * @param when its conditions
   * @param value its price and margin
   * @return the offer with no cool-down; see {@link #withCoolDownDays(int)}
   */
  public static Offer of(
      String id, OfferKind kind, String sells, OfferConditions when, OfferValue value) {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(sells, "sells");
    requireNonNull(value, "value");
    return new Offer(id, kind, sells, when, value, 0);
  }

  /**
   * Returns this offer with another cool-down.
   *
   * @param days the cool-down in days
   * @return the copy
   */
  public Offer withCoolDownDays(int days) {
    return new Offer(id, kind, sells, when, value, days);
  }
}
