package dev.revops.billing.port;

import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;

/**
 * A payment processor. Implementations must be thread-safe, must de-duplicate on the request's
 * idempotency key (a repeated key returns the first answer and moves no money twice) and must
 * answer {@link dev.revops.billing.payment.TransactionStatus#UNKNOWN} rather than guess when they
 * do not know.
 */
public interface PaymentGateway {
  /**
   * Sends a transaction.
   *
   * @param request the request
   * @return the answer, possibly unknown
   */
  GatewayResult execute(GatewayRequest request);

  /**
   * Looks up what became of an earlier request (to resolve a pending or unknown result).
   *
   * @param idempotencyKey the earlier request's key
   * @return the current answer, possibly still pending or unknown
   */
  GatewayResult lookup(String idempotencyKey);
}
