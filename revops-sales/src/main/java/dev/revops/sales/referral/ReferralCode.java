package dev.revops.sales.referral;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A referral code as customers share it: {@value #PREFIX} and {@value #LENGTH} characters of
 * Crockford's base 32 (digits and capitals without I, L, O and U), e.g. {@code R-7K3Q9XW2MD4P}. It
 * names no one: it is derived from the account id with a keyed hash ({@link ReferralCodes}), so it
 * holds no personal data and cannot be guessed without the host's secret. Immutable.
 *
 * @param value the normalised code text
 */
public record ReferralCode(String value) {
  /** What every code starts with. */
  public static final String PREFIX = "R-";

  /** How many base-32 characters follow the prefix (60 bits). */
  public static final int LENGTH = 12;

  private static final Pattern FORMAT = Pattern.compile("R-[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

  /** Checks the format. */
  public ReferralCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a referral code is " + PREFIX + " and " + LENGTH + " base-32 characters");
    }
  }

  /**
   * Reads a code as a person typed it: trimmed, upper-cased, spaces and a missing or lower-case
   * prefix forgiven, and the look-alikes Crockford's base 32 maps (O to 0, I and L to 1).
   *
   * @param text the code as entered (never null)
   * @return the code
   * @throws IllegalArgumentException when it is not a well-formed code (the text is not repeated)
   */
  public static ReferralCode parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a referral code is missing");
    }
    String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    if (t.startsWith(PREFIX)) {
      t = t.substring(PREFIX.length());
    }
    t = t.replace('O', '0').replace('I', '1').replace('L', '1').replace("-", "");
    return new ReferralCode(PREFIX + t);
  }

  /**
   * Tells whether a text reads as a well-formed code.
   *
   * @param text the text, possibly null
   * @return true when {@link #parse(String)} accepts it
   */
  public static boolean isCode(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
