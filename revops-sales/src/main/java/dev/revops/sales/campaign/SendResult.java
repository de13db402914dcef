package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

/**
 * A channel's answer about one message. Immutable.
 *
 * @param status delivered, bounced, failed or unknown
 * @param providerReference the channel's own reference of the message, or null
 * @param detail a short reason from the channel (an SMTP code, a carrier status), or null; never
 *     personal data
 */
public record SendResult(SendStatus status, String providerReference, String detail) {
  /** Checks the status is there. */
  public SendResult {
    requireNonNull(status, "status");
  }

  /**
   * An answer with a status only.
   *
   * @param status the status
   * @return the answer
   */
  public static SendResult of(SendStatus status) {
    return new SendResult(status, null, null);
  }
}
