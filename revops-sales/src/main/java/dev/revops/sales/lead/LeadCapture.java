package dev.revops.sales.lead;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.party.ContactPoints;
import dev.revops.core.validation.InputValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Validates and normalises a {@link CaptureLead}: Jakarta constraints first, then the rules of its
 * source (detail, referrer, consent on forms), a plausible e-mail, a phone that normalises to
 * E.164, and at least one way to reach the person. Every violation is reported at once; messages
 * never repeat the input. Thread-safe.
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
    if (cmd.source() != null) {
      if (cmd.source().needsDetail() && blank(cmd.sourceDetail())) {
        v.add(new Violation("sourceDetail", "is required for a " + cmd.source() + " lead"));
      }
      if (cmd.source().needsReferrer() && blank(cmd.referredBy())) {
        v.add(new Violation("referredBy", "a referral must name who referred the lead"));
      }
      if (cmd.source().needsConsent() && cmd.consent().isEmpty()) {
        v.add(new Violation("consent", "a " + cmd.source() + " lead must carry consent"));
      }
    }
    if (!blank(cmd.email()) && !ContactPoints.isEmail(cmd.email())) {
      v.add(new Violation("email", "is not a valid e-mail address"));
    }
    if (!blank(cmd.phone())) {
      try {
        ContactPoints.phone(cmd.phone(), cmd.country());
      } catch (IllegalArgumentException e) {
        v.add(new Violation("phone", e.getMessage()));
      }
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
            cmd.attributes()),
        new CaptureContact(
            blank(cmd.email()) ? null : ContactPoints.email(cmd.email()),
            blank(cmd.phone()) ? null : ContactPoints.phone(cmd.phone(), country),
            cmd.consent()));
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
