package dev.revops.sales.offer;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When the catalog allows an offer: the plans it upgrades from, the items (plans or products) the
 * customer must hold, and the items that rule it out. Immutable; a null list reads as empty.
 *
 * @param fromPlans the upgrade paths: the customer must hold one of these plans (required for an
 *     {@link OfferKind#UPSELL}, empty otherwise)
 * @param requires items the customer must all hold; for an {@link OfferKind#ADD_ON}, its base
 * @param excludes items any of which, held, rules the offer out
 */
public record OfferConditions(
    List<@NotBlank String> fromPlans,
    List<@NotBlank String> requires,
    List<@NotBlank String> excludes) {
  /** No condition at all. */
  public static final OfferConditions NONE = new OfferConditions(null, null, null);

  /** Copies the lists. */
  public OfferConditions {
    fromPlans = copy(fromPlans);
    requires = copy(requires);
    excludes = copy(excludes);
  }

  /** Copies a list, keeping a null element for the validation to name by its path. */
  private static List<String> copy(List<String> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
