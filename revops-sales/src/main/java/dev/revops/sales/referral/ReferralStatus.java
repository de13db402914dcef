package dev.revops.sales.referral;

/** Where a referral is in its lifecycle ({@link ReferralLifecycle#MACHINE}). */
public enum ReferralStatus {
  /** The referrer's code is issued; no one used it yet (the machine's initial state). */
  ISSUED,
  /** A new lead came with the code and passed the attribution rules. */
  ATTRIBUTED,
  /** The referred customer paid its first invoice and the reward rules passed. */
  QUALIFIED,
  /** The reward was granted, once (final). */
  REWARDED,
  /** Refused by a rule or by hand, with a reason (final). */
  REJECTED
}
