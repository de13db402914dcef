package dev.revops.collections.guidance;

/** What a collector should do next on an account. */
public enum NextAction {
  /** Nothing is owed. */
  NONE_SETTLED,
  /** A cease, bankruptcy, deceased or objection flag forbids contact. */
  DO_NOT_CONTACT,
  /** The debt is disputed: send the verification first. */
  SEND_VERIFICATION,
  /** A current payment plan covers the debt. */
  WAIT_FOR_PLAN,
  /** A promise to pay is open: wait until its deadline. */
  WAIT_FOR_PROMISE,
  /** The last promise was broken: follow up. */
  FOLLOW_UP_BROKEN_PROMISE,
  /** Offer a payment plan (refusal, hardship, or long overdue). */
  OFFER_PAYMENT_PLAN,
  /** Likely to pay: a reminder with a self-pay link is enough. */
  SEND_SELF_PAY_REMINDER,
  /** Call the debtor. */
  CALL,
  /** Very old and unlikely to pay: hand to an agency. */
  HAND_TO_AGENCY
}
