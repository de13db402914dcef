package dev.revops.sales.lead;

import java.time.Instant;
import java.util.Map;

/**
 * The parts a {@link CaptureLead} and a {@link Lead} share (origin, person, contact points), with
 * shortcuts to their fields ({@link #email()}, {@link #company()}, ...) written once for both. The
 * person's fields are personal data: never logged.
 */
public interface LeadParts {
  /**
   * Returns where the lead comes from.
   *
   * @return the origin, never null
   */
  OriginFields origin();

  /**
   * Returns who the lead is.
   *
   * @return the person, never null
   */
  LeadPerson person();

  /**
   * Returns how to reach the lead.
   *
   * @return the contact points, never null
   */
  ReachFields contact();

  /**
   * Returns where the lead came from (a lead: its first touch).
   *
   * @return the source; null only in a capture that fails validation
   */
  default LeadSource source() {
    return origin().source();
  }

  /**
   * Returns the event, page, list or campaign (a lead: of its first capture).
   *
   * @return the detail, or null
   */
  default String sourceDetail() {
    return origin().sourceDetail();
  }

  /**
   * Returns who referred the lead.
   *
   * @return the referrer, or null
   */
  default String referredBy() {
    return origin().referredBy();
  }

  /**
   * Returns when it was captured (a lead: first captured).
   *
   * @return the instant; null only in a capture that fails validation
   */
  default Instant capturedAt() {
    return origin().capturedAt();
  }

  /**
   * Returns the given name.
   *
   * @return the name, or null
   */
  default String firstName() {
    return person().firstName();
  }

  /**
   * Returns the family name.
   *
   * @return the name; null only in a capture that fails validation
   */
  default String lastName() {
    return person().lastName();
  }

  /**
   * Returns the company.
   *
   * @return the company, or null
   */
  default String company() {
    return person().company();
  }

  /**
   * Returns the job title.
   *
   * @return the title, or null
   */
  default String title() {
    return person().title();
  }

  /**
   * Returns the country: as entered in a capture, ISO upper case in a lead.
   *
   * @return the country; null only in a capture that fails validation
   */
  default String country() {
    return person().country();
  }

  /**
   * Returns the other captured fields, for scoring.
   *
   * @return the attributes, never null
   */
  default Map<String, String> attributes() {
    return person().attributes();
  }

  /**
   * Returns the display name: first and last name.
   *
   * @return the name
   */
  default String fullName() {
    return person().fullName();
  }

  /**
   * Returns the e-mail: as entered in a capture, lower case in a lead.
   *
   * @return the e-mail, or null
   */
  default String email() {
    return contact().email();
  }

  /**
   * Returns the phone: as entered in a capture, E.164 in a lead.
   *
   * @return the phone, or null
   */
  default String phone() {
    return contact().phone();
  }
}
