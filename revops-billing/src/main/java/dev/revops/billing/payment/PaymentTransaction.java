package dev.revops.billing.payment;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.time.Instant;

/**
 * One transaction of a payment and its current result. Immutable and thread-safe.
 *
 * @param idempotencyKey the gateway key
 * @param type the type
 * @param amount the amount
 * @param result the gateway's answer (updated when an unknown or pending result is resolved)
 * @param at when it was sent
 */
public record PaymentTransaction(
    String idempotencyKey, TransactionType type, Money amount, GatewayResult result, Instant at) {
  /** Checks the parts. */
  public PaymentTransaction {
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(type, "type");
    requireNonNull(amount, "amount");
    requireNonNull(result, "result");
    requireNonNull(at, "at");
  }

  /**
   * Tells whether the result is still open (pending or unknown).
   *
   * @return true when unresolved
   */
  public boolean unresolved() {
    return result.status() == TransactionStatus.PENDING
        || result.status() == TransactionStatus.UNKNOWN;
  }
}
