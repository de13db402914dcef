package dev.revops.sales.order;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import java.math.RoundingMode;

/**
 * A line of an order: quantity of a product at a unit price, with a tax rate, and how much of it
 * has shipped. Tax is computed per line, half-even to the currency's minor unit. Immutable.
 *
 * @param lineNo the line's number, unique in the order
 * @param sku the product's code
 * @param quantity the ordered quantity, positive
 * @param unitPrice the price of one unit, net of tax, not negative
 * @param taxRate the tax rate
 * @param fulfilled the quantity shipped so far, 0..quantity
 */
public record OrderLine(
    int lineNo, String sku, long quantity, Money unitPrice, Percentage taxRate, long fulfilled) {
  /** Checks the parts. */
  public OrderLine {
    requireNonNull(sku, "sku");
    requireNonNull(unitPrice, "unitPrice");
    requireNonNull(taxRate, "taxRate");
    if (quantity <= 0) {
      throw new IllegalArgumentException("line " + lineNo + ": quantity must be positive");
    }
    if (unitPrice.isNegative()) {
      throw new IllegalArgumentException("line " + lineNo + ": unit price must not be negative");
    }
    if (fulfilled < 0 || fulfilled > quantity) {
      throw new IllegalArgumentException(
          "line " + lineNo + ": fulfilled quantity must be within 0.." + quantity);
    }
  }

  /**
   * A line nothing of which has shipped.
   *
   * @param lineNo the number
   * @param sku the product
   * @param quantity the quantity
   * @param unitPrice the unit price
   * @param taxRate the tax rate
   * @return the line
   */
  public static OrderLine of(
      int lineNo, String sku, long quantity, Money unitPrice, Percentage taxRate) {
    return new OrderLine(lineNo, sku, quantity, unitPrice, taxRate, 0);
  }

  /**
   * Returns the net amount: unit price times quantity.
   *
   * @return the net amount
   */
  public Money net() {
    return unitPrice.times(quantity);
  }

  /**
   * Returns the tax of the whole line.
   *
   * @return the tax, rounded half-even
   */
  public Money tax() {
    return net().times(taxRate, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns net plus tax.
   *
   * @return the line total
   */
  public Money total() {
    return net().plus(tax());
  }

  /**
   * Returns the quantity still to ship.
   *
   * @return quantity minus fulfilled
   */
  public long remaining() {
    return quantity - fulfilled;
  }

  OrderLine withFulfilled(long newFulfilled) {
    return new OrderLine(lineNo, sku, quantity, unitPrice, taxRate, newFulfilled);
  }
}
