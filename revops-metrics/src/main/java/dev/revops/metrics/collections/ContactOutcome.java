package dev.revops.metrics.collections;

/** What a collection contact attempt came to. Immutable and thread-safe. */
public enum ContactOutcome {
  /** Nobody answered, or a message was left. */
  NO_CONTACT,
  /** Someone answered who is not the debtor (or not authorised). */
  WRONG_PARTY,
  /** The debtor was reached but made no promise. */
  RIGHT_PARTY,
  /** The debtor was reached and promised to pay. */
  PROMISE_TO_PAY;

  /**
   * Tells whether the debtor was reached.
   *
   * @return true for right-party contacts, with or without a promise
   */
  public boolean isRightParty() {
    return this == RIGHT_PARTY || this == PROMISE_TO_PAY;
  }

  /**
   * Tells whether anybody answered.
   *
   * @return true for every outcome but {@link #NO_CONTACT}
   */
  public boolean isConnected() {
    return this != NO_CONTACT;
  }
}
