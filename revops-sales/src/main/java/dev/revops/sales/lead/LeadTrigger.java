package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * What moves a lead from one {@link LeadStatus} to another. A value, like the status, so hosts can
 * add their own. Immutable and thread-safe.
 *
 * @param code the trigger code, upper case, not blank
 */
public record LeadTrigger(String code) {
  /** What a code looks like; compiled once, before the constants below are made. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** A contact attempt that did not reach the person. */
  public static final LeadTrigger ATTEMPT_CONTACT = new LeadTrigger("ATTEMPT_CONTACT");

  /** The person was reached; the lead is being worked. */
  public static final LeadTrigger CONNECT = new LeadTrigger("CONNECT");

  /** Hand back to marketing for nurturing. */
  public static final LeadTrigger NURTURE = new LeadTrigger("NURTURE");

  /** Marketing-qualify (MQL), by hand or by a scoring threshold. */
  public static final LeadTrigger QUALIFY = new LeadTrigger("QUALIFY");

  /** Sales accepts the lead (SQL). */
  public static final LeadTrigger ACCEPT = new LeadTrigger("ACCEPT");

  /** Sales rejects a qualified lead back to nurturing. */
  public static final LeadTrigger REJECT = new LeadTrigger("REJECT");

  /** Convert into account, contact and optional opportunity. */
  public static final LeadTrigger CONVERT = new LeadTrigger("CONVERT");

  /** Disqualify, with a reason. */
  public static final LeadTrigger DISQUALIFY = new LeadTrigger("DISQUALIFY");

  /** Reopen a disqualified lead. */
  public static final LeadTrigger REOPEN = new LeadTrigger("REOPEN");

  /** Checks the code. */
  public LeadTrigger {
    requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "lead trigger code must be upper case letters, digits and _, got " + code);
    }
  }

  /**
   * Makes a trigger from its code.
   *
   * @param code the code
   * @return the trigger
   */
  public static LeadTrigger of(String code) {
    return new LeadTrigger(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
