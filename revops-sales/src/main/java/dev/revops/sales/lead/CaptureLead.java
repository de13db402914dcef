package dev.revops.sales.lead;

import dev.revops.core.consent.Channel;
import dev.revops.core.error.InvalidInputException;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A command to capture a lead from any {@link LeadSource}, as it arrives from outside (a web form,
 * a badge scan, a row of a purchased list), in three parts: where it comes from, the person, and
 * how to reach them. Validated with Jakarta Validation plus the source rules in {@link
 * LeadCapture#validate}: every violation is reported at once, each with its field (named as on the
 * part, e.g. {@code lastName}, {@code email}, {@code attributes.source}, {@code consent[2]}).
 * Immutable and thread-safe; no part is null.
 *
 * <p>Hostile text, decided per field at capture ({@link LeadCapture} has the details): a null
 * attribute key or value or a null consent channel is refused with its path, never a {@code
 * NullPointerException}; control characters (C0 and C1, so CR, LF, tab and every ANSI escape), the
 * line and paragraph separators and the bidirectional embeddings, overrides and isolates ({@code
 * U+202A-U+202E}, {@code U+2066-U+2069}) are refused in every field, except that tab, CR and LF in
 * an attribute value are stripped (each becomes a space); everything else, {@code <script>}
 * included, is stored as given: the library renders nothing, so whatever displays a lead must
 * escape it.
 *
 * @param origin the source, its detail and referrer, and when it was captured
 * @param person the names, company, title, country and other fields
 * @param contact the e-mail, phone and opted-in channels as entered
 */
public record CaptureLead(
    @Valid CaptureSource origin, @Valid LeadPerson person, @Valid CaptureContact contact)
    implements LeadParts {

  /**
   * Checks that every part is there.
   *
   * @throws InvalidInputException naming the missing part ({@code origin}, {@code person} or {@code
   *     contact})
   */
  public CaptureLead {
    required(origin, "origin");
    required(person, "person");
    required(contact, "contact");
  }

  private static void required(Object part, String name) {
    if (part == null) {
      throw InvalidInputException.of("lead capture", name, "is required");
    }
  }

  /**
   * Starts a command for a source with the few fields every capture has.
   *
   * @param source the source
   * @param lastName the family name
   * @param country the country
   * @param capturedAt when
   * @return a command without contact points; add them with the {@code with...} methods
   */
  public static CaptureLead of(
      LeadSource source, String lastName, String country, Instant capturedAt) {
    return new CaptureLead(
        new CaptureSource(source, null, null, capturedAt),
        new LeadPerson(null, lastName, null, null, country, null),
        new CaptureContact(null, null, null));
  }

  /**
   * Returns a copy with a first name and a company.
   *
   * @param newFirstName the given name
   * @param newCompany the company
   * @return the copy
   */
  public CaptureLead withPerson(String newFirstName, String newCompany) {
    return new CaptureLead(origin, person.withNameAndCompany(newFirstName, newCompany), contact);
  }

  /**
   * Returns a copy with another person.
   *
   * @param newPerson the person
   * @return the copy
   */
  public CaptureLead withPerson(LeadPerson newPerson) {
    return new CaptureLead(origin, newPerson, contact);
  }

  /**
   * Returns a copy with contact points.
   *
   * @param newEmail the e-mail, or null
   * @param newPhone the phone, or null
   * @return the copy
   */
  public CaptureLead withContactPoints(String newEmail, String newPhone) {
    return new CaptureLead(origin, person, new CaptureContact(newEmail, newPhone, consent()));
  }

  /**
   * Returns a copy with the source's detail and referrer.
   *
   * @param newDetail the event, page, list or campaign
   * @param newReferredBy the referrer, or null
   * @return the copy
   */
  public CaptureLead withSourceDetail(String newDetail, String newReferredBy) {
    return new CaptureLead(
        new CaptureSource(source(), newDetail, newReferredBy, capturedAt()), person, contact);
  }

  /**
   * Returns a copy with consent and attributes.
   *
   * @param newConsent the opted-in channels
   * @param newAttributes the other fields
   * @return the copy
   */
  public CaptureLead withConsentAndAttributes(
      Set<Channel> newConsent, Map<String, String> newAttributes) {
    return new CaptureLead(
        origin,
        person.withAttributes(newAttributes),
        new CaptureContact(email(), phone(), newConsent));
  }

  /**
   * Returns a copy captured at another instant.
   *
   * @param at the instant
   * @return the copy
   */
  public CaptureLead at(Instant at) {
    return new CaptureLead(
        new CaptureSource(source(), sourceDetail(), referredBy(), at), person, contact);
  }

  /**
   * Returns the channels opted in to.
   *
   * @return the channels, never null
   */
  public Set<Channel> consent() {
    return contact.consent();
  }
}
