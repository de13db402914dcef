package dev.revops.core.money;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.validation.InputText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A non-negative rate such as a tax rate, a discount or a probability, held exactly as a decimal
 * fraction ({@code 0.2} is 20 %). Immutable and thread-safe; two percentages are equal when they
 * are numerically equal ({@code 20 %} equals {@code 20.0 %}).
 *
 * @param fraction the rate as a fraction of one, at least zero
 */
public record Percentage(BigDecimal fraction) implements Comparable<Percentage> {
  /** Zero percent. */
  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

  /** One hundred percent. */
  public static final Percentage HUNDRED = new Percentage(BigDecimal.ONE);

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  /** Checks the fraction is present and not negative, and normalises its scale. */
  public Percentage {
    requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0) {
      throw new IllegalArgumentException(
          "a percentage cannot be negative, got "
              + Money.brief(fraction.scaleByPowerOfTen(2))
              + "%");
    }
    fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
  }

  /**
   * Parses a percentage written as a number of percent, with or without the sign: {@code "20"},
   * {@code "12.5%"}. The number is checked before any arithmetic as {@link InputText} describes: at
   * most {@value InputText#MAX_DECIMAL_LENGTH} characters, ASCII digits only, an exponent of at
   * most {@value InputText#MAX_EXPONENT}.
   *
   * @param percent the percentage
   * @return the rate
   * @throws InvalidInputException with the path {@code percent}, quoting at most a short prefix of
   *     the text, when it is not a non-negative number within those bounds
   */
  public static Percentage of(String percent) {
    requireNonNull(percent, "percent");
    String text = percent.trim();
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).trim();
    }
    BigDecimal value = InputText.decimal(text, "percentage", "percent");
    // written as 12e1000 the exponent is in bounds, the value 1.2E+1001 is not: refuse it, so that
    // what toString writes for an accepted rate is accepted again
    long adjusted = (long) value.precision() - value.scale() - 1;
    if (value.signum() != 0 && Math.abs(adjusted) > InputText.MAX_EXPONENT) {
      throw InvalidInputException.of(
          "percentage",
          "percent",
          "'"
              + InputText.excerpt(text)
              + "' is out of range: at most 1E+"
              + InputText.MAX_EXPONENT
              + " and at least 1E-"
              + InputText.MAX_EXPONENT
              + " in magnitude");
    }
    try {
      return ofPercent(value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("percentage", "percent", e.getMessage());
    }
  }

  /**
   * Makes a rate from a number of percent.
   *
   * @param percent e.g. {@code 12.5} for 12.5 %
   * @return the rate
   */
  public static Percentage ofPercent(BigDecimal percent) {
    // scaleByPowerOfTen, not movePointLeft: the latter expands 1E+100000 into all its digits,
    // which the constructor's stripTrailingZeros then takes seconds to remove again; both give the
    // same number, and the constructor makes its representation canonical
    return new Percentage(requireNonNull(percent, "percent").scaleByPowerOfTen(-2));
  }

  /**
   * Makes a rate from a whole number of percent.
   *
   * @param percent e.g. {@code 20} for 20 %
   * @return the rate
   */
  public static Percentage ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * Makes a rate from a fraction of one.
   *
   * @param fraction e.g. {@code 0.2} for 20 %
   * @return the rate
   */
  public static Percentage ofFraction(BigDecimal fraction) {
    return new Percentage(fraction);
  }

  /**
   * Makes a probability, a rate between 0 and 1 inclusive.
   *
   * @param fraction the probability as a fraction of one
   * @return the rate
   * @throws IllegalArgumentException when the fraction is above one
   */
  public static Percentage probability(BigDecimal fraction) {
    Percentage p = new Percentage(fraction);
    if (p.fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "a probability must be between 0 and 1, got " + fraction.toPlainString());
    }
    return p;
  }

  /**
   * Returns the rate as a number of percent.
   *
   * @return e.g. {@code 12.5} for 12.5 %
   */
  public BigDecimal percent() {
    return fraction.movePointRight(2).stripTrailingZeros();
  }

  /**
   * Applies the rate to an amount and rounds to its minor unit.
   *
   * @param base the amount
   * @param rounding how to round
   * @return {@code base × rate}, rounded
   */
  public Money of(Money base, RoundingMode rounding) {
    return requireNonNull(base, "base").times(fraction, rounding);
  }

  /**
   * Returns one minus this rate (the share that remains after a discount).
   *
   * @return {@code 100 % − this}
   * @throws IllegalArgumentException when this rate is above 100 %
   */
  public Percentage complement() {
    return new Percentage(BigDecimal.ONE.subtract(fraction));
  }

  /**
   * Tells whether the rate is at most 100 %.
   *
   * @return true for a valid probability
   */
  public boolean isAtMostHundred() {
    return fraction.compareTo(BigDecimal.ONE) <= 0;
  }

  /**
   * Returns the ratio {@code part / whole} as a rate, with 10 significant digits.
   *
   * @param part the numerator, at least zero
   * @param whole the denominator, above zero
   * @return the rate
   */
  public static Percentage ratio(long part, long whole) {
    if (whole <= 0) {
      throw new IllegalArgumentException("the whole of a ratio must be above zero, got " + whole);
    }
    return new Percentage(
        BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64));
  }

  @Override
  public int compareTo(Percentage other) {
    return fraction.compareTo(other.fraction);
  }

  /**
   * Writes the rate in percent, e.g. {@code "12.5%"}, the form {@link #of(String)} reads back. A
   * rate whose plain form would be longer than {@link #of(String)} accepts is written in scientific
   * notation instead ({@code "1E+200%"}).
   */
  @Override
  public String toString() {
    // the fraction has no trailing zeros (the constructor strips them), so neither has its
    // value in percent
    BigDecimal percent = fraction.scaleByPowerOfTen(2);
    long plainLength = (long) percent.precision() + Math.abs((long) percent.scale()) + 2;
    if (plainLength > InputText.MAX_DECIMAL_LENGTH) {
      String scientific = percent.toString();
      if (scientific.length() <= InputText.MAX_DECIMAL_LENGTH) {
        return scientific + "%";
      }
    }
    return percent.toPlainString() + "%";
  }
}
