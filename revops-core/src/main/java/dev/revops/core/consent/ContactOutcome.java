package dev.revops.core.consent;

/** What came of a contact attempt; RPC and PTP metrics read these. */
public enum ContactOutcome {
  /** Nobody answered. */
  NO_ANSWER,
  /** Someone other than the debtor answered. */
  WRONG_PARTY,
  /** A conversation with the debtor (right-party contact). */
  RIGHT_PARTY_CONTACT,
  /** The debtor promised to pay. */
  PROMISE_TO_PAY,
  /** The debtor refused to pay. */
  REFUSAL,
  /** The debtor disputed the debt. */
  DISPUTE,
  /** A voicemail was left. */
  VOICEMAIL_LEFT,
  /** A message or letter was delivered. */
  DELIVERED;

  /**
   * Tells whether the outcome is a conversation with the debtor (Reg F 1006.14(b)(2)(ii) counts
   * telephone conversations).
   *
   * @return true for right-party contact, promise, refusal and dispute
   */
  public boolean isConversation() {
    return this == RIGHT_PARTY_CONTACT
        || this == PROMISE_TO_PAY
        || this == REFUSAL
        || this == DISPUTE;
  }

  /**
   * Tells whether the debtor was reached (a right-party contact for the RPC rate).
   *
   * @return the same as {@link #isConversation()}
   */
  public boolean isRightPartyContact() {
    return isConversation();
  }

  /**
   * Tells whether anybody answered: the debtor (a conversation) or someone else (a wrong party);
   * the base of a connect rate. A voicemail or a delivered message is not a connection.
   *
   * @return true for a wrong party and for every conversation
   */
  public boolean isConnected() {
    return this == WRONG_PARTY || isConversation();
  }
}
