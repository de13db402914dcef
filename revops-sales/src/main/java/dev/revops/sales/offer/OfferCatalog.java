package dev.revops.sales.offer;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offers a business makes to its customers, in the order the host wrote them, read from JSON by
 * {@link OfferCatalogLoader}:
 *
 * <pre>{@code
 * {"offers": [
 *   {"id": "crm-pro-upgrade", "kind": "UPSELL", "sells": "crm-pro",
 *    "when": {"fromPlans": ["crm-team"]},
 *    "value": {"margin": {"amount": "30.00", "currency": "USD"}}, "coolDownDays": 90},
 *   {"id": "analytics", "kind": "ADD_ON", "sells": "analytics",
 *    "when": {"requires": ["crm-pro"]},
 *    "value": {"price": {"amount": "20.00", "currency": "USD"},
 *              "margin": {"amount": "15.00", "currency": "USD"}}, "coolDownDays": 30}]}
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param offers the offers, at least one, at most {@value #MAX_OFFERS}
 */
public record OfferCatalog(@NotEmpty List<@Valid @NotNull Offer> offers) {
  /** The most offers in one catalog. */
  public static final int MAX_OFFERS = 1000;

  /** Copies the list; a missing list reads as empty, which the validation then names. */
  public OfferCatalog {
    offers =
        offers == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new ArrayList<>(offers));
  }

  /**
   * A catalog built in code, checked as the loader checks one.
   *
   * @param offers the offers
   * @return the catalog
   * @throws InvalidInputException naming every problem by its JSON path
   */
  public static OfferCatalog of(List<Offer> offers) {
    OfferCatalog c = new OfferCatalog(offers);
    List<Violation> problems = c.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("offer catalog", problems);
    }
    return c;
  }

  /**
   * Checks the rules the field annotations cannot express: ids unique; at most {@value #MAX_OFFERS}
   * offers; an upsell has upgrade paths and does not sell a plan it upgrades from; a cross-sell or
   * add-on has no upgrade path and has a price; an add-on requires its base; an offer neither
   * requires nor excludes what it sells, nor requires what it excludes; every price and margin in
   * one currency, and no negative amount.
   *
   * @return every problem, each with its JSON path; empty when the catalog is consistent
   */
  public List<Violation> problems() {
    List<Violation> out = new ArrayList<>();
    if (offers.size() > MAX_OFFERS) {
      out.add(new Violation("$.offers", offers.size() + " offers, at most " + MAX_OFFERS));
    }
    Set<String> ids = new HashSet<>();
    Currency currency = null;
    String currencyPath = null;
    for (int i = 0; i < offers.size(); i++) {
      Offer o = offers.get(i);
      String p = "$.offers[" + i + "]";
      if (o == null || o.value() == null || o.kind() == null) {
        out.add(new Violation(p, "an offer needs its kind and value"));
        continue;
      }
      if (!ids.add(o.id())) {
        out.add(new Violation(p + ".id", "duplicate offer id '" + o.id() + "'"));
      }
      OfferConditions w = o.when();
      if (o.kind() == OfferKind.UPSELL) {
        if (w.fromPlans().isEmpty()) {
          out.add(new Violation(p + ".when.fromPlans", "an UPSELL needs at least one plan"));
        }
        if (w.fromPlans().contains(o.sells())) {
          out.add(
              new Violation(
                  p + ".when.fromPlans", "upgrades from '" + o.sells() + "', the plan it sells"));
        }
      } else {
        if (!w.fromPlans().isEmpty()) {
          out.add(new Violation(p + ".when.fromPlans", "only an UPSELL has upgrade paths"));
        }
        if (o.value().price() == null) {
          out.add(new Violation(p + ".value.price", "is required for a " + o.kind()));
        }
      }
      if (o.kind() == OfferKind.ADD_ON && w.requires().isEmpty()) {
        out.add(new Violation(p + ".when.requires", "an ADD_ON needs its base"));
      }
      if (w.requires().contains(o.sells())) {
        out.add(
            new Violation(p + ".when.requires", "requires '" + o.sells() + "', which it sells"));
      }
      if (w.excludes().contains(o.sells())) {
        out.add(
            new Violation(
                p + ".when.excludes",
                "excludes '" + o.sells() + "', which it sells: ownership already excludes it"));
      }
      for (String r : w.requires()) {
        if (w.excludes().contains(r)) {
          out.add(new Violation(p + ".when.excludes", "both requires and excludes '" + r + "'"));
        }
      }
      Map<String, Money> amounts = new LinkedHashMap<>();
      amounts.put(p + ".value.margin", o.value().margin());
      if (o.value().price() != null) {
        amounts.put(p + ".value.price", o.value().price());
      }
      for (Map.Entry<String, Money> a : amounts.entrySet()) {
        if (a.getValue().isNegative()) {
          out.add(new Violation(a.getKey(), "must not be negative"));
        }
        if (currency == null) {
          currency = a.getValue().currency();
          currencyPath = a.getKey();
        } else if (!currency.equals(a.getValue().currency())) {
          out.add(
              new Violation(
                  a.getKey(),
                  a.getValue().currency().getCurrencyCode()
                      + ", but "
                      + currencyPath
                      + " is in "
                      + currency.getCurrencyCode()
                      + ": one catalog, one currency"));
        }
      }
    }
    return out;
  }

  /**
   * Finds an offer by id.
   *
   * @param id the id
   * @return the offer, or empty
   */
  public Optional<Offer> offer(String id) {
    return offers.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Returns the catalog's currency: the currency of its first offer's margin, which {@link
   * #problems()} makes every amount share.
   *
   * @return the currency
   */
  public Currency currency() {
    if (offers.isEmpty()) {
      throw new IllegalStateException("an empty catalog has no currency");
    }
    return offers.get(0).value().margin().currency();
  }
}
