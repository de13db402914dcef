package dev.revops.billing.payment;

import static java.util.Objects.requireNonNull;

/**
 * What the gateway answered. Immutable and thread-safe.
 *
 * @param status success, pending, failure or unknown
 * @param reference the gateway's reference, or null when there is none
 * @param decline why it failed; set exactly for {@link TransactionStatus#FAILURE}
 */
public record GatewayResult(TransactionStatus status, String reference, Decline decline) {
  /** Checks the decline goes with a failure. */
  public GatewayResult {
    requireNonNull(status, "status");
    if ((status == TransactionStatus.FAILURE) != (decline != null)) {
      throw new IllegalArgumentException("a decline goes with FAILURE and only with it");
    }
  }

  /**
   * A success.
   *
   * @param reference the gateway's reference
   * @return the result
   */
  public static GatewayResult success(String reference) {
    return new GatewayResult(TransactionStatus.SUCCESS, reference, null);
  }

  /**
   * A failure.
   *
   * @param decline why
   * @return the result
   */
  public static GatewayResult failure(Decline decline) {
    return new GatewayResult(TransactionStatus.FAILURE, null, decline);
  }

  /**
   * A pending result.
   *
   * @return the result
   */
  public static GatewayResult pending() {
    return new GatewayResult(TransactionStatus.PENDING, null, null);
  }

  /**
   * An unknown result.
   *
   * @return the result
   */
  public static GatewayResult unknown() {
    return new GatewayResult(TransactionStatus.UNKNOWN, null, null);
  }
}
