package dev.revops.core.party;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises contact points so duplicates can be found and consent can be matched: e-mail addresses
 * lower-cased and trimmed, phone numbers in E.164 ({@code +14155550123}). Stateless and
 * thread-safe. Error messages never repeat the input (it is personal data).
 */
public final class ContactPoints {
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$");
  private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");

  /** Country calling codes for the national-number forms {@link #phone} understands. */
  private static final Map<String, String> CALLING_CODES =
      Map.ofEntries(
          Map.entry("US", "1"),
          Map.entry("CA", "1"),
          Map.entry("GB", "44"),
          Map.entry("IE", "353"),
          Map.entry("DE", "49"),
          Map.entry("FR", "33"),
          Map.entry("ES", "34"),
          Map.entry("IT", "39"),
          Map.entry("NL", "31"),
          Map.entry("BE", "32"),
          Map.entry("AT", "43"),
          Map.entry("CH", "41"),
          Map.entry("SE", "46"),
          Map.entry("PL", "48"),
          Map.entry("PT", "351"),
          Map.entry("AU", "61"),
          Map.entry("NZ", "64"),
          Map.entry("IN", "91"),
          Map.entry("JP", "81"),
          Map.entry("BR", "55"),
          Map.entry("MX", "52"),
          Map.entry("ZA", "27"));

  private ContactPoints() {}

  /**
   * Normalises an e-mail address: trimmed and lower-cased.
   *
   * @param raw the address as entered
   * @return the normalised address
   * @throws IllegalArgumentException when it is not a plausible address
   */
  public static String email(String raw) {
    requireNonNull(raw, "email");
    String e = raw.trim().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(e).matches()) {
      throw new IllegalArgumentException("email is not a valid address");
    }
    return e;
  }

  /**
   * Tells whether a text is a plausible e-mail address.
   *
   * @param raw the text
   * @return true when {@link #email(String)} would accept it
   */
  public static boolean isEmail(String raw) {
    return raw != null && EMAIL.matcher(raw.trim().toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * Normalises a phone number to E.164. Accepts international forms ({@code +44 20 7946 0958},
   * {@code 0044 ...}) and, for the countries in the built-in table, national forms with or without
   * the trunk prefix 0 ({@code (415) 555-0123} in the US, {@code 030 1234567} in Germany).
   *
   * @param raw the number as entered
   * @param defaultCountry ISO 3166 alpha-2 country for national numbers, e.g. {@code "US"}
   * @return the number in E.164
   * @throws IllegalArgumentException when it cannot be normalised
   */
  public static String phone(String raw, String defaultCountry) {
    requireNonNull(raw, "phone");
    String trimmed = raw.trim();
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (" -().\u00a0/".indexOf(c) < 0 && !(c == '+' && i == 0)) {
        throw new IllegalArgumentException("phone number contains an unexpected character");
      }
    }
    String d = digits.toString();
    String e164;
    if (trimmed.startsWith("+")) {
      e164 = "+" + d;
    } else if (d.startsWith("00")) {
      e164 = "+" + d.substring(2);
    } else {
      String code =
          defaultCountry == null
              ? null
              : CALLING_CODES.get(defaultCountry.toUpperCase(Locale.ROOT));
      if (code == null) {
        throw new IllegalArgumentException(
            "phone number is national but country "
                + defaultCountry
                + " has no known calling code");
      }
      String national = d.startsWith("0") ? d.substring(1) : d;
      if (code.equals("1") && national.length() == 11 && national.startsWith("1")) {
        national = national.substring(1);
      }
      e164 = "+" + code + national;
    }
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("phone number is not a valid E.164 number");
    }
    return e164;
  }
}
