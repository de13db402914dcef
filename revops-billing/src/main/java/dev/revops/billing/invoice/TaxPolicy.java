package dev.revops.billing.invoice;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * One tax rate and its rounding rule. Exclusive: the tax of a taxable amount {@code a} is {@code a
 * × rate}, and a TAX line adds it to the total. Inclusive: the tax inside {@code a} is {@code a ×
 * rate / (1 + rate)}; the total does not change and the tax is reported with {@link
 * #includedTax(List, Currency)}. Rounding is half-up to the currency's minor unit, either per line
 * (the default) or once per invoice. Lines that are not taxable (tax, adjustment) are ignored;
 * discounts and credits reduce the taxable amount. Immutable and thread-safe.
 *
 * @param name the tax's name for the TAX line, e.g. {@code "VAT"}
 * @param rate the rate
 * @param mode exclusive or inclusive
 * @param rounding per line or per invoice
 */
public record TaxPolicy(String name, Percentage rate, TaxMode mode, TaxRounding rounding) {
  /** Checks every part is present. */
  public TaxPolicy {
    requireNonNull(name, "name");
    requireNonNull(rate, "rate");
    requireNonNull(mode, "mode");
    requireNonNull(rounding, "rounding");
  }

  /**
   * An exclusive tax rounded per line.
   *
   * @param name the name
   * @param rate the rate
   * @return the policy
   */
  public static TaxPolicy exclusive(String name, Percentage rate) {
    return new TaxPolicy(name, rate, TaxMode.EXCLUSIVE, TaxRounding.PER_LINE);
  }

  /**
   * An inclusive tax rounded per line.
   *
   * @param name the name
   * @param rate the rate
   * @return the policy
   */
  public static TaxPolicy inclusive(String name, Percentage rate) {
    return new TaxPolicy(name, rate, TaxMode.INCLUSIVE, TaxRounding.PER_LINE);
  }

  /**
   * Returns a copy with another rounding rule.
   *
   * @param r the rounding
   * @return the copy
   */
  public TaxPolicy withRounding(TaxRounding r) {
    return new TaxPolicy(name, rate, mode, r);
  }

  private BigDecimal factor() {
    return mode == TaxMode.EXCLUSIVE
        ? rate.fraction()
        : rate.fraction().divide(BigDecimal.ONE.add(rate.fraction()), MathContext.DECIMAL128);
  }

  /**
   * Returns the tax of the lines, rounded by the rule.
   *
   * @param lines the invoice's lines, one currency
   * @param currency the invoice's currency
   * @return the tax
   */
  public Money tax(List<InvoiceLine> lines, Currency currency) {
    BigDecimal f = factor();
    Money total = Money.zero(currency);
    if (rounding == TaxRounding.PER_LINE) {
      for (int i = 0; i < lines.size(); i++) {
        InvoiceLine l = lines.get(i);
        if (l.type().taxable()) {
          total = total.plus(l.amount().times(f, RoundingMode.HALF_UP));
        }
      }
      return total;
    }
    for (InvoiceLine l : lines) {
      if (l.type().taxable()) {
        total = total.plus(l.amount());
      }
    }
    return total.times(f, RoundingMode.HALF_UP);
  }

  /**
   * Returns the TAX lines an exclusive tax adds (one line, or none when the tax is zero or the
   * policy is inclusive).
   *
   * @param lines the invoice's lines
   * @param currency the currency
   * @param period the service period of the tax line (the invoice's span)
   * @return the lines to add
   */
  public List<InvoiceLine> taxLines(List<InvoiceLine> lines, Currency currency, DateRange period) {
    if (mode == TaxMode.EXCLUSIVE) {
      Money t = tax(lines, currency);
      if (!t.isZero()) {
        return List.of(InvoiceLine.of(LineType.TAX, name + " " + rate, t, period));
      }
    }
    return List.of();
  }

  /**
   * Returns the tax included in the lines' amounts (zero for an exclusive policy).
   *
   * @param lines the lines
   * @param currency the currency
   * @return the included tax
   */
  public Money includedTax(List<InvoiceLine> lines, Currency currency) {
    return mode == TaxMode.EXCLUSIVE ? Money.zero(currency) : tax(lines, currency);
  }
}
