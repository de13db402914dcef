package dev.revops.sales.lead;

/**
 * How a person can be reached: the fields {@link CaptureContact} (as entered) and {@link
 * LeadContactPoints} (normalised) have in common. Personal data: never logged.
 */
public interface ReachFields {
  /**
   * Returns the e-mail: as entered in a capture, lower case in a lead.
   *
   * @return the e-mail, or null
   */
  String email();

  /**
   * Returns the phone: as entered in a capture, E.164 in a lead.
   *
   * @return the phone, or null
   */
  String phone();
}
