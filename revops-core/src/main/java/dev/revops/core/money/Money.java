package dev.revops.core.money;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.validation.InputText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * An amount of one currency, held exactly as a whole number of minor units (cents for USD, yen for
 * JPY, fils for BHD). The scale comes from ISO 4217 through {@link
 * Currency#getDefaultFractionDigits()}.
 *
 * <p>Immutable and thread-safe. No method rounds silently: {@link #times(BigDecimal, RoundingMode)}
 * takes the rounding mode, {@link #of(String, String)} rejects more decimals than the currency has.
 * Text from outside ({@link #of(String, String)}, {@link #parse(String)}, {@link
 * #currency(String)}) is refused with {@link InvalidInputException}, checked before any arithmetic.
 * No method wraps on overflow: every operation that would leave the range of {@code long} throws
 * {@link ArithmeticException}. Mixing currencies throws {@link CurrencyMismatchException}. Null is
 * never accepted.
 *
 * @param minor the amount in minor units
 * @param currency the ISO 4217 currency; must have a minor unit (not XAU, XXX, ...)
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  /** Checks the currency is present and has a decimal minor unit. */
  public Money {
    requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
    }
  }

  /**
   * Parses a decimal amount in a currency, e.g. {@code Money.of("12.34", "USD")}. The text is
   * checked before any arithmetic: at most {@value InputText#MAX_DECIMAL_LENGTH} characters, ASCII
   * digits only (fullwidth or Arabic-Indic digits are refused), an exponent of at most {@value
   * InputText#MAX_EXPONENT}; see {@link InputText}.
   *
   * @param amount a plain decimal such as {@code "-12.34"}; no more decimals than the currency has
   * @param currencyCode an ISO 4217 code such as {@code "USD"}
   * @return the amount
   * @throws InvalidInputException with the path {@code amount} or {@code currency}, quoting at most
   *     a short prefix of the bad text, when the amount is not a decimal within the bounds, has
   *     more decimals than the currency, does not fit in a {@code long} of minor units, or when the
   *     code is not a currency with a minor unit
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    BigDecimal value = InputText.decimal(amount, WHAT, "amount");
    Currency currency = currency(currencyCode);
    if (currency.getDefaultFractionDigits() < 0) {
      throw InvalidInputException.of(
          WHAT,
          "currency",
          "currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
    }
    try {
      return of(value, currency);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw InvalidInputException.of(WHAT, "amount", e.getMessage());
    }
  }

  private static final String WHAT = "money";

  /**
   * The most pieces {@link #split(int)} makes: beyond it the list alone would take tens of
   * megabytes, and no amount of money is split that finely on purpose.
   */
  public static final int MAX_SPLIT_PARTS = 100_000;

  /**
   * Makes an amount from a decimal value; the value must not have more decimals than the currency.
   *
   * @param amount the decimal amount
   * @param currency the currency
   * @return the amount
   * @throws IllegalArgumentException when the amount has more decimals than the currency allows
   * @throws ArithmeticException when the amount does not fit in a {@code long} of minor units
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    int scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
    }
    if (amount.signum() == 0) {
      // zero fits every scale; rescaling 0E+1000000 would build a million-digit power of ten
      return new Money(0, currency);
    }
    // Both checks below are decided from precision and scale alone, before any rescaling, so a
    // value such as 1E+1000000 or 1E-1000000 is refused at once instead of after seconds of
    // arithmetic. Dropping k decimals exactly needs k trailing zeros, so at least k + 1 digits.
    long dropped = (long) amount.scale() - scale;
    if (dropped > 0 && dropped >= amount.precision()) {
      throw tooManyDecimals(amount, currency, scale, null);
    }
    // In minor units the value has precision - dropped digits, and 10^19 no longer fits in a long.
    if (dropped <= 0 && (long) amount.precision() - dropped > 19) {
      throw overflow(amount, currency);
    }
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw tooManyDecimals(amount, currency, scale, e);
    }
    try {
      return new Money(scaled.unscaledValue().longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw overflow(amount, currency);
    }
  }

  private static IllegalArgumentException tooManyDecimals(
      BigDecimal amount, Currency currency, int scale, ArithmeticException cause) {
    return new IllegalArgumentException(
        "amount "
            + brief(amount)
            + " has more decimals than "
            + currency.getCurrencyCode()
            + " allows ("
            + scale
            + "); round it explicitly first",
        cause);
  }

  private static ArithmeticException overflow(BigDecimal amount, Currency currency) {
    return new ArithmeticException(
        "amount " + brief(amount) + " " + currency + " overflows the minor-unit range");
  }

  /** The plain form of a reasonable number, a short excerpt of the scientific form otherwise. */
  static String brief(BigDecimal value) {
    if (value.precision() <= 40 && Math.abs((long) value.scale()) <= 40) {
      return value.toPlainString();
    }
    return InputText.excerpt(value.toString());
  }

  /**
   * Makes an amount from a decimal value, rounding to the currency's scale with the given mode.
   *
   * @param amount the decimal amount
   * @param currency the currency
   * @param rounding how to round away extra decimals
   * @return the rounded amount
   */
  public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    int scale = scaleOf(currency);
    if (amount.signum() != 0 && (long) amount.precision() - amount.scale() + scale > 20) {
      // too large for a long of minor units whatever the rounding: refuse before rescaling
      throw overflow(amount, currency);
    }
    if (amount.signum() != 0 && (long) amount.precision() - amount.scale() < -scale) {
      // below a tenth of a minor unit (1E-999999999, say): rescaling would build a power of ten
      // of a billion digits, but every rounding mode only asks "which sign, and is it below half
      // a unit?", so round a small value with the same answers instead
      amount = BigDecimal.valueOf(amount.signum(), scale + 2);
    }
    return of(amount.setScale(scale, rounding), currency);
  }

  /**
   * Makes an amount from minor units.
   *
   * @param minor the amount in minor units
   * @param currency the currency
   * @return the amount
   */
  public static Money ofMinor(long minor, Currency currency) {
    return new Money(minor, currency);
  }

  /**
   * Makes an amount from minor units and an ISO code.
   *
   * @param minor the amount in minor units
   * @param currencyCode an ISO 4217 code
   * @return the amount
   */
  public static Money ofMinor(long minor, String currencyCode) {
    return new Money(minor, currency(currencyCode));
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Returns zero in a currency given by its ISO code.
   *
   * @param currencyCode an ISO 4217 code
   * @return zero
   */
  public static Money zero(String currencyCode) {
    return new Money(0, currency(currencyCode));
  }

  /**
   * Parses the form {@link #toString()} writes: {@code "USD 12.34"}.
   *
   * @param text the currency code, one space, and the amount
   * @return the amount
   * @throws InvalidInputException when the text is not in that form, or its amount or code is
   *     refused as by {@link #of(String, String)}
   */
  public static Money parse(String text) {
    requireNonNull(text, "text");
    String trimmed = text.trim();
    int space = trimmed.indexOf(' ');
    if (space != 3) {
      throw InvalidInputException.of(
          WHAT,
          "",
          "money '"
              + InputText.excerpt(text)
              + "' is not in the form 'USD 12.34' (ISO code, space, amount)");
    }
    return of(trimmed.substring(space + 1), trimmed.substring(0, space));
  }

  /**
   * Looks up an ISO 4217 currency.
   *
   * @param currencyCode the code, e.g. {@code "EUR"}
   * @return the currency
   * @throws InvalidInputException with the path {@code currency}, quoting at most a short prefix of
   *     the code, when it is not an ISO 4217 currency
   */
  public static Currency currency(String currencyCode) {
    requireNonNull(currencyCode, "currencyCode");
    if (currencyCode.length() == 3) {
      try {
        return Currency.getInstance(currencyCode);
      } catch (IllegalArgumentException e) {
        // not a code: reported below
      }
    }
    throw InvalidInputException.of(
        "currency",
        "currency",
        "currency '" + InputText.excerpt(currencyCode) + "' is not an ISO 4217 currency code");
  }

  private static int scaleOf(Currency currency) {
    requireNonNull(currency, "currency");
    return currency.getDefaultFractionDigits();
  }

  /**
   * Returns the number of decimals of this currency.
   *
   * @return the scale (0 for JPY, 2 for USD, 3 for BHD)
   */
  public int scale() {
    return currency.getDefaultFractionDigits();
  }

  /**
   * Returns the amount as a decimal at the currency's scale.
   *
   * @return the decimal amount, e.g. {@code 12.34}
   */
  public BigDecimal amount() {
    return BigDecimal.valueOf(minor, scale());
  }

  /**
   * Adds an amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws CurrencyMismatchException when the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return new Money(Math.addExact(minor, other.minor), currency);
  }

  /**
   * Adds up amounts of one currency in a {@code long}, allocating only the result: for totals of
   * many lines, where a chain of {@link #plus} would make an object per step.
   *
   * @param currency the currency of every amount (and of the zero an empty sum gives)
   * @param amounts the amounts
   * @return the sum
   * @throws CurrencyMismatchException naming both currencies when an amount is in another one
   * @throws ArithmeticException when the sum overflows
   */
  public static Money sum(Currency currency, Iterable<Money> amounts) {
    requireNonNull(currency, "currency");
    requireNonNull(amounts, "amounts");
    long total = 0;
    if (amounts instanceof List<Money> list && amounts instanceof java.util.RandomAccess) {
      int n = list.size();
      for (int i = 0; i < n; i++) {
        Money m = list.get(i);
        if (m.currency != currency) {
          throw mismatch(currency, m);
        }
        total = Math.addExact(total, m.minor);
      }
    } else {
      for (Money m : amounts) {
        if (m.currency != currency) {
          throw mismatch(currency, m);
        }
        total = Math.addExact(total, m.minor);
      }
    }
    return new Money(total, currency);
  }

  /**
   * The exception for an amount in another currency. {@link Currency} has one instance per code (it
   * has no public constructor and resolves deserialised copies to it), which is why the loops above
   * compare references: what {@code Currency.equals}, inherited from {@code Object}, does.
   */
  private static RuntimeException mismatch(Currency currency, Money m) {
    return new CurrencyMismatchException(currency, m.currency);
  }

  /**
   * Subtracts an amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws CurrencyMismatchException when the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return the negated amount
   * @throws ArithmeticException for the most negative amount, whose negation does not fit
   */
  public Money negate() {
    return new Money(Math.negateExact(minor), currency);
  }

  /**
   * Returns the absolute amount.
   *
   * @return this amount without its sign
   */
  public Money abs() {
    return minor < 0 ? negate() : this;
  }

  /**
   * Multiplies by a whole number (a quantity).
   *
   * @param factor the multiplier
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(minor, factor), currency);
  }

  /**
   * Multiplies by a decimal factor (a rate, a proration fraction) and rounds to the currency's
   * minor unit with the given mode.
   *
   * @param factor the multiplier
   * @param rounding how to round the product to a whole minor unit
   * @return the rounded product
   * @throws ArithmeticException on overflow
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    requireNonNull(factor, "factor");
    requireNonNull(rounding, "rounding");
    int scale = factor.scale();
    if (scale >= 0 && scale < POWERS_OF_TEN.length && factor.precision() <= 18) {
      // the usual case (a rate such as 0.0825, a proration fraction): whole-number arithmetic on
      // the factor's unscaled value, exact as long as the product fits in a long
      long unscaled = factor.movePointRight(scale).longValue();
      long high = Math.multiplyHigh(minor, unscaled);
      long product = minor * unscaled;
      if ((high == 0 && product >= 0) || (high == -1 && product < 0)) {
        return new Money(divideRounded(product, POWERS_OF_TEN[scale], rounding), currency);
      }
    }
    BigDecimal product = BigDecimal.valueOf(minor).multiply(factor);
    return new Money(product.setScale(0, rounding).longValueExact(), currency);
  }

  /** 10^0 to 10^18. */
  private static final long[] POWERS_OF_TEN = powersOfTen();

  private static long[] powersOfTen() {
    long[] p = new long[19];
    p[0] = 1;
    for (int i = 1; i < p.length; i++) {
      p[i] = p[i - 1] * 10;
    }
    return p;
  }

  /**
   * {@code value / divisor} rounded as {@link BigDecimal#setScale(int, RoundingMode)} rounds it.
   *
   * @param value the dividend
   * @param divisor a positive divisor, at most 10^18
   * @param rounding the mode
   * @return the rounded quotient
   * @throws ArithmeticException for {@link RoundingMode#UNNECESSARY} when there is a remainder
   */
  static long divideRounded(long value, long divisor, RoundingMode rounding) {
    long quotient = value / divisor;
    long remainder = value % divisor;
    if (remainder == 0) {
      return quotient;
    }
    int sign = value < 0 ? -1 : 1;
    // |remainder| < divisor <= 10^18, so twice it still fits
    int half = Long.compare(Math.abs(remainder) * 2, divisor);
    boolean away =
        switch (rounding) {
          case UP -> true;
          case DOWN -> false;
          case CEILING -> sign > 0;
          case FLOOR -> sign < 0;
          case HALF_UP -> half >= 0;
          case HALF_DOWN -> half > 0;
          case HALF_EVEN -> half > 0 || (half == 0 && (quotient & 1) != 0);
          case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
        };
    return away ? quotient + sign : quotient;
  }

  /**
   * Multiplies by a rate and rounds with the given mode.
   *
   * @param rate the rate
   * @param rounding how to round the product to a whole minor unit
   * @return the rounded product
   */
  public Money times(Percentage rate, RoundingMode rounding) {
    requireNonNull(rate, "rate");
    return times(rate.fraction(), rounding);
  }

  /**
   * Divides by a whole number and rounds with the given mode. To split an amount into pieces that
   * add up, use {@link #split(int)} instead.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round the quotient
   * @return the rounded quotient
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    if (divisor == 0) {
      throw new ArithmeticException("cannot divide money by zero");
    }
    return new Money(
        BigDecimal.valueOf(minor)
            .divide(BigDecimal.valueOf(divisor), 0, requireNonNull(rounding, "rounding"))
            .longValueExact(),
        currency);
  }

  /**
   * Splits this amount in proportion to the ratios by the largest-remainder method: each piece gets
   * the floor of its exact share, and the minor units left over go one each to the pieces with the
   * largest remainders (the earliest piece wins a tie). The pieces always add up to this amount
   * exactly, and no piece differs from its exact share by one minor unit or more.
   *
   * @param ratios non-negative weights, at least one, not all zero
   * @return one piece per ratio, in the same order
   * @throws IllegalArgumentException when the ratios are empty, negative or all zero
   */
  public List<Money> allocate(long... ratios) {
    requireNonNull(ratios, "ratios");
    if (ratios.length == 0) {
      throw new IllegalArgumentException("allocate needs at least one ratio");
    }
    long total = 0;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] < 0) {
        throw new IllegalArgumentException(
            "ratio " + i + " is negative (" + ratios[i] + "); ratios must be >= 0");
      }
      total = Math.addExact(total, ratios[i]);
    }
    if (total == 0) {
      throw new IllegalArgumentException("allocate needs at least one ratio above zero");
    }
    if (ratios.length == 1) {
      return List.of(this);
    }
    long[] pieces = allocateMinor(minor, ratios, total);
    Money[] result = new Money[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      result[i] = new Money(pieces[i], currency);
    }
    return Arrays.asList(result);
  }

  /**
   * Splits this amount into {@code parts} pieces that differ by at most one minor unit and add up
   * exactly; the larger pieces come first.
   *
   * @param parts how many pieces, from 1 to {@value #MAX_SPLIT_PARTS}
   * @return the pieces
   * @throws IllegalArgumentException naming the bounds when {@code parts} is outside them
   */
  public List<Money> split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("split needs at least 1 part, got " + parts);
    }
    if (parts > MAX_SPLIT_PARTS) {
      throw new IllegalArgumentException(
          "split makes at most " + MAX_SPLIT_PARTS + " parts, got " + parts);
    }
    long quotient = minor / parts;
    long remainder = Math.abs(minor % parts);
    long extra = minor < 0 ? -1 : 1;
    Money[] result = new Money[parts];
    for (int i = 0; i < parts; i++) {
      result[i] = new Money(i < remainder ? quotient + extra : quotient, currency);
    }
    return Arrays.asList(result);
  }

  private static long[] allocateMinor(long amount, long[] ratios, long total) {
    long magnitude = Math.abs(amount);
    boolean negative = amount < 0;
    if (amount == Long.MIN_VALUE) {
      return allocateBig(amount, ratios, total);
    }
    int n = ratios.length;
    long[] pieces = new long[n];
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long high = Math.multiplyHigh(magnitude, ratios[i]);
      long low = magnitude * ratios[i];
      if (high != 0 || low < 0) {
        return allocateBig(amount, ratios, total);
      }
      pieces[i] = low / total;
      remainders[i] = low % total;
      given += pieces[i];
    }
    long left = magnitude - given;
    distribute(pieces, remainders, left);
    if (negative) {
      for (int i = 0; i < n; i++) {
        pieces[i] = -pieces[i];
      }
    }
    return pieces;
  }

  private static void distribute(long[] pieces, long[] remainders, long left) {
    // left < number of pieces, so at most n passes; each pass gives one unit to the largest
    // remaining remainder (earliest index on a tie).
    for (long k = 0; k < left; k++) {
      int best = -1;
      for (int i = 0; i < pieces.length; i++) {
        if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      pieces[best]++;
      remainders[best] = -1;
    }
  }

  private static long[] allocateBig(long amount, long[] ratios, long total) {
    BigInteger magnitude = BigInteger.valueOf(amount).abs();
    BigInteger bigTotal = BigInteger.valueOf(total);
    int n = ratios.length;
    BigInteger[] pieces = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr =
          magnitude.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(bigTotal);
      pieces[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    long left = magnitude.subtract(given).longValueExact();
    boolean[] taken = new boolean[n];
    for (long k = 0; k < left; k++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
          best = i;
        }
      }
      pieces[best] = pieces[best].add(BigInteger.ONE);
      taken[best] = true;
    }
    long[] result = new long[n];
    for (int i = 0; i < n; i++) {
      BigInteger piece = amount < 0 ? pieces[i].negate() : pieces[i];
      result[i] = piece.longValueExact();
    }
    return result;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return minor == 0;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true when negative
   */
  public boolean isNegative() {
    return minor < 0;
  }

  /**
   * Tells whether the amount is above zero.
   *
   * @return true when positive
   */
  public boolean isPositive() {
    return minor > 0;
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(minor);
  }

  /**
   * Tells whether this amount is greater than another of the same currency.
   *
   * @param other the amount to compare with
   * @return true when greater
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this amount is less than another of the same currency.
   *
   * @param other the amount to compare with
   * @return true when less
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Returns the smaller of two amounts of the same currency.
   *
   * @param other the other amount
   * @return the smaller one
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of two amounts of the same currency.
   *
   * @param other the other amount
   * @return the larger one
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Tells whether another amount has the same currency.
   *
   * @param other the other amount
   * @return true when the currencies are equal
   */
  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  /**
   * Writes the plain decimal amount, e.g. {@code "12.34"} or {@code "-0.50"}; the currency is not
   * included.
   *
   * @return the amount as text
   */
  public String format() {
    return amount().toPlainString();
  }

  /** Writes {@code "USD 12.34"}, the form {@link #parse(String)} reads. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + format();
  }

  private void checkSameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }
}
