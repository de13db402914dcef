package dev.revops.sales.campaign;

/**
 * Where one campaign message ({@link CampaignSend}) stands. {@link #DEFERRED} and {@link #FAILED}
 * are decided again on the next run; {@link #SENDING} is looked up before anything else happens to
 * it; the others are final.
 */
public enum CampaignSendStatus {
  /** A rule that depends on time (quiet hours, the send window, the frequency cap) held it back. */
  DEFERRED,
  /**
   * A rule that time does not lift (consent, do-not-call, objection, a missing token) blocked it.
   */
  BLOCKED,
  /** An attempt is recorded and the channel's answer is not (in flight, unknown, or lost). */
  SENDING,
  /** The channel delivered it. */
  DELIVERED,
  /** The address does not take messages. */
  BOUNCED,
  /** The last attempt failed; the next run tries again while attempts remain. */
  FAILED,
  /** Every attempt allowed failed. */
  GAVE_UP;

  /**
   * Tells whether nothing more will happen to the message.
   *
   * @return true for blocked, delivered, bounced and gave up
   */
  public boolean isFinal() {
    return this == BLOCKED || this == DELIVERED || this == BOUNCED || this == GAVE_UP;
  }
}
