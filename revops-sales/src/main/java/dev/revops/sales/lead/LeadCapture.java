package dev.revops.sales.lead;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.party.ContactPoints;
import dev.revops.core.validation.InputText;
import dev.revops.core.validation.InputValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Validates and normalises a {@link CaptureLead}: Jakarta constraints first, then the rules of its
 * source (detail, referrer, consent on forms), a plausible e-mail, a phone that normalises to
 * E.164, and at least one way to reach the person. Every violation is reported at once; messages
 * never repeat the input. Thread-safe.
 *
 * <p><b>What is refused, stripped or stored as given</b> (the same table is in the module's
 * README):
 *
 * <ul>
 *   <li>A null attribute key or value, a null consent channel: refused, named {@code attributes},
 *       {@code attributes.KEY} or {@code consent[i]} (i: the position in the set's order).
 *   <li>Every text field (names, company, title, country, e-mail, phone, source detail, referrer,
 *       attribute keys): refused when it contains a control character (C0 {@code U+0000-U+001F}
 *       including tab, CR and LF, {@code DEL}, C1 {@code U+0080-U+009F}, so every ANSI escape,
 *       which starts with ESC or CSI), a line or paragraph separator ({@code U+2028}, {@code
 *       U+2029}) or a bidirectional embedding, override or isolate ({@code U+202A-U+202E}, {@code
 *       U+2066-U+2069}). The message names the field and the code point, never the text.
 *   <li>Attribute values: the same, except that tab, CR and LF (free text from a form's text area)
 *       are stripped by {@link #normalise}: each line break or tab becomes one space.
 *   <li>Everything else ({@code <script>}, quotes, emoji, any script or language) is stored as
 *       given: the library renders nothing, so escaping is the job of whatever displays a lead.
 * </ul>
 */
public final class LeadCapture {
  private final InputValidator validator;

  /**
   * Creates the validator.
   *
   * @param validator the Jakarta validator
   */
  public LeadCapture(InputValidator validator) {
    this.validator = validator;
  }

  /**
   * Lists every problem with a capture.
   *
   * @param cmd the command
   * @return the violations, sorted by field; empty when valid
   */
  public List<Violation> validate(CaptureLead cmd) {
    List<Violation> v = new ArrayList<>();
    for (Violation found : validator.validate(cmd)) {
      v.add(new Violation(onPart(found.path()), found.message()));
    }
    if (cmd == null) {
      return v;
    }
    checkText(v, "sourceDetail", cmd.sourceDetail(), false);
    checkText(v, "referredBy", cmd.referredBy(), false);
    checkText(v, "firstName", cmd.firstName(), false);
    checkText(v, "lastName", cmd.lastName(), false);
    checkText(v, "company", cmd.company(), false);
    checkText(v, "title", cmd.title(), false);
    checkText(v, "country", cmd.country(), false);
    checkText(v, "email", cmd.email(), false);
    checkText(v, "phone", cmd.phone(), false);
    checkAttributes(v, cmd.attributes());
    checkConsent(v, cmd);
    if (cmd.source() != null) {
      if (cmd.source().needsDetail() && blank(cmd.sourceDetail())) {
        v.add(new Violation("sourceDetail", "is required for a " + cmd.source() + " lead"));
      }
      if (cmd.source().needsReferrer() && blank(cmd.referredBy())) {
        v.add(new Violation("referredBy", "a referral must name who referred the lead"));
      }
      if (cmd.source().needsConsent() && cmd.consent().stream().noneMatch(Objects::nonNull)) {
        v.add(new Violation("consent", "a " + cmd.source() + " lead must carry consent"));
      }
    }
    if (!blank(cmd.email()) && !ContactPoints.isEmail(cmd.email()) && !has(v, "email")) {
      v.add(new Violation("email", "is not a valid e-mail address"));
    }
    if (!blank(cmd.phone()) && !has(v, "phone")) {
      checkPhone(v, cmd.phone(), has(v, "country") ? null : cmd.country());
    }
    if (blank(cmd.email()) && blank(cmd.phone())) {
      v.add(new Violation("email", "an e-mail or a phone is required"));
    }
    Collections.sort(v);
    return List.copyOf(v);
  }

  /**
   * Validates and normalises a capture: e-mail lower-cased, phone in E.164, country upper case,
   * names trimmed, blanks turned into nulls.
   *
   * @param cmd the command
   * @return the normalised command
   * @throws InvalidInputException listing every violation
   */
  public CaptureLead normalise(CaptureLead cmd) {
    List<Violation> v = validate(cmd);
    if (!v.isEmpty()) {
      throw new InvalidInputException("lead capture", v);
    }
    String country = cmd.country().toUpperCase(Locale.ROOT);
    return new CaptureLead(
        new CaptureSource(
            cmd.source(), trim(cmd.sourceDetail()), trim(cmd.referredBy()), cmd.capturedAt()),
        new LeadPerson(
            trim(cmd.firstName()),
            trim(cmd.lastName()),
            trim(cmd.company()),
            trim(cmd.title()),
            country,
            attributesWithoutLineBreaks(cmd.attributes())),
        new CaptureContact(
            blank(cmd.email()) ? null : ContactPoints.email(cmd.email()),
            blank(cmd.phone()) ? null : ContactPoints.phone(cmd.phone(), country),
            cmd.consent()));
  }

  private static final int MAX_KEY = 100;
  private static final int MAX_VALUE = 500;
  private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\n\t]");

  private static void checkAttributes(List<Violation> v, Map<String, String> attributes) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      String key = e.getKey();
      if (key == null) {
        v.add(new Violation("attributes", "must not have a null key"));
        continue;
      }
      if (key.isBlank() || key.length() > MAX_KEY) {
        v.add(new Violation("attributes", "every key must have 1 to " + MAX_KEY + " characters"));
        continue;
      }
      int bad = unsafeAt(key, false);
      if (bad >= 0) {
        v.add(new Violation("attributes", "a key " + refusal(key, bad)));
        continue;
      }
      String path = "attributes." + InputText.excerpt(key);
      String value = e.getValue();
      if (value == null) {
        v.add(new Violation(path, "must not be null"));
      } else if (value.length() > MAX_VALUE) {
        v.add(new Violation(path, "must have at most " + MAX_VALUE + " characters"));
      } else {
        checkText(v, path, value, true);
      }
    }
  }

  private static void checkConsent(List<Violation> v, CaptureLead cmd) {
    int i = 0;
    for (Object channel : cmd.consent()) {
      if (channel == null) {
        v.add(new Violation("consent[" + i + "]", "must not be null"));
      }
      i++;
    }
  }

  private static void checkText(List<Violation> v, String path, String text, boolean breaksOk) {
    if (text == null) {
      return;
    }
    int bad = unsafeAt(text, breaksOk);
    if (bad >= 0) {
      v.add(new Violation(path, refusal(text, bad)));
    }
  }

  private static String refusal(String text, int at) {
    return String.format(
        "must not contain control, line-separator or bidirectional-override characters"
            + " (U+%04X at position %d)",
        (int) text.charAt(at), at + 1);
  }

  /**
   * Finds the first character a capture refuses (see the class comment).
   *
   * @param text the text
   * @param breaksOk whether tab, CR and LF are allowed (attribute values: stripped later)
   * @return its index, or -1
   */
  static int unsafeAt(String text, boolean breaksOk) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (breaksOk && (c == '\t' || c == '\r' || c == '\n')) {
        continue;
      }
      if (Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, String> attributesWithoutLineBreaks(Map<String, String> attributes) {
    Map<String, String> result = new LinkedHashMap<>();
    attributes.forEach((k, val) -> result.put(k, LINE_BREAKS.matcher(val).replaceAll(" ")));
    return result;
  }

  /** Stands for a missing or invalid country: it has no calling code. */
  private static final String NO_COUNTRY = "ZZ";

  /**
   * Checks a phone: a national number is read in the country, so without a valid country only an
   * international one passes. Core's messages name the country, so an invalid one (which may be
   * long or hostile) is never passed to it.
   */
  private static void checkPhone(List<Violation> v, String phone, String validCountry) {
    try {
      ContactPoints.phone(phone, validCountry == null ? NO_COUNTRY : validCountry);
    } catch (IllegalArgumentException e) {
      boolean needsCountry = validCountry == null && e.getMessage().contains(NO_COUNTRY);
      v.add(
          new Violation(
              "phone", needsCountry ? "a national number needs a valid country" : e.getMessage()));
    }
  }

  private static boolean has(List<Violation> v, String path) {
    return v.stream().anyMatch(x -> x.path().equals(path));
  }

  /** A field's path as the caller knows it: {@code person.lastName} is reported as lastName. */
  private static String onPart(String path) {
    for (String part : PARTS) {
      if (path.startsWith(part)) {
        return path.substring(part.length());
      }
    }
    return path;
  }

  private static final List<String> PARTS = List.of("origin.", "person.", "contact.");

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
