package dev.revops.collections.dunning;

import dev.revops.core.consent.Channel;
import java.util.Optional;

/**
 * What a dunning step does. Contact actions reach the debtor and must pass the contact gate (latest
 * payment check and compliance) before they are carried out; account actions change the service.
 * {@link #RESTORE_SERVICE} and {@link #UNBLOCK_CHANGES} are issued by the evaluator when the debt
 * is paid in full and may not appear in a policy.
 */
public enum DunningAction {
  /** An e-mail reminder or notice. */
  EMAIL,
  /** A text message. */
  SMS,
  /** A postal letter. */
  LETTER,
  /** A prerecorded voicemail drop with a self-pay link. */
  VOICEMAIL_DROP,
  /** A call task for a collector (the call itself passes the contact gate). */
  CALL_TASK,
  /** Block plan changes and upgrades (Kill Bill's block changes). */
  BLOCK_CHANGES,
  /** Suspend the service (Kill Bill's block entitlement). */
  SUSPEND_SERVICE,
  /** Cancel the subscriptions. */
  CANCEL_SUBSCRIPTIONS,
  /** A final notice before escalation, sent by letter. */
  FINAL_NOTICE,
  /** Hand the debt to a collection agency. */
  HAND_TO_AGENCY,
  /** Write the debt off. */
  WRITE_OFF,
  /** Lift a suspension (issued when paid in full). */
  RESTORE_SERVICE,
  /** Lift a block on changes (issued when paid in full). */
  UNBLOCK_CHANGES;

  /**
   * Returns the channel a contact action uses.
   *
   * @return the channel, empty for account actions
   */
  public Optional<Channel> channel() {
    return switch (this) {
      case EMAIL -> Optional.of(Channel.EMAIL);
      case SMS -> Optional.of(Channel.SMS);
      case LETTER, FINAL_NOTICE -> Optional.of(Channel.LETTER);
      case VOICEMAIL_DROP -> Optional.of(Channel.AUTOMATED_CALL);
      case CALL_TASK -> Optional.of(Channel.PHONE);
      default -> Optional.empty();
    };
  }

  /**
   * Tells whether the action contacts the debtor.
   *
   * @return true for e-mail, SMS, letters, voicemail drops, call tasks and final notices
   */
  public boolean isContact() {
    return channel().isPresent();
  }

  /**
   * Tells whether a policy may use the action.
   *
   * @return false for the actions the evaluator issues itself
   */
  public boolean allowedInPolicy() {
    return this != RESTORE_SERVICE && this != UNBLOCK_CHANGES;
  }
}
