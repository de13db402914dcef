package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.NY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Properties of the payment service over the in-memory ports. */
class PaymentServiceProperties {
  @Property(tries = 1000)
  void replayingAnyIdempotentRequestChangesNothing(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5) Integer> keys,
      @ForAll @Size(min = 12, max = 12) List<@LongRange(min = 1, max = 5000) Long> amounts,
      @ForAll @Size(max = 12) List<TransactionStatus> outcomes) {
    InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    for (TransactionStatus s : outcomes) {
      gateway.script(
          s == TransactionStatus.FAILURE
              ? GatewayResult.failure(Decline.soft("x"))
              : new GatewayResult(s, null, null));
    }
    InMemoryEventPublisher events = new InMemoryEventPublisher();
    BillingStores stores = BillingStores.inMemory().withGateway(gateway);
    PaymentRepository payments = stores.payments();
    CreditBalanceRepository balances = stores.balances();
    PaymentService service =
        new PaymentService(stores, new SequentialIdGenerator("p"), events, new ManualClock(AT, NY));
    java.util.Map<Integer, Payment> first = new java.util.HashMap<>();
    java.util.Map<Integer, Long> firstAmount = new java.util.HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      int k = keys.get(i);
      long minor = firstAmount.getOrDefault(k, amounts.get(i));
      Money m = Money.ofMinor(minor, "USD");
      if (first.containsKey(k)) {
        int sent = gateway.executed();
        int published = events.published().size();
        List<Payment> stored = payments.findAll();
        var balance = balances.findAll();
        Payment replay = service.pay("key-" + k, ACME, m, null);
        assertThat(replay).isEqualTo(payments.get(first.get(k).id()));
        assertThat(gateway.executed()).isEqualTo(sent);
        assertThat(events.published()).hasSize(published);
        assertThat(payments.findAll()).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(balances.findAll()).containsExactlyInAnyOrderElementsOf(balance);
        Money other = m.plus(Money.ofMinor(1, "USD"));
        assertThatThrownBy(() -> service.pay("key-" + k, ACME, other, null))
            .isInstanceOf(IdempotencyConflictException.class);
      } else {
        first.put(k, service.pay("key-" + k, ACME, m, null));
        firstAmount.put(k, minor);
      }
    }
    for (CreditBalance b : balances.findAll()) {
      assertThat(b.balance().isNegative()).isFalse();
    }
  }
}
