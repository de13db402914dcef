package dev.revops.billing.port;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.core.aggregate.Aggregate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The recovery's query: payments whose transaction has been open since a cutoff, oldest first. */
class InMemoryPaymentRepositoryTest {
  static final Instant T0 = Instant.parse("2024-04-01T14:00:00Z");
  final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();

  Payment openSince(String id, Instant at) {
    Payment p = Payment.create(PaymentId.of(id), ACME, usd("10"), null);
    GatewayRequest request =
        new GatewayRequest(id + ":purchase:1", p.id(), TransactionType.PURCHASE, p.amount());
    return payments.save(p.start(request, at).value(), Aggregate.NEW);
  }

  @Test
  void unresolvedPaymentsComeOldestFirstThenByIdUpToTheLimitWithTheCutoffIncluded() {
    openSince("late", T0.plusSeconds(60));
    openSince("b", T0);
    openSince("a", T0);
    openSince("early", T0.minusSeconds(60));
    Payment settled = openSince("settled", T0.minusSeconds(120));
    payments.save(settled.resolve(GatewayResult.success("ok"), T0).value(), settled.version());

    assertThat(payments.findUnresolvedBefore(T0, 10))
        .extracting(p -> p.id().value())
        .containsExactly("early", "a", "b");
    assertThat(payments.findUnresolvedBefore(T0, 3))
        .extracting(p -> p.id().value())
        .containsExactly("early", "a", "b");
    assertThat(payments.findUnresolvedBefore(T0, 2))
        .extracting(p -> p.id().value())
        .containsExactly("early", "a");
    assertThat(payments.findUnresolvedBefore(T0.minusSeconds(61), 10)).isEmpty();
    assertThat(payments.findUnresolvedBefore(T0.plusSeconds(60), 1))
        .extracting(p -> p.id().value())
        .containsExactly("early");
  }

  @Test
  void aLimitBelowOneIsRefusedByName() {
    assertThatThrownBy(() -> payments.findUnresolvedBefore(T0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be above zero, got 0");
    assertThat(payments.findUnresolvedBefore(T0, 1)).isEmpty();
  }
}
