package dev.revops.billing.catalog;

import dev.revops.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Currency;
import java.util.List;

/**
 * A price in one currency: the amount (flat, per unit or per package) and, for tiered models, the
 * tiers. Immutable and thread-safe.
 *
 * @param amount the flat, unit or package amount; its currency is the currency of this price
 * @param tiers the tiers of a tiered model, in ascending order, the last one open-ended; empty
 *     otherwise (null reads as empty)
 */
public record PriceAmount(@NotNull Money amount, List<@Valid @NotNull Tier> tiers) {
  /** Copies the tiers. */
  public PriceAmount {
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
  }

  /**
   * A price without tiers.
   *
   * @param amount the amount
   * @return the price
   */
  public static PriceAmount of(Money amount) {
    return new PriceAmount(amount, List.of());
  }

  /**
   * A tiered price.
   *
   * @param tiers the tiers, ascending, the last open-ended
   * @return the price (its amount is zero in the tiers' currency)
   */
  public static PriceAmount tiered(Tier... tiers) {
    return new PriceAmount(Money.zero(tiers[0].unitAmount().currency()), List.of(tiers));
  }

  /**
   * Returns the currency.
   *
   * @return the amount's currency
   */
  public Currency currency() {
    return amount.currency();
  }

  /**
   * Prices a quantity.
   *
   * @param model the pricing model
   * @param quantity the quantity, at least zero
   * @param packageSize the units per package, for {@link PricingModel#PACKAGE}
   * @return the amount for the quantity
   */
  public Money priceFor(PricingModel model, long quantity, Long packageSize) {
    if (quantity < 0) {
      throw new IllegalArgumentException("quantity must be >= 0, got " + quantity);
    }
    Money zero = Money.zero(currency());
    return switch (model) {
      case FLAT -> amount;
      case PER_UNIT -> amount.times(quantity);
      case PACKAGE -> {
        long size = packageSize == null ? 1 : packageSize;
        yield amount.times(Math.floorDiv(quantity + size - 1, size));
      }
      case TIERED_GRADUATED -> {
        Money total = zero;
        long below = 0;
        for (Tier t : tiers) {
          if (quantity <= below) {
            break;
          }
          long top = t.upTo() == null ? quantity : Math.min(quantity, t.upTo());
          long units = top - below;
          total = total.plus(t.unitAmount().times(units)).plus(t.flatOrZero());
          below = top;
        }
        yield total;
      }
      case TIERED_VOLUME -> {
        if (quantity == 0) {
          yield zero;
        }
        for (Tier t : tiers) {
          if (t.upTo() == null || quantity <= t.upTo()) {
            yield t.unitAmount().times(quantity).plus(t.flatOrZero());
          }
        }
        throw new IllegalStateException("no tier covers quantity " + quantity);
      }
    };
  }
}
