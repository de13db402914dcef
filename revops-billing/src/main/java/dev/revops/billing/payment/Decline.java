package dev.revops.billing.payment;

import static java.util.Objects.requireNonNull;

/**
 * Why a gateway declined. Immutable and thread-safe.
 *
 * @param code the gateway's decline code, e.g. {@code insufficient_funds}
 * @param type soft or hard
 */
public record Decline(String code, DeclineType type) {
  /** Checks the parts. */
  public Decline {
    requireNonNull(code, "code");
    requireNonNull(type, "type");
  }

  /**
   * A soft decline.
   *
   * @param code the code
   * @return the decline
   */
  public static Decline soft(String code) {
    return new Decline(code, DeclineType.SOFT);
  }

  /**
   * A hard decline.
   *
   * @param code the code
   * @return the decline
   */
  public static Decline hard(String code) {
    return new Decline(code, DeclineType.HARD);
  }
}
