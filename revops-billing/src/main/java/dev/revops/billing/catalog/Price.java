package dev.revops.billing.catalog;

import dev.revops.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * A price of a plan phase: what is charged (recurring, usage, one-time), how (the pricing model),
 * when (in advance or in arrear), in which currencies, and how it changed over time (versions with
 * effective dates, and the rule that says what a new version means for existing subscriptions).
 * Immutable and thread-safe. Null {@code mode} reads as in advance (in arrear for usage), null
 * {@code onNewVersion} as {@link ExistingSubscriptionRule#GRANDFATHER}.
 *
 * @param id the price's id, unique in the catalog
 * @param charge what is charged
 * @param model how a quantity becomes an amount
 * @param mode in advance or in arrear
 * @param packageSize units per package for {@link PricingModel#PACKAGE}; null otherwise
 * @param onNewVersion what a new version means for existing subscriptions
 * @param versions the versions, ascending by effective date
 */
public record Price(
    @NotBlank String id,
    @NotNull ChargeType charge,
    @NotNull PricingModel model,
    BillingMode mode,
    @Min(1) Long packageSize,
    ExistingSubscriptionRule onNewVersion,
    @NotEmpty List<@Valid @NotNull PriceVersion> versions) {

  /** Applies the defaults and copies the versions. */
  public Price {
    if (mode == null) {
      mode = charge == ChargeType.USAGE ? BillingMode.IN_ARREAR : BillingMode.IN_ADVANCE;
    }
    if (onNewVersion == null) {
      onNewVersion = ExistingSubscriptionRule.GRANDFATHER;
    }
    versions = versions == null ? null : List.copyOf(versions);
  }

  /**
   * A recurring price billed in advance with one version.
   *
   * @param id the id
   * @param model the pricing model
   * @param version the version
   * @return the price
   */
  public static Price recurring(String id, PricingModel model, PriceVersion version) {
    return new Price(id, ChargeType.RECURRING, model, null, null, null, List.of(version));
  }

  /**
   * A flat recurring price in one currency, effective since the epoch.
   *
   * @param id the id
   * @param amount the amount per period
   * @return the price
   */
  public static Price flat(String id, Money amount) {
    return recurring(id, PricingModel.FLAT, PriceVersion.of(LocalDate.EPOCH, amount));
  }

  /**
   * A per-unit recurring price in one currency, effective since the epoch.
   *
   * @param id the id
   * @param unitAmount the amount per unit and period
   * @return the price
   */
  public static Price perUnit(String id, Money unitAmount) {
    return recurring(id, PricingModel.PER_UNIT, PriceVersion.of(LocalDate.EPOCH, unitAmount));
  }

  /**
   * Returns the version that applies to a subscription for a period.
   *
   * @param subscribedOn the day the subscription took this price (its price lock date)
   * @param periodStart the first day of the period being charged
   * @return the version: under {@link ExistingSubscriptionRule#GRANDFATHER} the one effective when
   *     the subscription took the price, under {@link
   *     ExistingSubscriptionRule#MOVE_AT_NEXT_RENEWAL} the one effective on the period's first day
   *     (so a version published mid-period applies from the next renewal)
   */
  public PriceVersion versionFor(LocalDate subscribedOn, LocalDate periodStart) {
    LocalDate on =
        onNewVersion == ExistingSubscriptionRule.GRANDFATHER
            ? subscribedOn
            : (periodStart.isAfter(subscribedOn) ? periodStart : subscribedOn);
    // the latest version effective on that day (on a tie, the later in the list), without
    // sorting: this runs for every line of every bill run
    PriceVersion chosen = null;
    for (PriceVersion v : versions) {
      if (!v.effectiveFrom().isAfter(on)
          && (chosen == null || !v.effectiveFrom().isBefore(chosen.effectiveFrom()))) {
        chosen = v;
      }
    }
    if (chosen == null) {
      throw new IllegalArgumentException(
          "price " + id + " has no version effective on " + on + " (first: " + firstDate() + ")");
    }
    return chosen;
  }

  private LocalDate firstDate() {
    return versions.stream().map(PriceVersion::effectiveFrom).min(Comparator.naturalOrder()).get();
  }

  /**
   * Prices a quantity for one full period.
   *
   * @param quantity the quantity (or usage)
   * @param currency the subscription's currency
   * @param subscribedOn the subscription's price lock date
   * @param periodStart the period's first day
   * @return the amount for the period
   * @throws IllegalArgumentException when the price has no amount in the currency
   */
  public Money amountFor(
      long quantity, Currency currency, LocalDate subscribedOn, LocalDate periodStart) {
    PriceAmount amount =
        versionFor(subscribedOn, periodStart)
            .in(currency)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "price " + id + " has no amount in " + currency.getCurrencyCode()));
    return amount.priceFor(model, quantity, packageSize);
  }
}
