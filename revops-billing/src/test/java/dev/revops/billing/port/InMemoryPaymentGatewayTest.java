package dev.revops.billing.port;

import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.core.error.IdempotencyConflictException;
import org.junit.jupiter.api.Test;

/** The simulated gateway tests and the demo charge through: idempotent by key, scriptable. */
class InMemoryPaymentGatewayTest {
  final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();

  static GatewayRequest purchase(String key, String amount) {
    return new GatewayRequest(key, PaymentId.of("p"), TransactionType.PURCHASE, usd(amount));
  }

  @Test
  void unscriptedChargesSucceedWithNumberedReferencesAndAReplayIsAnsweredFromTheFirst() {
    assertThat(gateway.execute(purchase("a", "10"))).isEqualTo(GatewayResult.success("gw-1"));
    assertThat(gateway.execute(purchase("b", "10"))).isEqualTo(GatewayResult.success("gw-2"));
    assertThat(gateway.execute(purchase("a", "10"))).isEqualTo(GatewayResult.success("gw-1"));
    assertThat(gateway.executed()).isEqualTo(2);
    assertThatThrownBy(() -> gateway.execute(purchase("a", "11")))
        .isInstanceOf(IdempotencyConflictException.class)
        .hasMessageContaining("gateway request differs");
    assertThat(gateway.lookup("a")).isEqualTo(GatewayResult.success("gw-1"));
    assertThat(gateway.lookup("never-sent").status()).isEqualTo(TransactionStatus.UNKNOWN);
    assertThat(gateway.lookups()).isEqualTo(2);
  }

  @Test
  void scriptedAnswersComeInOrderAndAResolutionAnswersTheNextLookup() {
    assertThat(gateway.script(GatewayResult.unknown(), GatewayResult.pending())).isSameAs(gateway);
    assertThat(gateway.execute(purchase("a", "10")).status()).isEqualTo(TransactionStatus.UNKNOWN);
    assertThat(gateway.execute(purchase("b", "10")).status()).isEqualTo(TransactionStatus.PENDING);
    assertThat(gateway.isUnknown("a")).isTrue();
    assertThat(gateway.isUnknown("b")).as("pending is not unknown").isFalse();
    assertThat(gateway.isUnknown("c")).as("never sent").isFalse();
    assertThat(gateway.resolveAs("a", GatewayResult.success("late"))).isSameAs(gateway);
    assertThat(gateway.lookup("a")).isEqualTo(GatewayResult.success("late"));
    assertThat(gateway.isUnknown("a")).isFalse();
    assertThat(gateway.execute(purchase("a", "10"))).isEqualTo(GatewayResult.success("late"));
    assertThat(gateway.executed()).isEqualTo(2);
  }
}
