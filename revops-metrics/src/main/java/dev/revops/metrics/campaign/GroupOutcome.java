package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;

/**
 * What a group of contacts (those a campaign treated, or its holdout) did over the same period:
 * contacts, contacts that converted, and the revenue they brought. Immutable and thread-safe.
 *
 * @param contacts the contacts in the group, at least 0
 * @param conversions the contacts that converted, between 0 and {@code contacts}
 * @param revenue the revenue the group brought
 */
public record GroupOutcome(long contacts, long conversions, Money revenue) {
  /** Checks the parts. */
  public GroupOutcome {
    requireNonNull(revenue, "revenue");
    if (contacts < 0 || conversions < 0 || conversions > contacts) {
      throw new IllegalArgumentException(
          "need 0 <= conversions <= contacts, got " + conversions + " of " + contacts);
    }
  }
}
