package dev.revops.core.validation;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import java.math.BigDecimal;

/**
 * Bounded reading of text that comes from outside: decimal numbers checked character by character
 * before any {@link BigDecimal} arithmetic, and short, printable excerpts of bad input for error
 * messages. Stateless and thread-safe.
 *
 * <p>A decimal is accepted when, after trimming, it has at most {@value #MAX_DECIMAL_LENGTH}
 * characters in the form {@code [+-] digits [. digits] [(e|E) [+-] digits]} (a point may also lead
 * or end the digits, as {@link BigDecimal#BigDecimal(String)} allows), uses only the ASCII digits
 * {@code 0-9}, and its exponent is at most {@value #MAX_EXPONENT} in magnitude. Fullwidth,
 * Arabic-Indic and other Unicode digits are refused, so {@code "１２.３４"} is never read as 12.34.
 * Every accepted text means exactly what {@code new BigDecimal(text.trim())} means.
 */
public final class InputText {
  /** The most characters a decimal may have once trimmed. */
  public static final int MAX_DECIMAL_LENGTH = 100;

  /** The largest exponent magnitude a decimal may be written with ({@code 1e1000} at most). */
  public static final int MAX_EXPONENT = 1000;

  /** How many characters of a bad input an error message quotes. */
  public static final int EXCERPT_LENGTH = 32;

  private InputText() {}

  /**
   * Parses a decimal number within the bounds above.
   *
   * @param text the text, e.g. {@code "-12.34"} or {@code "1.5e3"}
   * @param what a short name of the input for the error, e.g. {@code "money"}
   * @param path the path of the field for the violation, e.g. {@code "amount"}
   * @return the number
   * @throws InvalidInputException naming the path and quoting at most {@value #EXCERPT_LENGTH}
   *     characters of the text, when it is not a decimal within the bounds
   */
  public static BigDecimal decimal(String text, String what, String path) {
    requireNonNull(text, path);
    String problem = decimalProblem(text);
    if (problem != null) {
      throw InvalidInputException.of(what, path, problem);
    }
    return new BigDecimal(text.trim());
  }

  /**
   * Tells what is wrong with a decimal, without any arithmetic: used where the caller raises its
   * own kind of error (a JSON parser, a CSV reader).
   *
   * @param text the text to check
   * @return {@code null} when {@link #decimal} accepts it, otherwise the problem in words
   */
  public static String decimalProblem(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    int n = t.length();
    if (n > MAX_DECIMAL_LENGTH) {
      return "'"
          + excerpt(t)
          + "' is too long for a number: "
          + n
          + " characters, at most "
          + MAX_DECIMAL_LENGTH
          + " allowed";
    }
    int i = 0;
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return notANumber(t);
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      boolean negative = false;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        negative = t.charAt(i) == '-';
        i++;
      }
      int start = i;
      long exponent = 0;
      for (; i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9'; i++) {
        // the length bound keeps this far from overflowing; cap it anyway
        exponent = Math.min(exponent * 10 + (t.charAt(i) - '0'), Integer.MAX_VALUE);
      }
      if (i == start) {
        return notANumber(t);
      }
      if (i == n && exponent > MAX_EXPONENT) {
        return "'"
            + excerpt(t)
            + "' has an exponent of "
            + (negative ? "-" : "")
            + (exponent >= Integer.MAX_VALUE ? "more than " + Integer.MAX_VALUE : exponent)
            + "; at most "
            + MAX_EXPONENT
            + " in magnitude is allowed";
      }
    }
    if (i != n) {
      return notANumber(t);
    }
    return null;
  }

  private static String notANumber(String t) {
    return "'"
        + excerpt(t)
        + "' is not a number (ASCII digits 0-9 with an optional sign, point and exponent)";
  }

  /**
   * Returns a short, printable excerpt of a bad input for an error message: at most {@value
   * #EXCERPT_LENGTH} characters followed by {@code …} when cut, with control characters, line
   * breaks and bidirectional-override characters written as {@code \\uXXXX} so that a message can
   * neither break a log line nor reorder what is shown around it.
   *
   * @param text the input, may be null
   * @return the excerpt ({@code "null"} for null)
   */
  public static String excerpt(String text) {
    if (text == null) {
      return "null";
    }
    int end = text.length();
    boolean cut = false;
    if (end > EXCERPT_LENGTH) {
      end = EXCERPT_LENGTH;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      cut = true;
    }
    StringBuilder sb = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (cut) {
      sb.append('…');
    }
    return sb.toString();
  }

  private static boolean unsafe(char c) {
    if (Character.isISOControl(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
