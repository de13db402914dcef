package dev.revops.sales.referral;

import dev.revops.core.party.ContactPoints;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises the facts the self-referral rules compare, so that trivial variations do not hide a
 * person referring themselves. Pure functions; each returns null for a missing or blank value (a
 * missing fact never matches).
 *
 * <ul>
 *   <li>e-mail: trimmed and lower-cased, a {@code +tag} in the local part removed (sub-addressing,
 *       RFC 5233), and for Gmail ({@code gmail.com}, {@code googlemail.com}) the dots of the local
 *       part removed and the domain read as {@code gmail.com}, since Gmail ignores them;
 *   <li>phone: E.164 through {@link ContactPoints#phone(String, String)} with the configured
 *       country for national numbers; a number that does not parse is compared by its digits;
 *   <li>payment fingerprint: trimmed (providers' fingerprints are case-sensitive);
 *   <li>postal address: accents removed, lower-cased, punctuation read as spaces, spaces collapsed,
 *       and common street words abbreviated ({@code street} as {@code st}).
 * </ul>
 */
public final class FactNormaliser {
  private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("street", "st"),
          Map.entry("avenue", "ave"),
          Map.entry("av", "ave"),
          Map.entry("road", "rd"),
          Map.entry("boulevard", "blvd"),
          Map.entry("drive", "dr"),
          Map.entry("lane", "ln"),
          Map.entry("apartment", "apt"),
          Map.entry("suite", "ste"),
          Map.entry("floor", "fl"),
          Map.entry("north", "n"),
          Map.entry("south", "s"),
          Map.entry("east", "e"),
          Map.entry("west", "w"));

  private FactNormaliser() {}

  /**
   * Normalises an e-mail address.
   *
   * @param raw the address, or null
   * @return the normalised address, or null when missing or blank
   */
  public static String email(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String e = raw.strip().toLowerCase(Locale.ROOT);
    int at = e.lastIndexOf('@');
    if (at <= 0) {
      return e;
    }
    String local = e.substring(0, at);
    String domain = e.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
      local = local.replace(".", "");
      domain = "gmail.com";
    }
    return local + "@" + domain;
  }

  /**
   * Normalises a phone number.
   *
   * @param raw the number, or null
   * @param defaultCountry ISO 3166 alpha-2 country for national numbers, e.g. {@code "US"}
   * @return E.164 when it parses, else its digits; null when missing or without digits
   */
  public static String phone(String raw, String defaultCountry) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return ContactPoints.phone(raw, defaultCountry);
    } catch (IllegalArgumentException e) {
      String digits = NOT_DIGIT.matcher(raw).replaceAll("");
      return digits.isEmpty() ? null : digits;
    }
  }

  /**
   * Normalises a payment fingerprint.
   *
   * @param raw the fingerprint, or null
   * @return the trimmed fingerprint, or null when missing or blank
   */
  public static String fingerprint(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  /**
   * Normalises a postal address on one line.
   *
   * @param raw the address, or null
   * @return the normalised address, or null when missing or without letters or digits
   */
  public static String address(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String a = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKD)).replaceAll("");
    a = NOT_ALNUM.matcher(a.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (a.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String word : a.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(WORDS.getOrDefault(word, word));
    }
    return sb.toString();
  }
}
