package dev.revops.sales.lead;

import dev.revops.core.consent.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A command to capture a lead from any {@link LeadSource}, as it arrives from outside (a web form,
 * a badge scan, a row of a purchased list). Validated with Jakarta Validation plus the source rules
 * in {@link LeadCapture#validate}: every violation is reported at once, each with its field.
 * Immutable; null collections become empty.
 *
 * @param source where the lead came from; required
 * @param sourceDetail the event, page, list or campaign; required where {@link
 *     LeadSource#needsDetail()}
 * @param referredBy who referred the lead (a customer, partner or employee id); required for
 *     referrals
 * @param firstName given name; optional
 * @param lastName family name, or the only name; required
 * @param company the company; optional
 * @param title the job title; optional
 * @param email an e-mail address as entered; e-mail or phone is required
 * @param phone a phone number as entered (national numbers use {@code country})
 * @param country ISO 3166 alpha-2 country; required
 * @param consent the channels the person opted in to with this capture; required on forms
 * @param attributes other form fields (industry, employees, ...), for scoring
 * @param capturedAt when it was captured; required
 */
public record CaptureLead(
    @NotNull LeadSource source,
    @Size(max = 200) String sourceDetail,
    @Size(max = 200) String referredBy,
    @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Size(max = 200) String company,
    @Size(max = 100) String title,
    @Size(max = 254) String email,
    @Size(max = 40) String phone,
    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code")
        String country,
    Set<Channel> consent,
    Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 500) String> attributes,
    @NotNull Instant capturedAt) {

  /** Replaces null collections with empty ones. */
  public CaptureLead {
    consent = consent == null ? Set.of() : Set.copyOf(consent);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
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
        source,
        null,
        null,
        null,
        lastName,
        null,
        null,
        null,
        null,
        country,
        null,
        null,
        capturedAt);
  }

  /**
   * Returns a copy with a first name and a company.
   *
   * @param newFirstName the given name
   * @param newCompany the company
   * @return the copy
   */
  public CaptureLead withPerson(String newFirstName, String newCompany) {
    return new CaptureLead(
        source,
        sourceDetail,
        referredBy,
        newFirstName,
        lastName,
        newCompany,
        title,
        email,
        phone,
        country,
        consent,
        attributes,
        capturedAt);
  }

  /**
   * Returns a copy with contact points.
   *
   * @param newEmail the e-mail, or null
   * @param newPhone the phone, or null
   * @return the copy
   */
  public CaptureLead withContactPoints(String newEmail, String newPhone) {
    return new CaptureLead(
        source,
        sourceDetail,
        referredBy,
        firstName,
        lastName,
        company,
        title,
        newEmail,
        newPhone,
        country,
        consent,
        attributes,
        capturedAt);
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
        source,
        newDetail,
        newReferredBy,
        firstName,
        lastName,
        company,
        title,
        email,
        phone,
        country,
        consent,
        attributes,
        capturedAt);
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
        source,
        sourceDetail,
        referredBy,
        firstName,
        lastName,
        company,
        title,
        email,
        phone,
        country,
        newConsent,
        newAttributes,
        capturedAt);
  }

  /**
   * Returns a copy captured at another instant.
   *
   * @param at the instant
   * @return the copy
   */
  public CaptureLead at(Instant at) {
    return new CaptureLead(
        source,
        sourceDetail,
        referredBy,
        firstName,
        lastName,
        company,
        title,
        email,
        phone,
        country,
        consent,
        attributes,
        at);
  }
}
