package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A lead's status. A value, not an enum, so a host can add its own statuses (e.g. {@code
 * "BAD_TIMING"}) to {@link LeadLifecycle#standard()} through {@code toBuilder()} without forking.
 * Immutable and thread-safe.
 *
 * @param code the status code, upper case, not blank
 */
public record LeadStatus(String code) {
  /** What a code looks like; compiled once, before the constants below are made. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Just captured, nobody has worked it yet. */
  public static final LeadStatus NEW = new LeadStatus("NEW");

  /** Someone tried to reach the person and has not got through yet. */
  public static final LeadStatus ATTEMPTED_TO_CONTACT = new LeadStatus("ATTEMPTED_TO_CONTACT");

  /** Contacted and being worked (HubSpot "connected" / "in progress"). */
  public static final LeadStatus WORKING = new LeadStatus("WORKING");

  /** Not ready to buy: marketing keeps nurturing it. */
  public static final LeadStatus NURTURING = new LeadStatus("NURTURING");

  /** Marketing-qualified (MQL), e.g. by reaching a score threshold. */
  public static final LeadStatus QUALIFIED = new LeadStatus("QUALIFIED");

  /** Sales-accepted (SQL). */
  public static final LeadStatus SALES_ACCEPTED = new LeadStatus("SALES_ACCEPTED");

  /** Converted into account, contact and maybe an opportunity; terminal. */
  public static final LeadStatus CONVERTED = new LeadStatus("CONVERTED");

  /** Disqualified with a reason; can be reopened. */
  public static final LeadStatus DISQUALIFIED = new LeadStatus("DISQUALIFIED");

  /** Checks the code. */
  public LeadStatus {
    requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "lead status code must be upper case letters, digits and _, got " + code);
    }
  }

  /**
   * Makes a status from its code.
   *
   * @param code the code
   * @return the status
   */
  public static LeadStatus of(String code) {
    return new LeadStatus(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
