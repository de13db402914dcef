package dev.revops.billing.catalog;

import dev.revops.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The amounts of a price from a date on, one per currency. Immutable and thread-safe.
 *
 * @param effectiveFrom the first day this version applies
 * @param currencies one amount per currency, no currency twice
 */
public record PriceVersion(
    @NotNull LocalDate effectiveFrom, @NotEmpty List<@Valid @NotNull PriceAmount> currencies) {
  /** Copies the list. */
  public PriceVersion {
    currencies = currencies == null ? null : List.copyOf(currencies);
  }

  /**
   * Makes a version.
   *
   * @param effectiveFrom the first day it applies
   * @param amounts the amounts, one per currency
   * @return the version
   */
  public static PriceVersion of(LocalDate effectiveFrom, PriceAmount... amounts) {
    return new PriceVersion(effectiveFrom, List.of(amounts));
  }

  /**
   * Makes a version of simple amounts (flat, per unit or per package), one per currency.
   *
   * @param effectiveFrom the first day it applies
   * @param amounts the amounts
   * @return the version
   */
  public static PriceVersion of(LocalDate effectiveFrom, Money... amounts) {
    return new PriceVersion(
        effectiveFrom, java.util.Arrays.stream(amounts).map(PriceAmount::of).toList());
  }

  /**
   * Returns the amount in a currency.
   *
   * @param currency the currency
   * @return the amount, or empty when this version has no price in it
   */
  public Optional<PriceAmount> in(Currency currency) {
    for (PriceAmount a : currencies) {
      if (a.currency().equals(currency)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
