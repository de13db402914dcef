package dev.revops.billing.payment;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;

/**
 * One request to the payment gateway. Immutable and thread-safe.
 *
 * @param idempotencyKey the key the gateway de-duplicates on; a retry of the same attempt reuses it
 * @param payment the payment
 * @param type the transaction type
 * @param amount the amount, above zero
 */
public record GatewayRequest(
    String idempotencyKey, PaymentId payment, TransactionType type, Money amount) {
  /** Checks the parts. */
  public GatewayRequest {
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(payment, "payment");
    requireNonNull(type, "type");
    requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("gateway amount must be above zero, got " + amount);
    }
  }
}
