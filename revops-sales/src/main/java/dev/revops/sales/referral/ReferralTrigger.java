package dev.revops.sales.referral;

/** What moves a referral ({@link ReferralLifecycle#MACHINE}). */
public enum ReferralTrigger {
  /** A lead captured with the code is attributed to the referrer. */
  ATTRIBUTE,
  /** The referred customer's first invoice is paid. */
  QUALIFY,
  /** The reward is granted. */
  REWARD,
  /** A rule or a person refuses the referral, with a reason. */
  REJECT
}
