package dev.revops.sales.offer;

import dev.revops.core.money.Money;
import jakarta.validation.constraints.NotNull;

/**
 * What an offer is worth: the price the customer pays (the order line's unit price of a product
 * offer; for an upsell, optional and informative only, billing's catalog prices the plan) and the
 * margin the business makes on it, which ranking multiplies by the probability of acceptance.
 * Immutable.
 *
 * @param price the price, or null for an upsell
 * @param margin the margin, not negative, in the catalog's one currency
 */
public record OfferValue(Money price, @NotNull Money margin) {}
