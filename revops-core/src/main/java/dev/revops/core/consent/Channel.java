package dev.revops.core.consent;

/** A way of reaching a person. */
public enum Channel {
  /** E-mail. */
  EMAIL,
  /** A text message to a phone. */
  SMS,
  /** A live call placed by a person. */
  PHONE,
  /** A call placed by an autodialler or carrying a prerecorded or artificial voice (TCPA). */
  AUTOMATED_CALL,
  /** Postal mail. */
  LETTER;

  /**
   * Tells whether the channel reaches the person in real time (calls and texts), where calling
   * hours, inconvenient times and do-not-call apply.
   *
   * @return true for SMS and calls
   */
  public boolean isRealTime() {
    return this == SMS || this == PHONE || this == AUTOMATED_CALL;
  }
}
