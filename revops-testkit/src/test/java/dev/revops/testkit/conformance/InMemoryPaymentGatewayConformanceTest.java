package dev.revops.testkit.conformance;

import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;

/** The project runs the payment gateway contract against billing's in-memory gateway. */
class InMemoryPaymentGatewayConformanceTest extends PaymentGatewayContract {
  private InMemoryPaymentGateway gateway;

  /** The result the in-memory gateway is scripted with for a status. */
  static GatewayResult resultFor(String key, TransactionStatus status) {
    return switch (status) {
      case SUCCESS -> GatewayResult.success("gw-" + key);
      case PENDING -> GatewayResult.pending();
      case FAILURE -> GatewayResult.failure(Decline.soft("insufficient_funds"));
      case UNKNOWN -> GatewayResult.unknown();
    };
  }

  @Override
  protected PaymentGateway newGateway(Scenario scenario) {
    gateway =
        new InMemoryPaymentGateway()
            .script(resultFor(scenario.idempotencyKey(), scenario.firstAnswer()));
    if (scenario.resolution() != scenario.firstAnswer()) {
      gateway.resolveAs(
          scenario.idempotencyKey(), resultFor(scenario.idempotencyKey(), scenario.resolution()));
    }
    return gateway;
  }

  @Override
  protected int processed() {
    return gateway.executed();
  }
}
