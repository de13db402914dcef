package dev.revops.examples.simulation;

import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.port.PaymentGateway;
import java.util.HashMap;
import java.util.Map;

/**
 * The card processor as the simulation sees it: a soft decline when the simulation says so, a
 * success otherwise. Results are kept by idempotency key, as a real gateway would. Mutable,
 * confined to the simulation's thread.
 */
final class SimulatedGateway implements PaymentGateway {
  private final Map<String, GatewayResult> results = new HashMap<>();
  private long references;

  /** Whether the next new request is declined; the simulation sets it before each payment. */
  boolean declineNext;

  @Override
  public GatewayResult execute(GatewayRequest request) {
    return results.computeIfAbsent(
        request.idempotencyKey(),
        k ->
            declineNext
                ? GatewayResult.failure(Decline.soft("insufficient_funds"))
                : GatewayResult.success("ch_" + ++references));
  }

  @Override
  public GatewayResult lookup(String idempotencyKey) {
    return results.getOrDefault(idempotencyKey, GatewayResult.unknown());
  }
}
